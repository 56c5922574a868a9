// Repairs doubly encoded UTF-8 ("mojibake"): text that was UTF-8, read as Latin-1 or Windows-1252, and written out
// again as UTF-8, so that `Fryslân` became `FryslÃ¢n` and `’t` became `â€™t`.

/** Windows-1252 characters in 0x80–0x9F that differ from Latin-1, mapped back to their byte. */
const CP1252_BYTES: ReadonlyMap<string, number> = new Map([
  ['\u20AC', 0x80], ['\u201A', 0x82], ['\u0192', 0x83], ['\u201E', 0x84], ['\u2026', 0x85], ['\u2020', 0x86],
  ['\u2021', 0x87], ['\u02C6', 0x88], ['\u2030', 0x89], ['\u0160', 0x8a], ['\u2039', 0x8b], ['\u0152', 0x8c],
  ['\u017D', 0x8e], ['\u2018', 0x91], ['\u2019', 0x92], ['\u201C', 0x93], ['\u201D', 0x94], ['\u2022', 0x95],
  ['\u2013', 0x96], ['\u2014', 0x97], ['\u02DC', 0x98], ['\u2122', 0x99], ['\u0161', 0x9a], ['\u203A', 0x9b],
  ['\u0153', 0x9c], ['\u017E', 0x9e], ['\u0178', 0x9f],
]);

/** A UTF-8 continuation byte (0x80–0xBF) as it reads in Latin-1 or Windows-1252. */
const CONT = `[\\u0080-\\u00BF${[...CP1252_BYTES.keys()].join('')}]`;

/**
 * A UTF-8 lead byte (0xC2–0xF4, e.g. `Ã` = 0xC3, `Â` = 0xC2, `â` = 0xE2) followed by exactly as many continuation
 * bytes as it announces: the shape every doubly encoded non-ASCII character has.
 */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`, 'g');

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function toByte(ch: string): number | undefined {
  const code = ch.codePointAt(0) ?? 0x100;
  return code <= 0xff ? code : CP1252_BYTES.get(ch);
}

/** Re-decodes one suspected sequence; returns it unchanged unless its bytes are valid UTF-8. */
function redecode(sequence: string): string {
  const bytes: number[] = [];
  for (const ch of sequence) {
    const b = toByte(ch);
    if (b === undefined) return sequence;
    bytes.push(b);
  }
  try {
    const decoded = UTF8.decode(Uint8Array.from(bytes));
    // Always shorter for a well-formed sequence; the check keeps the promise explicit.
    return decoded.length < sequence.length ? decoded : sequence;
  } catch {
    return sequence;
  }
}

/**
 * Repairs doubly encoded UTF-8 in `s`: every Latin-1/Windows-1252 reading of a UTF-8 multi-byte sequence
 * (`Ã¢` → `â`, `Ãº` → `ú`, `â€™` → `’`) is decoded back, only where its bytes form valid UTF-8. Correct text
 * (`Fryslân`: `â` followed by `n` is not a UTF-8 sequence) is left alone. Text encoded twice over is repaired twice.
 */
export function repairMojibake(s: string): string {
  let current = s;
  for (let round = 0; round < 3; round++) {
    const next = current.replace(SEQUENCE, redecode);
    if (next === current) break;
    current = next;
  }
  return current;
}
