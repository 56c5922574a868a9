// Arbitraries for every argument and input type of the schema: valid values from the store's own vocabulary, mutated
// ones, hostile strings and values of the wrong JSON type, so the fuzz reaches the resolvers as well as the coercion.
import fc from 'fast-check';
import type { GraphStore } from '../../src/store/port.js';
import { edgeNumber, hostileString, wrongType } from './strings.js';

/** Valid ids and codes read from the store under test. */
export interface Vocabulary {
  municipalities: string[];
  collaborations: string[];
  facilities: string[];
  legalForms: string[];
  auditRequirements: string[];
  frameworks: string[];
}

export async function vocabulary(store: GraphStore): Promise<Vocabulary> {
  const catalogue = await store.catalogue();
  const municipalities: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.municipalities({ search: null, first: 100, after });
    municipalities.push(...page.items.map((i) => i.node.id));
    if (!page.hasNextPage) break;
    after = page.items.at(-1)?.cursor ?? null;
  }
  const collaborations = (await store.collaborations({ search: null, first: 100, after: null })).items.map((i) => i.node.collaboration.id);
  return {
    municipalities,
    collaborations,
    facilities: catalogue.facilities.map((f) => f.code),
    legalForms: catalogue.legalForms.map((l) => l.code),
    auditRequirements: [...new Set(catalogue.auditRequirements.map((a) => a.id))],
    frameworks: catalogue.frameworks.map((f) => f.id),
  };
}

const ENUMS = {
  evidence: ['SELF_EVALUATION', 'IT_AUDIT'],
  scope: ['PER_CONNECTION', 'PER_MEMBER'],
  connectionMode: ['AUTO', 'JOINT', 'PER_MEMBER'],
} as const;

/** Dates that look almost right: impossible days, other formats, edge years, trailing junk. */
const BAD_DATES = [
  '2023-02-29', '2024-02-30', '2024-13-01', '2024-00-10', '2024-01-00', '2024-01-32', '0000-00-00', '2024-1-1', '24-01-01',
  '20240101', '2024/01/01', '01-01-2024', '2024-01-01T00:00:00Z', '2024-01-01 ', ' 2024-01-01', '+002024-01-01', '-000001-01-01',
  '10000-01-01', '2024-01-01\u0000', '٢٠٢٤-٠١-٠١', '２０２４-０１-０１', 'today', 'now', '', 'Invalid Date',
] as const;
const EDGE_DATES = ['0001-01-01', '0000-01-01', '1000-02-29', '1600-02-29', '1900-02-28', '1970-01-01', '2000-02-29', '2015-06-01', '9999-12-31'] as const;

/**
 * A record that is mostly valid: a valid one with some of its fields replaced by fuzzed values (or left out), sometimes
 * every field fuzzed. One bad field at a time gets past the coercion of the others and reaches the resolvers.
 */
export function mostlyValid(valid: fc.Arbitrary<Record<string, unknown>>, fuzz: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(fuzz);
  const replaced = (count: { minLength: number; maxLength: number }) =>
    fc.tuple(valid, fc.record(fuzz), fc.subarray(keys, count), fc.subarray(keys, { maxLength: 1 })).map(([v, f, swap, drop]) => {
      const out: Record<string, unknown> = { ...v };
      for (const k of swap) out[k] = f[k];
      for (const k of drop) delete out[k];
      return out;
    });
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 5, arbitrary: replaced({ minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: replaced({ minLength: Math.min(2, keys.length), maxLength: keys.length }) },
    { weight: 1, arbitrary: fc.record(fuzz, { requiredKeys: [] }) },
  );
}

/** A non-blank unicode name of at most 200 UTF-16 units. */
const unicodeName = hostileString().filter((s) => s.trim() !== '' && s.length <= 200);

