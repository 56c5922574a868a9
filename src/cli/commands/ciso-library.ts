// `harmonie import ciso-library` and `harmonie export ciso-library`: CISO Assistant libraries in and out of the graph.
import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { exportCisoLibrary, importCisoLibrary } from '../../app/ciso-library.js';
import { LibraryFormatError } from '../../domain/interop/ciso/format.js';
import type { LibraryImportSummary } from '../../domain/interop/ciso/import.js';
import { InputFileError, parse, UsageError, withStore, type Command } from '../common.js';

export const importUsage = `Usage: harmonie import ciso-library <file.yaml> [--dry-run] [--json]

Reads a CISO Assistant library (intuitem/ciso-assistant-community, backend/library/libraries/) into the graph.
A framework becomes a norm framework: matched to ours by urn, ref_id or alias (their "bio2" is our BIO2), then
node by node on ref_id; assessable nodes that match nothing become new norms (Dutch and English titles from the
translations). A mapping set becomes norm mappings (equal, subset, superset, intersect; not_related is skipped
and counted), with rationale and strength; the library is their source. Everything is written as one batch of
curations (versioned, in the history, applied again after a reseed). A library that cannot be imported is
refused with the file and path of each problem, and nothing is written.

Options:
  --dry-run     plan and summarise only; write nothing
  --json        end with one JSON line: the summary
  -h, --help    show this help`;

function printSummary(file: string, s: LibraryImportSummary): void {
  console.log(`${s.written ? 'imported' : s.curations === 0 ? 'nothing new in' : 'dry run of'} ${file}: ${s.library.name} (${s.library.urn}, version ${s.library.version})`);
  for (const f of s.frameworks) {
    console.log(
      `  framework ${f.refId} → ${f.matchedFramework ? `our ${f.matchedFramework}` : `new framework ${f.framework}`}: ${f.nodes} nodes, ${f.assessable} assessable, ` +
        `${f.matchedNorms} norms matched, ${f.newNorms} new`,
    );
  }
  for (const m of s.mappingSets) {
    const by = Object.entries(m.byRelationship).filter(([, n]) => n > 0).map(([r, n]) => `${r} ${n}`).join(', ') || 'none';
    console.log(
      `  mapping set ${m.sourceFramework} → ${m.targetFramework}: ${m.mappings} mappings (${by}), ${m.skipped} not_related skipped` +
        `${m.duplicates ? `, ${m.duplicates} duplicates` : ''}${m.unresolved ? `, ${m.unresolved} naming no norm` : ''}${m.unchanged ? `, ${m.unchanged} already in the graph` : ''}`,
    );
  }
  console.log(s.curations === 0 ? '  nothing to write' : `  ${s.curations} curation${s.curations === 1 ? '' : 's'} ${s.written ? 'written' : 'planned, nothing written'}`);
}

/** `harmonie import ciso-library …` (the import command hands its arguments over). */
export async function importCisoLibraryCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } }, importUsage, true);
  if (values.help) {
    console.log(importUsage);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(`give one library file\n\n${importUsage}`);
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputFileError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return withStore(async (store) => {
    let summary: LibraryImportSummary;
    try {
      summary = await importCisoLibrary(store, content, { dryRun: values['dry-run'] ?? false, author: { keyId: null, name: `harmonie CLI (${userInfo().username})`, organisation: null } });
    } catch (error) {
      if (error instanceof LibraryFormatError) {
        throw new InputFileError(`refused ${file}; nothing was written:\n${error.problems.map((p) => `  ${file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`).join('\n')}`);
      }
      throw error;
    }
    printSummary(file, summary);
    if (values.json) console.log(JSON.stringify(summary));
    return 0;
  });
}

const exportUsage = `Usage: harmonie export ciso-library --framework <id> [--with-mappings] [--as-of DATE] --out <file.yaml>

Writes one of our norm frameworks as a CISO Assistant library (locale en, the framework's Dutch name as its nl
translation): its norms as assessable requirement nodes named by their English title (else our title), with a
Dutch translation where the graph has one, and with --with-mappings our norm mappings from and to it as mapping
sets. Importing the file again reads back onto the same framework with no new norms.

Options:
  --framework <id>     the framework, e.g. DIGID-3.0, SUWINET, BIO2
  --with-mappings      add the norm mappings that touch it
  --as-of <date>       the norms and mappings in force on that day (default today)
  --out <file>         where to write the YAML
  -h, --help           show this help`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a norm framework as a CISO Assistant library',
  usage: exportUsage,
  async run(args) {
    const { values, positionals } = parse(args, { framework: { type: 'string' }, 'with-mappings': { type: 'boolean' }, 'as-of': { type: 'string' }, out: { type: 'string' } }, exportUsage, true);
    if (values.help) {
      console.log(exportUsage);
      return 0;
    }
    const [format, ...extra] = positionals;
    if (format !== 'ciso-library' || extra.length > 0) throw new UsageError(`give the format ciso-library\n\n${exportUsage}`);
    if (!values.framework) throw new UsageError(`--framework is required\n\n${exportUsage}`);
    if (!values.out) throw new UsageError(`--out is required\n\n${exportUsage}`);
    if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'])) throw new UsageError(`--as-of must be a date YYYY-MM-DD\n\n${exportUsage}`);
    const out = values.out;
    return withStore(async (store) => {
      const yaml = await exportCisoLibrary(store, values.framework!, { withMappings: values['with-mappings'] ?? false, ...(values['as-of'] ? { asOf: values['as-of'] } : {}) });
      try {
        await writeFile(out, yaml);
      } catch (error) {
        throw new InputFileError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      console.log(`wrote ${values.framework} as a CISO Assistant library to ${out}`);
      return 0;
    });
  },
};
