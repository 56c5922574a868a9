// `harmonie import`: memberships of collaborations from an OpenGR or regioatlas CSV into the store, with a rejects file.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importFile } from '../../app/import.js';
import { createSession } from '../../app/session.js';
import { IMPORT_LAYOUTS, ImportFormatError, rejectsCsv, type ImportLayout } from '../../domain/import/index.js';
import { InputFileError, parse, UsageError, withStore, type Command } from '../common.js';
import { importCisoLibraryCommand } from './ciso-library.js';

const usage = `Usage: harmonie import <opengr|regioatlas> <file.csv> [--legal-form CODE] [--facilities A,B,…]
                      [--rejects <file.csv>] [--json]
       harmonie import ciso-library <file.yaml> [--dry-run] [--json]   (see harmonie import ciso-library --help)

Reads collaborations and their member municipalities from a CSV and adds them to the graph.
  opengr      "Deelnemer,Gemeenschappelijke regeling,Postcode,Plaats,Provincie" (participants by name)
  regioatlas  "Gemeente";"CBS";"<region>";…  (UTF-8 with BOM, ';'-separated)
Members are matched by CBS code, else by normalised name (doubly encoded UTF-8 repaired). Rows that match
no municipality are not dropped: they are counted and written to the rejects file with the reason.
Importing the same file twice changes nothing. A file that fits neither layout is refused, nothing written.

Options:
  --legal-form <CODE>       legal form of every imported collaboration (default: unknown, flagged)
  --facilities <A,B,…>      facilities the imported collaborations use (default: none known)
  --rejects <file.csv>      where to write the rejected rows
                            (default: <HARMONIE_DATA_DIR>/rejects/<file>.rejects.csv)
  --json                    end with one JSON line {"rowsRead","membershipsImported","rowsRejected","rejectsFile"}
  -h, --help                show this help`;

export const importCommand: Command = {
  name: 'import',
  summary: 'import collaborations from a CSV, or a CISO Assistant library',
  usage,
  async run(args) {
    if (args[0] === 'ciso-library') return importCisoLibraryCommand(args.slice(1));
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
    return withStore(async (store, config) => {
      // By default in the data directory, never the working directory: a run in a checkout leaves no stray files there.
      const rejectsFile = path.resolve(values.rejects ?? path.join(config.dataDir, 'rejects', `${path.basename(file).replace(/\.[^.]*$/, '')}.rejects.csv`));
      const session = createSession(store);
      const index = await session.catalogue();
      facilities.forEach((f) => {
        if (!index.facility(f)) throw new UsageError(`unknown facility "${f}" in --facilities; known: ${index.allFacilities().map((x) => x.code).join(', ')}\n\n${usage}`);
      });
      const legalForms = index.catalogue.legalForms.map((l) => l.code);
      if (values['legal-form'] !== undefined && !legalForms.includes(values['legal-form'])) {
        throw new UsageError(`unknown legal form "${values['legal-form']}"; known: ${legalForms.join(', ')}\n\n${usage}`);
      }
      let imported;
      try {
        imported = await importFile(session, { text, fileName: path.basename(file), layout, legalForm: values['legal-form'] ?? null, facilities });
      } catch (error) {
        if (error instanceof ImportFormatError) throw new InputFileError(`refused ${file}: ${error.message}; nothing was written`);
        throw error;
      }
      const { result, summary } = imported;
      await mkdir(path.dirname(rejectsFile), { recursive: true });
      await writeFile(rejectsFile, rejectsCsv(result));
      const unknownForms = result.collaborations.filter((c) => c.legalForm === null).length;
      console.log(
        `rows read ${result.rowsRead} = memberships imported ${result.membershipsImported} + rows rejected ${result.rowsRejected}` +
          ` · ${result.collaborations.length} collaborations (${summary.collaborationsCreated} new, ${summary.collaborationsUpdated} updated, ${summary.membershipsAdded} memberships added to the graph)` +
          `${unknownForms ? ` · ${unknownForms} with legal form unknown (flagged)` : ''} · rejects in ${rejectsFile}`,
      );
      if (values.json) {
        console.log(JSON.stringify({ rowsRead: result.rowsRead, membershipsImported: result.membershipsImported, rowsRejected: result.rowsRejected, rejectsFile }));
      }
      return 0;
    });
  },
};
