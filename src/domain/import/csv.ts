// CSV reading with the physical line each record starts on, and CSV writing of reject lists.
import { CsvError, parse } from 'csv-parse/sync';
import { ImportFormatError } from './errors.js';

export interface CsvRecord {
  /** 1-based line of the file the record starts on. */
  line: number;
  fields: string[];
}

/** Text with its byte-order mark removed and every line ending (CRLF, CR) turned into LF. */
export function prepareText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** True for a record that holds nothing but whitespace: a blank line. */
export function isBlank(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

/**
 * Parses prepared text (see `prepareText`) into records, blank lines included (they are records of one empty
 * field, so every line is accounted for). Throws `ImportFormatError` when the text is not CSV.
 */
export function readCsv(text: string, delimiter: string): CsvRecord[] {
  const endLines: number[] = [];
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      skip_empty_lines: false,
      on_record: (record: string[], context) => {
        endLines.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) throw new ImportFormatError(`not valid CSV: ${error.message}`, { cause: error });
    throw error;
  }
  // Blank lines are records too, so a record starts on the line after the one the previous record ended on.
  return rows.map((fields, i) => ({ line: i === 0 ? 1 : (endLines[i - 1] ?? 0) + 1, fields }));
}

/** One CSV field, always quoted, inner quotes doubled. */
function quote(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** CSV text: a header line and one line per row, every field quoted, LF line ends, ending in a newline. */
export function writeCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [header, ...rows].map((r) => r.map(quote).join(',')).join('\n') + '\n';
}
