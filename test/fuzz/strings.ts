// Hostile strings and values: injections, unicode of every kind, lone surrogates, oversized text, wrong JSON types.
import fc from 'fast-check';

/** Strings meant to break out of a query language, a template, a path or a parser. */
export const INJECTIONS: readonly string[] = [
  // Cypher
  '") MATCH (n) DETACH DELETE n //',
  "') MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  '` DETACH DELETE n //',
  'x" OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //',
  '\\") MATCH (n) SET n.name = "pwned" //',
  "GM0014' }) MATCH (n) DETACH DELETE n //",
  'CALL db.labels() YIELD label RETURN label',
  'MATCH (n) RETURN n',
  '$id',
  '{id}',
  'n {.*}',
  // SQL
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '1; SELECT pg_sleep(10)--',
  '" UNION SELECT NULL, NULL --',
  // templates and NoSQL
  '{{7*7}}',
  '${7*7}',
  '#{7*7}',
  '<%= 7*7 %>',
  '$where',
  '{"$where": "sleep(1000)"}',
  '{"$gt": ""}',
  '[$ne]=1',
  // paths
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/dev/zero',
  'file:///etc/passwd',
  // markup, prototypes, JSON
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '{"__proto__": {"polluted": true}}',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '[]',
  '{}',
  // GraphQL itself
  '"} } mutation { deleteScenario(id: "x") } #',
  '""" }',
  '\\u0000',
  '\\',
  '"',
];

/** Unicode that trips naive handling: emoji, RTL and bidi controls, combining marks, zero widths, BOM, NUL, controls. */
export const UNICODE: readonly string[] = [
  '😀',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  'מדינה עברית',
  'مرحبا بالعالم',
  '\u202Eevil\u202C',
  '\u200F\u200E\u061C',
  'e\u0301\u0302\u0303\u0304\u0305',
  'Z̴̡̛̗̖̗͇̯̔̈́͗̕a̴l̷g̸o̶',
  '\u200B\u200C\u200D\u2060',
  '\uFEFF',
  '\u0000',
  'a\u0000b',
  '\u0001\u001F\u007F\u0085',
  '\r\n\t',
  '\u2028\u2029',
  'ﬃ',
  'İı',
  'ß',
  '\uFFFD',
  '\uFFFF\uFFFE',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '\uD83D\uDE00',
  's\u0027-Gravenhage',
  'Súdwest-Fryslân',
];

/** A lone UTF-16 surrogate: JSON.stringify writes it as a `\udXXX` escape. */
export const loneSurrogate: fc.Arbitrary<string> = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Any unicode text, including lone surrogates. */
export const unicodeText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 4 }), loneSurrogate, fc.constantFrom(...UNICODE)), { maxLength: 8 })
  .map((parts) => parts.join(''));

/** Long strings: over every name limit, up to 100 000 characters (bodies stay under the 1 MB body limit). */
export const longText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('a', '😀', 'ש', '\u0301', '") MATCH (n) DETACH DELETE n //'), fc.constantFrom(201, 501, 1_000, 10_000, 100_000))
  .map(([s, n]) => s.repeat(Math.ceil(n / s.length)));

/** Any hostile string, sometimes glued to a valid value (so it gets past a prefix check). */
export function hostileString(valid: readonly string[] = []): fc.Arbitrary<string> {
  const base = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
    { weight: 3, arbitrary: unicodeText },
    { weight: 1, arbitrary: fc.constantFrom(...UNICODE) },
    { weight: 1, arbitrary: longText },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '   ', '\t') },
  );
  if (valid.length === 0) return base;
  return fc.oneof(
    { weight: 4, arbitrary: base },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...valid), base).map(([v, s]) => v + s) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...valid), base).map(([v, s]) => s + v) },
    { weight: 1, arbitrary: fc.constantFrom(...valid).map((v) => v.toLowerCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...valid).map((v) => ` ${v} `) },
  );
}

/** A JSON value nested `depth` levels deep (arrays or objects). */
export function nested(depth: number, kind: 'array' | 'object', leaf: unknown = 1): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}

/**
 * Deep nesting for values the fuzz writes with JSON.stringify (which cannot write much deeper itself); far deeper
 * bodies are written by hand in properties.ts. Anything past 64 levels in `variables` is refused with BAD_REQUEST.
 */
export const deepJson: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 2, max: 1_000 }), fc.constantFrom<'array' | 'object'>('array', 'object'), fc.constantFrom<unknown>(1, 'x', null, {}, []))
  .map(([d, k, leaf]) => nested(d, k, leaf));

/** Numbers at the edges of every range: Int32, 2^53, the largest and smallest doubles (cost figures above 1e12 are refused). */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, -0.5, 1e-300, -1e-300, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e12, 1e12 + 1, 1e21, 1e300, 1.7e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value of the wrong kind: numbers, booleans, null, strings, lists, objects, deep nesting. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  edgeNumber,
  fc.boolean(),
  fc.constant(null),
  hostileString(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', '$where')), fc.oneof(fc.integer(), fc.string()), { maxKeys: 3 }),
  deepJson,
);

/** JSON number tokens that are not valid JSON or not finite: the body parser must refuse them, not the resolvers crash. */
export const BAD_NUMBER_TOKENS: readonly string[] = ['NaN', '-NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '0x1F', '1_000', '.5', '01', '+1', '1.', '--1', '1e', '٣'];

/** Valid JSON numbers that are extreme (JSON.parse turns the first two into ±Infinity). */
export const EXTREME_NUMBER_TOKENS: readonly string[] = ['1e400', '-1e400', '1e-400', '-0', '9007199254740993', '123456789012345678901234567890', '2147483648', '-2147483649', '0.0000000000000000000000001'];
