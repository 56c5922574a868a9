// Reads an OpenGR or regioatlas CSV into collaborations with municipality members, and every row it cannot use.
import { BadInputError } from '../errors.js';
import type { Municipality } from '../model.js';
import { isBlank, prepareText, readCsv, writeCsv } from './csv.js';
import { detect, type ImportLayout } from './layouts.js';
import { MunicipalityMatcher, cleanName, describeMunicipality, normaliseName, type NameMatch } from './names.js';

export type MatchedBy = 'CBS_CODE' | 'NAME';

export interface ImportedMember {
  /** Municipality id, `GM` + CBS code. */
  municipality: string;
  matchedBy: MatchedBy;
}

export interface ImportedCollaboration {
  /** `gr-<normalised name>` (opengr) or `regio-<normalised region column>-<normalised name>` (regioatlas). */
  id: string;
  /** Mojibake repaired, whitespace collapsed, trimmed. */
  name: string;
  /** `null` = unknown; never guessed. */
  legalForm: string | null;
  /** True when `legalForm` is `null`. */
  legalFormUnknown: boolean;
  /** Unique, sorted by municipality id. */
  members: ImportedMember[];
  source: { layout: ImportLayout; file: string; column: string };
}

export interface ImportReject {
  /** 1-based line of the file the row starts on (the header is line 1). */
  line: number;
  /** The row as read, keyed by the file's column names; fields beyond the header as `column N`. */
  row: Record<string, string>;
  reason: string;
}

export interface ImportResult {
  layout: ImportLayout;
  /** The file's header, as read (trimmed). */
  columns: string[];
  /** Data rows: every non-blank line after the header. */
  rowsRead: number;
  /** Rows that made a membership; `rowsRead = membershipsImported + rowsRejected`. */
  membershipsImported: number;
  rowsRejected: number;
  /** Collaborations with at least one member, sorted by id. */
  collaborations: ImportedCollaboration[];
  /** In file order. */
  rejects: ImportReject[];
}

export interface ImportOptions {
  /** Where the text was read from; recorded in every collaboration's `source`. */
  file: string;
  /** The graph's municipalities, to match rows against. */
  municipalities: readonly Municipality[];
  /** Forces a layout; the header must still fit it. Detected from the header when left out. */
  layout?: ImportLayout;
  /** Legal form code given to every imported collaboration; `null` or left out: unknown, flagged. */
  legalForm?: string | null;
  /** The known legal form codes; `legalForm` must be one of them when given. */
  legalForms?: readonly string[];
}

/** Finds the layout of a file from its header; throws `ImportFormatError` when it fits neither. */
export function detectLayout(text: string): ImportLayout {
  return detect(text).layout;
}

function checkLegalForm(options: ImportOptions): string | null {
  const form = options.legalForm ?? null;
  if (form === null) return null;
  if (form.trim() === '') throw new BadInputError('legalForm', 'a legal form code cannot be empty');
  if (options.legalForms !== undefined && !options.legalForms.includes(form)) {
    const known = [...options.legalForms].sort();
    throw new BadInputError('legalForm', `unknown legal form "${form}"; known: ${known.join(', ') || '(none)'}`);
  }
  return form;
}

function slug(s: string): string {
  return normaliseName(s).replace(/ /g, '-');
}

/** What one data row comes to: a membership, or the reason it is rejected. */
type RowOutcome =
  | { ok: true; collaborationName: string; municipality: Municipality; matchedBy: MatchedBy }
  | { ok: false; reason: string };

const PROVINCE = /^provincie /;
const WATER_BOARD = /^(waterschap|hoogheemraadschap|wetterskip) /;
const ABROAD = /\((duitsland|deutschland|belgie|belgië|belgique)\)\s*$/i;

function quoteName(s: string): string {
  return JSON.stringify(s);
}

function ambiguity(name: string, match: Extract<NameMatch, { kind: 'ambiguous' }>): string {
  return `ambiguous: ${quoteName(name)} may be ${match.candidates.map(describeMunicipality).join(' or ')}`;
}

function opengrRow(fields: readonly string[], matcher: MunicipalityMatcher): RowOutcome {
  const participant = cleanName(fields[0] ?? '');
  const collaborationName = cleanName(fields[1] ?? '');
  if (participant === '') return { ok: false, reason: 'no participant' };
  if (normaliseName(collaborationName) === '') return { ok: false, reason: 'no collaboration name' };
  const match = matcher.byName(participant);
  if (match.kind === 'match') return { ok: true, collaborationName, municipality: match.municipality, matchedBy: 'NAME' };
  if (match.kind === 'ambiguous') return { ok: false, reason: ambiguity(participant, match) };
  const normalised = normaliseName(participant);
  if (PROVINCE.test(normalised)) return { ok: false, reason: `participant is a province: ${quoteName(participant)}` };
  if (WATER_BOARD.test(normalised)) return { ok: false, reason: `participant is a water board: ${quoteName(participant)}` };
  if (ABROAD.test(participant)) return { ok: false, reason: `participant is outside the Netherlands: ${quoteName(participant)}` };
  return { ok: false, reason: `no municipality named ${quoteName(participant)} in the graph` };
}

/** A CBS municipality code as four digits (`3` → `0003`), or `undefined` when it is not a code at all. */
function cbsCode(raw: string): string | undefined {
  const code = raw.trim();
  return /^\d{1,4}$/.test(code) ? code.padStart(4, '0') : undefined;
}

