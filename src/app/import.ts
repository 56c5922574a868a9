// The import use case: parse a CSV against the graph's municipalities and merge its collaborations into the store.
import { createHash } from 'node:crypto';
import { today } from '../domain/dates.js';
import { parseImport, type ImportLayout, type ImportResult } from '../domain/import/index.js';
import { NotFoundError } from '../domain/errors.js';
import type { Collaboration, Municipality } from '../domain/model.js';
import type { GraphStore, ImportSummary } from '../store/port.js';
import { allPages, type Session } from './session.js';

export interface ImportRequest {
  text: string;
  /** The file's name, recorded as the source of what it brings. */
  fileName: string;
  layout: ImportLayout;
  legalForm: string | null;
  facilities: string[];
}

/** Every imported file becomes a source whose id starts so: how the national data set is told from the seed. */
export const IMPORT_SOURCE_PREFIX = 'import:';

export function allMunicipalities(store: GraphStore): Promise<Municipality[]> {
  return allPages((r) => store.municipalities(r));
}

/**
 * Parses the file (throws `ImportFormatError` for a file of neither layout, before anything is written) and merges
 * its collaborations in one write. The imported file becomes a source the collaborations cite.
 */
export async function importFile(session: Session, request: ImportRequest): Promise<{ result: ImportResult; summary: ImportSummary }> {
  const [index, municipalities] = await Promise.all([session.catalogue(), allMunicipalities(session.store)]);
  request.facilities.forEach((f, i) => {
    if (!index.facility(f)) throw new NotFoundError('facility', f, `facilities[${i}]`);
  });
  const legalForms = index.catalogue.legalForms.map((l) => l.code);
  const result = parseImport(request.text, { file: request.fileName, municipalities, layout: request.layout, legalForm: request.legalForm, legalForms });
  const sourceId = `${IMPORT_SOURCE_PREFIX}${request.layout}:${createHash('sha256').update(request.text).digest('hex').slice(0, 12)}`;
  const collaborations = result.collaborations.map(
    (c): Collaboration => ({
      id: c.id,
      name: c.name,
      legalForm: c.legalForm,
      description: {
        nl: `Geïmporteerd uit ${c.source.file} (${c.source.layout}, kolom "${c.source.column}").`,
        en: `Imported from ${c.source.file} (${c.source.layout}, column "${c.source.column}").`,
      },
      facilities: request.facilities,
      members: c.members.map((m) => ({ municipality: m.municipality, confidence: 'CONFIRMED' })),
      sources: [sourceId],
      confidence: 'CONFIRMED',
      note: c.legalFormUnknown
        ? { nl: 'Rechtsvorm onbekend: het geïmporteerde bestand noemt die niet, en hij wordt niet geraden.', en: 'Legal form unknown: the imported file does not give it, and it is not guessed.' }
        : null,
    }),
  );
  const summary = await session.store.importCollaborations({
    sources: [{ id: sourceId, title: `${request.fileName} (${request.layout} import)`, publisher: 'Imported with harmonie import', url: null, section: null, date: today() }],
    collaborations,
  });
  return { result, summary };
}