export function inputArbitraries(v: Vocabulary) {
  /** A value for an argument whose valid values are `valid`: mostly valid, often hostile, sometimes of the wrong type. */
  const token = (valid: readonly string[]): fc.Arbitrary<unknown> =>
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...valid) }, { weight: 3, arbitrary: hostileString(valid) }, { weight: 1, arbitrary: wrongType });
  /** A string that passes GraphQL's coercion of an ID or String: valid, or hostile text the resolver must refuse. */
  const text = (valid: readonly string[]): fc.Arbitrary<string> => fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...valid) }, { weight: 3, arbitrary: hostileString(valid) });
  const validList = (valid: readonly string[], max: number) => fc.uniqueArray(fc.constantFrom(...valid), { minLength: 1, maxLength: Math.min(max, valid.length) });

  /** A list of ids: a few valid ones (sometimes repeated), hostile entries, a very long list, or not a list at all. */
  const idList = (valid: readonly string[], max = 12): fc.Arbitrary<unknown> =>
    fc.oneof(
      { weight: 3, arbitrary: validList(valid, max) },
      { weight: 3, arbitrary: fc.array(text(valid), { maxLength: max }) },
      { weight: 1, arbitrary: fc.array(token(valid), { maxLength: max }) },
      { weight: 1, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.constantFrom(...valid).map((x) => [x, x]) },
      { weight: 1, arbitrary: fc.constant(valid.slice()) },
      { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 5_000 }).map((n) => Array.from({ length: n }, (_, i) => `GM${String(i).padStart(4, '0')}`)) },
      { weight: 1, arbitrary: wrongType },
    );

  const isoDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const validDate = fc.oneof({ weight: 3, arbitrary: isoDate }, { weight: 1, arbitrary: fc.constantFrom(...EDGE_DATES) });
  const date: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 2, arbitrary: validDate },
    { weight: 3, arbitrary: fc.constantFrom(...BAD_DATES) },
    { weight: 1, arbitrary: hostileString() },
    { weight: 1, arbitrary: wrongType },
  );
  const validTimestamp = fc.oneof(
    isoDate,
    fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom('2024-01-01T00:00', '2024-01-01T24:00', '2024-01-01T23:59:60Z', '2024-01-01T00:00:00.123456789+14:00', '9999-12-31T23:59:59-23:59', '0000-01-01T00:00:00+23:59', '2024-02-30T00:00:00Z', '2024-01-01T99:99'),
  );
  const timestamp: fc.Arbitrary<unknown> = fc.oneof(validTimestamp, fc.constantFrom(...BAD_DATES), hostileString(), wrongType);
  /** Numbers GraphQL coerces to Int (32-bit), and ones it must refuse. */
  const int32 = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31)));
  const int = (min: number, max: number): fc.Arbitrary<unknown> =>
    fc.oneof({ weight: 3, arbitrary: fc.integer({ min, max }) }, { weight: 2, arbitrary: int32 }, { weight: 2, arbitrary: edgeNumber }, { weight: 1, arbitrary: wrongType });
  /** Finite numbers GraphQL coerces to Float, negative ones and zero included. */
  const finite = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 100_000 }) }, { weight: 2, arbitrary: edgeNumber });
  const float: fc.Arbitrary<unknown> = fc.oneof({ weight: 4, arbitrary: finite }, { weight: 1, arbitrary: wrongType });
  const bool: fc.Arbitrary<unknown> = fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: wrongType });
  const enumOf = (values: readonly string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: token(values) });

  /** A cursor: a real-looking one around hostile names, base64 of other JSON, or junk. */
  const cursor: fc.Arbitrary<unknown> = fc.oneof(
    fc.tuple(hostileString(), hostileString()).map((pair) => Buffer.from(JSON.stringify(pair), 'utf8').toString('base64url')),
    fc.jsonValue({ maxDepth: 3 }).map((j) => Buffer.from(JSON.stringify(j) ?? 'null', 'utf8').toString('base64url')),
    fc.constantFrom('', '=', '====', 'x', 'WyJhIl0', 'bnVsbA', 'e30', '..', '%00'),
    hostileString(),
    wrongType,
  );

  // Policy pieces: valid shapes whose ids and numbers are fuzzed within what coercion lets through, and wholly fuzzed ones.
  const override = mostlyValid(
    fc.record({ id: text(v.auditRequirements), evidence: fc.constantFrom(...ENUMS.evidence), cycleMonths: fc.oneof(fc.integer({ min: 1, max: 120 }), int32), scope: fc.constantFrom(...ENUMS.scope), jointAllowed: fc.boolean() }, { requiredKeys: ['id'] }),
    { id: token(v.auditRequirements), evidence: token(ENUMS.evidence), cycleMonths: int(1, 120), scope: token(ENUMS.scope), jointAllowed: bool },
  );
  const costInput = mostlyValid(
    fc.record({ evidence: fc.constantFrom(...ENUMS.evidence), fixedCost: finite, subjectCost: finite }, { requiredKeys: ['evidence'] }),
    { evidence: token(ENUMS.evidence), fixedCost: float, subjectCost: float },
  );
  const normWeight = mostlyValid(fc.record({ framework: text(v.frameworks), weight: finite }), { framework: token(v.frameworks), weight: float });
  const list = <T>(arb: fc.Arbitrary<T>, max = 4): fc.Arbitrary<unknown> => fc.oneof({ weight: 6, arbitrary: fc.array(arb, { maxLength: max }) }, { weight: 1, arbitrary: wrongType });

  const validPolicy = fc.record(
    {
      connectionMode: fc.constantFrom(...ENUMS.connectionMode),
      crossFacilityBundling: fc.boolean(),
      auditRequirements: fc.array(override, { maxLength: 4 }),
      costModel: fc.array(costInput, { maxLength: 3 }),
      normWeights: fc.array(normWeight, { maxLength: 3 }),
    },
    { requiredKeys: [] },
  );
  const policy: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 6, arbitrary: mostlyValid(validPolicy, { connectionMode: enumOf(ENUMS.connectionMode), crossFacilityBundling: bool, auditRequirements: list(override), costModel: list(costInput), normWeights: list(normWeight) }) },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: fc.constant({ unknownField: 1, $where: 'sleep(1000)' }) },
  );

  /** An AnalysisInput that passes coercion: valid members, legal form and facilities, or a collaboration; any policy. */
  const validAnalysis = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record(
        { members: validList(v.municipalities, 10), legalForm: fc.constantFrom(...v.legalForms), facilities: fc.uniqueArray(fc.constantFrom(...v.facilities), { maxLength: v.facilities.length }), asOf: validDate },
        { requiredKeys: ['members', 'legalForm', 'facilities'] },
      ),
    },
    { weight: 1, arbitrary: fc.record({ collaboration: fc.constantFrom(...v.collaborations), asOf: validDate }, { requiredKeys: ['collaboration'] }) },
  );
  /** Any AnalysisInput: mostly valid with one field made hostile, sometimes all of them. */
  const analysisInput: fc.Arbitrary<unknown> = fc.oneof(
    {
      weight: 8,
      arbitrary: mostlyValid(
        fc.tuple(validAnalysis, fc.option(validPolicy, { freq: 2 })).map(([a, p]) => (p === null ? a : { ...a, policy: p })),
        { collaboration: token(v.collaborations), members: idList(v.municipalities), legalForm: token(v.legalForms), facilities: idList(v.facilities, 10), asOf: date, policy, extra: wrongType },
      ),
    },
    { weight: 1, arbitrary: wrongType },
  );

  const owner = fc.oneof({ weight: 6, arbitrary: fc.constant('00000001001234567000') }, { weight: 1, arbitrary: fc.constant('00000001007654321000') }, { weight: 2, arbitrary: hostileString(['00000001001234567000']) }, { weight: 1, arbitrary: wrongType });
  const scenarioInput: fc.Arbitrary<unknown> = fc.oneof(
    {
      weight: 8,
      arbitrary: mostlyValid(
        fc.record({ name: fc.oneof(unicodeName, fc.string({ minLength: 1, maxLength: 50 })), owner: fc.constant('00000001001234567000'), baseline: validAnalysis, variant: validAnalysis }),
        { id: fc.oneof(hostileString(), fc.uuid(), wrongType), name: fc.oneof(hostileString(), wrongType), owner, baseline: analysisInput, variant: analysisInput },
      ),
    },
    { weight: 1, arbitrary: wrongType },
  );

  return { token, text, idList, date, validDate, timestamp, validTimestamp, int, float, bool, cursor, policy, validPolicy, validAnalysis, analysisInput, scenarioInput, isoDate };
}

export type InputArbitraries = ReturnType<typeof inputArbitraries>;
