// The CISO Assistant library use cases shared by the CLI and the API: import through the curation path, export as YAML.
import { randomUUID } from 'node:crypto';
import { isScalar, parseDocument, stringify, visit } from 'yaml';
import { planCurations, type CurationAuthor } from '../domain/curation.js';
import { today } from '../domain/dates.js';
import { BadInputError } from '../domain/errors.js';
import { exportLibrary, type ExportOptions } from '../domain/interop/ciso/export.js';
import { LibraryFormatError, validateLibrary, type CisoLibrary } from '../domain/interop/ciso/format.js';
import { planLibraryImport, type LibraryImportSummary } from '../domain/interop/ciso/import.js';
import type { SeedGraph } from '../domain/model.js';
import type { GraphStore } from '../store/port.js';

/** Reads a library's YAML and validates it; throws `LibraryFormatError` naming every problem (at most 20) by its path. */
export function parseLibrary(source: string): CisoLibrary {
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new LibraryFormatError(doc.errors.slice(0, 20).map((e) => ({ path: '', message: `is not valid YAML: ${e.message.split('\n')[0]}` })));
  }
  // A plain `ref_id: 1.10` would become the number 1.1; keep the text as written.
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === 'ref_id' && isScalar(pair.value) && typeof pair.value.value === 'number' && pair.value.source) {
        pair.value.value = pair.value.source;
      }
    },
  });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    // e.g. an alias bomb: more alias expansions than any library needs.
    throw new LibraryFormatError([{ path: '', message: `cannot be read: ${(error as Error).message}` }]);
  }
  return validateLibrary(data);
}

export interface LibraryImportOptions {
  dryRun: boolean;
  author: CurationAuthor;
  /** First day the imported facts hold; default today. */
  effectiveFrom?: string;
  now?: Date;
}

/**
 * Reads a library and imports it as one batch of curations (versioned, recorded, replayed after a reseed), or on a
 * dry run only plans it. Throws `LibraryFormatError` for a library that cannot be imported; then nothing is written.
 */
export async function importCisoLibrary(store: GraphStore, content: string, options: LibraryImportOptions): Promise<LibraryImportSummary> {
  const lib = parseLibrary(content);
  const effectiveFrom = options.effectiveFrom ?? today();
  const now = options.now ?? new Date();
  let summary: Omit<LibraryImportSummary, 'curations' | 'written'> | undefined;
  const plan = (graph: SeedGraph) => {
    const p = planLibraryImport(graph, lib, effectiveFrom);
    summary = p.summary;
    try {
      return planCurations(graph, p.requests, now, options.author, randomUUID());
    } catch (error) {
      // The facts are validated as the seed's are; a library that breaks those rules is refused as a whole.
      if (error instanceof BadInputError) throw new LibraryFormatError([{ path: '', message: `cannot be imported as it is: ${error.message}` }]);
      throw error;
    }
  };
  if (options.dryRun) {
    const catalogue = await store.catalogue();
    const records = plan({ ...catalogue, municipalities: [], collaborations: [] });
    return { ...summary!, curations: records.length, written: false };
  }
  const records = await store.curateAll(plan);
  return { ...summary!, curations: records.length, written: records.length > 0 };
}

/** One of our frameworks as a CISO Assistant library in YAML. */
export async function exportCisoLibrary(store: GraphStore, frameworkId: string, options: Partial<ExportOptions> = {}): Promise<string> {
  const library = exportLibrary(await store.catalogue(), frameworkId, { withMappings: options.withMappings ?? false, asOf: options.asOf ?? today() });
  return stringify(library, { lineWidth: 0 });
}
