// Name normalisation and the matcher that finds a graph municipality for a name as it appears in a data file.
import type { Municipality } from '../model.js';
import { repairMojibake } from './mojibake.js';

/**
 * The comparable form of a name: mojibake repaired, NFKD with diacritics stripped, lower case, apostrophes dropped
 * (so `'s-Hertogenbosch`, `’s-Hertogenbosch` and `s Hertogenbosch` are equal), every run of other punctuation and
 * whitespace collapsed to one space, and a leading `gemeente ` dropped. `Súdwest-Fryslân` → `sudwest fryslan`.
 */
export function normaliseName(s: string): string {
  let n = repairMojibake(s)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (n.startsWith('gemeente ')) n = n.slice('gemeente '.length);
  return n;
}

/** Key names are matched on: the normalised name without spaces, so `Sudwest Fryslan` equals `Súdwest-Fryslân`. */
export function matchKey(s: string): string {
  return normaliseName(s).replace(/ /g, '');
}

/** A name as shown to people: mojibake repaired, whitespace collapsed, trimmed. */
export function cleanName(s: string): string {
  return repairMojibake(s).replace(/\s+/g, ' ').trim();
}

/** A name with its trailing qualifier removed: `Bergen (NH)` → `Bergen`; `undefined` when it has none. */
function withoutQualifier(name: string): string | undefined {
  const base = name.replace(/\s*\([^()]*\)\s*$/, '');
  return base !== name && base.trim() !== '' ? base : undefined;
}

export type NameMatch =
  | { kind: 'match'; municipality: Municipality }
  | { kind: 'ambiguous'; candidates: Municipality[] }
  | { kind: 'none' };

/** `Hengelo (O) (GM0164)`: how rejects name a municipality. */
export function describeMunicipality(m: Municipality): string {
  return `${m.name} (${m.id})`;
}

/**
 * Finds municipalities by CBS code and by name. A name matches when its key equals a municipality's key, or, when
 * nothing matches exactly, the key of a municipality's name without its qualifier (`Hengelo` → `Hengelo (O)`) if
 * exactly one municipality has that base name; several (`Bergen` → `Bergen (L)`, `Bergen (NH)`) are ambiguous.
 * Pre-merger names are never mapped to their successors.
 */
export class MunicipalityMatcher {
  private readonly byCode = new Map<string, Municipality>();
  private readonly byKey = new Map<string, Municipality[]>();
  private readonly byBase = new Map<string, Municipality[]>();

  constructor(municipalities: readonly Municipality[]) {
    const sorted = [...municipalities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const m of sorted) {
      if (!this.byCode.has(m.cbsCode)) this.byCode.set(m.cbsCode, m);
      add(this.byKey, matchKey(m.name), m);
      const base = withoutQualifier(m.name);
      if (base !== undefined) add(this.byBase, matchKey(base), m);
    }
  }

  byCbsCode(code: string): Municipality | undefined {
    return this.byCode.get(code);
  }

  byName(name: string): NameMatch {
    const key = matchKey(name);
    if (key === '') return { kind: 'none' };
    const candidates = this.byKey.get(key) ?? this.byBase.get(key) ?? [];
    const [only, ...rest] = candidates;
    if (only === undefined) return { kind: 'none' };
    return rest.length === 0 ? { kind: 'match', municipality: only } : { kind: 'ambiguous', candidates };
  }
}

function add(map: Map<string, Municipality[]>, key: string, m: Municipality): void {
  if (key === '') return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [m]);
  else if (!list.includes(m)) list.push(m);
}
