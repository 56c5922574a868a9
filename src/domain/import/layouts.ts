// The two file layouts the importer reads, and how a file's header tells them apart.
import { isBlank, prepareText, readCsv } from './csv.js';
import { ImportFormatError } from './errors.js';

export const IMPORT_LAYOUTS = ['opengr', 'regioatlas'] as const;
export type ImportLayout = (typeof IMPORT_LAYOUTS)[number];

/** OpenGR (Open State Foundation, 2016): one row per participant × gemeenschappelijke regeling. */
export const OPENGR_HEADER = ['Deelnemer', 'Gemeenschappelijke regeling', 'Postcode', 'Plaats', 'Provincie'] as const;
/** regioatlas.nl: one row per municipality, its region in the third column, whose name varies per file. */
export const REGIOATLAS_HEADER = ['Gemeente', 'CBS', '<region>', 'Inwoneraantal van regio'] as const;

const DELIMITER: Record<ImportLayout, string> = { opengr: ',', regioatlas: ';' };

export interface Detected {
  layout: ImportLayout;
  delimiter: string;
  /** The header as read, trimmed. */
  columns: string[];
}

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.toLowerCase();
}

function fits(layout: ImportLayout, header: readonly string[]): boolean {
  if (layout === 'opengr') {
    return header.length === OPENGR_HEADER.length && OPENGR_HEADER.every((name, i) => same(header[i] ?? '', name));
  }
  const [gemeente = '', cbs = '', region = '', inwoners = ''] = header;
  return header.length === 4 && same(gemeente, 'Gemeente') && same(cbs, 'CBS') && region.trim() !== '' && same(inwoners, 'Inwoneraantal van regio');
}

function describeExpected(layout: ImportLayout): string {
  return layout === 'opengr'
    ? `opengr: ${OPENGR_HEADER.join(',')}`
    : `regioatlas: ${REGIOATLAS_HEADER.map((h) => `"${h}"`).join(';')}`;
}

/** The header line's fields when read with `delimiter`, or `undefined` when that reading is not CSV. */
function headerWith(line: string, delimiter: string): string[] | undefined {
  try {
    const [first] = readCsv(line, delimiter);
    return first?.fields;
  } catch {
    return undefined;
  }
}

/**
 * Finds the layout of `text` from its header (the first non-blank line), trying each layout's delimiter and then
 * the other one. With `expected`, only that layout is accepted. Throws `ImportFormatError` saying what was expected
 * and what was found.
 */
export function detect(text: string, expected?: ImportLayout): Detected {
  const prepared = prepareText(text);
  const headerLine = prepared.split('\n').find((l) => l.trim() !== '');
  const candidates = expected === undefined ? IMPORT_LAYOUTS : [expected];
  const expectation = `expected ${candidates.map(describeExpected).join(' or ')}`;
  if (headerLine === undefined) throw new ImportFormatError(`the file is empty: ${expectation}`);
  for (const layout of candidates) {
    for (const delimiter of [DELIMITER[layout], ...Object.values(DELIMITER).filter((d) => d !== DELIMITER[layout])]) {
      const header = headerWith(headerLine, delimiter);
      if (header !== undefined && !isBlank(header) && fits(layout, header)) {
        return { layout, delimiter, columns: header.map((h) => h.trim()) };
      }
    }
  }
  const found = headerLine.length > 200 ? `${headerLine.slice(0, 200)}…` : headerLine;
  throw new ImportFormatError(
    `the header ${expected === undefined ? 'fits neither layout' : `does not fit the ${expected} layout`}: ${expectation}; found ${JSON.stringify(found)}`,
  );
}
