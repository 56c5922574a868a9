// `harmonie import`: memberships of collaborations from an OpenGR or regioatlas CSV into the store, with a rejects file.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createSession } from '../../app/session.js';
import { today } from '../../domain/dates.js';
import { IMPORT_LAYOUTS, ImportFormatError, parseImport, rejectsCsv, type ImportLayout } from '../../domain/import/index.js';
import type { Collaboration, Municipality } from '../../domain/model.js';
import { MAX_PAGE_SIZE } from '../../store/paging.js';
import type { GraphStore } from '../../store/port.js';
import { InputFileError, parse, UsageError, withStore, type Command } from '../common.js';

const usage = `Usage: harmonie import <opengr|regioatlas> <file.csv> [--legal-form CODE] [--facilities A,B,…]
                      [--rejects <file.csv>] [--json]

Reads collaborations and their member municipalities from a CSV and adds them to the graph.
  opengr      "Deelnemer,Gemeenschappelijke regeling,Postcode,Plaats,Provincie" (participants by name)
  regioatlas  "Gemeente";"CBS";"<region>";…  (UTF-8 with BOM, ';'-separated)
Members are matched by CBS code, else by normalised name (doubly encoded UTF-8 repaired). Rows that match
no municipality are not dropped: they are counted and written to the rejects file with the reason.
Importing the same file twice changes nothing. A file that fits neither layout is refused, nothing written.

Options:
  --legal-form <CODE>       legal form of every imported collaboration (default: unknown, flagged)
  --facilities <A,B,…>      facilities the imported collaborations use (default: none known)
  --rejects <file.csv>      where to write the rejected rows (default: <file>.rejects.csv here)
  --json                    end with one JSON line {"rowsRead","membershipsImported","rowsRejected","rejectsFile"}
  -h, --help                show this help`;

async function allMunicipalities(store: GraphStore): Promise<Municipality[]> {
  const out: Municipality[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.municipalities({ search: null, first: MAX_PAGE_SIZE, after });
    out.push(...page.items.map((i) => i.node));
    if (!page.hasNextPage) return out;
    after = page.items.at(-1)?.cursor ?? null;
  }
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import collaborations from an OpenGR or regioatlas CSV',
  usage,
  async run(args) {
    const { values, positionals } = parse(args, { 'legal-form': { type: 'string' }, facilities: { type: 'string' }, rejects: { type: 'string' }, json: { type: 'boolean' } }, usage, true);
    if (values.help) {
      console.log(usage);
      return 0;
    }
    const [layoutArg, file, ...extra] = positionals;
    if (!layoutArg || !file || extra.length > 0) throw new UsageError(`give a layout and one file\n\n${usage}`);
    if (!(IMPORT_LAYOUTS as readonly string[]).includes(layoutArg)) throw new UsageError(`unknown layout "${layoutArg}": opengr or regioatlas\n\n${usage}`);
    const layout = layoutArg as ImportLayout;
    const facilities = values.facilities?.split(',').map((f) => f.trim()).filter(Boolean) ?? [];

    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new InputFileError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    const rejectsFile = path.resolve(values.rejects ?? `${path.basename(file).replace(/\.[^.]*$/, '')}.rejects.csv`);

    return withStore(async (store) => {
      const session = createSession(store);
      const [index, municipalities] = await Promise.all([session.catalogue(), allMunicipalities(store)]);
      facilities.forEach((f) => {
        if (!index.facility(f)) throw new UsageError(`unknown facility "${f}" in --facilities; known: ${index.allFacilities().map((x) => x.code).join(', ')}\n\n${usage}`);
      });
      const legalForms = index.catalogue.legalForms.map((l) => l.code);
      if (values['legal-form'] !== undefined && !legalForms.includes(values['legal-form'])) {
        throw new UsageError(`unknown legal form "${values['legal-form']}"; known: ${legalForms.join(', ')}\n\n${usage}`);
      }
      let result;
      try {
        result = parseImport(text, { file: path.basename(file), municipalities, layout, legalForm: values['legal-form'] ?? null, legalForms });
      } catch (error) {
        if (error instanceof ImportFormatError) throw new InputFileError(`refused ${file}: ${error.message}; nothing was written`);
        throw error;
      }
      const sourceId = `import:${layout}:${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
      const collaborations = result.collaborations.map(
        (c): Collaboration => ({
          id: c.id,
          name: c.name,
          legalForm: c.legalForm,
          description: `Imported from ${c.source.file} (${c.source.layout}, column "${c.source.column}").`,
          facilities,
          members: c.members.map((m) => ({ municipality: m.municipality, confidence: 'CONFIRMED' })),
          sources: [sourceId],
          confidence: 'CONFIRMED',
          note: c.legalFormUnknown ? 'Legal form unknown: the imported file does not give it, and it is not guessed.' : null,
        }),
      );
      const summary = await store.importCollaborations({
        sources: [{ id: sourceId, title: `${path.basename(file)} (${layout} import)`, publisher: 'Imported with harmonie import', url: null, section: null, date: today() }],
        collaborations,
      });
      await writeFile(rejectsFile, rejectsCsv(result));
      const unknownForms = collaborations.filter((c) => c.legalForm === null).length;
      console.log(
        `rows read ${result.rowsRead} = memberships imported ${result.membershipsImported} + rows rejected ${result.rowsRejected}` +
          ` · ${collaborations.length} collaborations (${summary.collaborationsCreated} new, ${summary.collaborationsUpdated} updated, ${summary.membershipsAdded} memberships added to the graph)` +
          `${unknownForms ? ` · ${unknownForms} with legal form unknown (flagged)` : ''} · rejects in ${rejectsFile}`,
      );
      if (values.json) {
        console.log(JSON.stringify({ rowsRead: result.rowsRead, membershipsImported: result.membershipsImported, rowsRejected: result.rowsRejected, rejectsFile }));
      }
      return 0;
    });
  },
};