function regioatlasRow(fields: readonly string[], matcher: MunicipalityMatcher): RowOutcome {
  const name = cleanName(fields[0] ?? '');
  const rawCode = (fields[1] ?? '').trim();
  const collaborationName = cleanName(fields[2] ?? '');
  if (normaliseName(collaborationName) === '') return { ok: false, reason: 'no region' };
  if (name === '' && rawCode === '') return { ok: false, reason: 'no municipality name and no CBS code' };
  const code = cbsCode(rawCode);
  const byCode = code === undefined ? undefined : matcher.byCbsCode(code);
  const byName: NameMatch = name === '' ? { kind: 'none' } : matcher.byName(name);
  if (byCode !== undefined) {
    if (byName.kind === 'match' && byName.municipality.id !== byCode.id) {
      return {
        ok: false,
        reason: `CBS code ${code} is ${describeMunicipality(byCode)} in the graph, but the name ${quoteName(name)} is ${describeMunicipality(byName.municipality)}`,
      };
    }
    return { ok: true, collaborationName, municipality: byCode, matchedBy: 'CBS_CODE' };
  }
  if (byName.kind === 'match') return { ok: true, collaborationName, municipality: byName.municipality, matchedBy: 'NAME' };
  const codePart =
    rawCode === ''
      ? 'no CBS code'
      : code === undefined
        ? `CBS code ${quoteName(rawCode)} is not a municipality code`
        : `CBS code ${code} is not in the graph`;
  const namePart =
    name === ''
      ? 'no name'
      : byName.kind === 'ambiguous'
        ? ambiguity(name, byName)
        : `no municipality named ${quoteName(name)} in the graph`;
  return { ok: false, reason: `${codePart}, and ${namePart}` };
}

/** Keys for a row's fields: the column names, a repeated or missing name as `column N` (1-based). */
function columnKeys(columns: readonly string[], count: number): string[] {
  const keys: string[] = [];
  for (let i = 0; i < Math.max(count, columns.length); i++) {
    const name = columns[i];
    keys.push(name === undefined || name === '' || keys.includes(name) ? `column ${i + 1}` : name);
  }
  return keys;
}

function rowRecord(columns: readonly string[], fields: readonly string[]): Record<string, string> {
  const keys = columnKeys(columns, fields.length);
  return Object.fromEntries(fields.map((value, i) => [keys[i] ?? `column ${i + 1}`, value]));
}

interface Building {
  collaboration: ImportedCollaboration;
  /** Municipality id → the line that made the membership. */
  memberLines: Map<string, number>;
}

/**
 * Imports an OpenGR or regioatlas CSV: detects (or checks) the layout, matches every data row's municipality against
 * `options.municipalities`, and groups memberships into collaborations. Rows it cannot use are rejects with a
 * reason; a file that fits neither layout throws `ImportFormatError`; an unknown `legalForm` throws `BadInputError`.
 * Pure and deterministic: the same text and options give the same result.
 */
export function parseImport(text: string, options: ImportOptions): ImportResult {
  const legalForm = checkLegalForm(options);
  const { layout, delimiter, columns } = detect(text, options.layout);
  const records = readCsv(prepareText(text), delimiter);
  const matcher = new MunicipalityMatcher(options.municipalities);
  const column = layout === 'opengr' ? columns[1] ?? '' : columns[2] ?? '';
  const idPrefix = layout === 'opengr' ? 'gr-' : `regio-${slug(column)}-`;

  const headerIndex = records.findIndex((r) => !isBlank(r.fields));
  const building = new Map<string, Building>();
  const rejects: ImportReject[] = [];
  let rowsRead = 0;
  let membershipsImported = 0;

  for (const { line, fields } of records.slice(headerIndex + 1)) {
    if (isBlank(fields)) continue;
    rowsRead++;
    const reject = (reason: string) => rejects.push({ line, row: rowRecord(columns, fields), reason });
    if (fields.length !== columns.length) {
      reject(`the row has ${fields.length} field${fields.length === 1 ? '' : 's'}, the header has ${columns.length}`);
      continue;
    }
    const outcome = layout === 'opengr' ? opengrRow(fields, matcher) : regioatlasRow(fields, matcher);
    if (!outcome.ok) {
      reject(outcome.reason);
      continue;
    }
    const id = `${idPrefix}${slug(outcome.collaborationName)}`;
    let entry = building.get(id);
    if (entry === undefined) {
      entry = {
        collaboration: {
          id,
          name: outcome.collaborationName,
          legalForm,
          legalFormUnknown: legalForm === null,
          members: [],
          source: { layout, file: options.file, column },
        },
        memberLines: new Map(),
      };
      building.set(id, entry);
    }
    const municipalityId = outcome.municipality.id;
    const earlier = entry.memberLines.get(municipalityId);
    if (earlier !== undefined) {
      reject(
        `duplicate membership: ${describeMunicipality(outcome.municipality)} is already a member of ${quoteName(entry.collaboration.name)} (line ${earlier})`,
      );
      continue;
    }
    entry.memberLines.set(municipalityId, line);
    entry.collaboration.members.push({ municipality: municipalityId, matchedBy: outcome.matchedBy });
    membershipsImported++;
  }

  const collaborations = [...building.values()]
    .map(({ collaboration }) => ({ ...collaboration, members: [...collaboration.members].sort((a, b) => compare(a.municipality, b.municipality)) }))
    .sort((a, b) => compare(a.id, b.id));
  return { layout, columns, rowsRead, membershipsImported, rowsRejected: rejects.length, collaborations, rejects };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The rejects as CSV: header `line,reason,<the file's columns>`, every field quoted, one line per reject. */
export function rejectsCsv(result: ImportResult): string {
  const columns = columnKeys(result.columns, 0);
  for (const r of result.rejects) for (const key of Object.keys(r.row)) if (!columns.includes(key)) columns.push(key);
  return writeCsv(
    ['line', 'reason', ...columns],
    result.rejects.map((r) => [String(r.line), r.reason, ...columns.map((c) => r.row[c] ?? '')]),
  );
}
