// The fuzz properties, for any store: every argument, input type, header and body shape of the API over real HTTP with
// authentication on. Each answer must keep the contract (harness.ts `violations`), and the store must be intact after.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/port.js';
import {
  assertContract,
  codesOf,
  dataField,
  headerBytes,
  isRecord,
  ORG,
  OTHER_ORG,
  scenarioCount,
  snapshot,
  startFuzzTarget,
  type FuzzTarget,
  type KeyName,
  type RawResponse,
  type StoreSnapshot,
} from './harness.js';
import { inputArbitraries, mostlyValid, vocabulary, type InputArbitraries, type Vocabulary } from './inputs.js';
import { BAD_NUMBER_TOKENS, EXTREME_NUMBER_TOKENS, hostileString, INJECTIONS, loneSurrogate, unicodeText, UNICODE, wrongType, deepJson, longText } from './strings.js';

export interface FuzzSuite {
  label: string;
  /** Runs per property (HARMONIE_FUZZ_RUNS overrides). */
  runs: number;
  open(): Promise<{ store: GraphStore; cleanup: () => Promise<void> }>;
}

interface Operation {
  query: string;
  variables?: unknown;
  key?: KeyName;
  operationName?: unknown;
}

/** A lone surrogate: a UTF-16 high or low surrogate without its partner. */
export const hasLoneSurrogate = (s: string): boolean => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);


const AUDIT_SELECTION = 'optimal totalCost baselineCost savings engagements { id cost subjects { id } requirements { id jointAllowed cycleMonths } } obligations { engagement subject { id } } separations { text } solver { status method }';
const PLAN_SELECTION = 'collaboration { id name kind } legalForm { code } members { id } asOf facilities { facility { code } mode oins oinKind certificates holders { id } } totals { connections oins certificates } statusQuo { connections }';
const COMPARISON_SELECTION = 'inputChanges { dimension description } delta { totalCost oins } differences { aspect baseline variant delta causes } eligibilityChanges { facility { code } baseline variant causes } connectionChanges { facility { code } baseline variant causes }';

/** Every operation family, each an arbitrary of GraphQL requests with fuzzed variables. */
function operations(a: InputArbitraries, v: Vocabulary) {
  const key = fc.constantFrom<KeyName>('admin', 'admin', 'admin', 'advisor', 'analyst');
  const op = (query: string, variables: fc.Arbitrary<unknown>, keys: fc.Arbitrary<KeyName> = key) => fc.record({ query: fc.constant(query), variables, key: keys });
  const admin = fc.constant<KeyName>('admin');
  const asOf = mostlyValid(fc.record({ asOf: a.validDate }, { requiredKeys: [] }), { asOf: a.date });
  const search = (valid: readonly string[]) => fc.oneof(fc.constantFrom(...valid), hostileString(valid));
  return {
    catalogue: fc.oneof(
      op('query($asOf: Date) { facilities(asOf: $asOf) { code connectionRequirements { id key } auditRequirements { id cycleMonths normFramework { id } } } }', asOf),
      op('query($code: ID!, $asOf: Date) { facility(code: $code, asOf: $asOf) { code name connectionRequirements { id } auditRequirements { id } } }', mostlyValid(fc.record({ code: a.text(v.facilities), asOf: a.validDate }, { requiredKeys: ['code'] }), { code: a.token(v.facilities), asOf: a.date })),
      op('query($asOf: Date) { normFrameworks(asOf: $asOf) { id version norms(asOf: $asOf) { id weight } } }', asOf),
      op('query($asOf: Date) { certificateTypes(asOf: $asOf) { code validFrom validTo } costModel { evidence fixedCost } legalForms { code } sources { id } }', asOf),
    ),
    paging: fc.oneof(
      op('query($s: String, $f: Int, $a: String) { municipalities(search: $s, first: $f, after: $a) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }', mostlyValid(fc.record({ s: search(['gra', 'GM0014', 'Súdwest']), f: fc.integer({ min: 1, max: 100 }) }, { requiredKeys: [] }), { s: fc.oneof(hostileString(), wrongType), f: a.int(1, 100), a: a.cursor })),
      op('query($s: String, $f: Int, $a: String) { collaborations(search: $s, first: $f, after: $a) { totalCount edges { cursor node { id name members { id } } } pageInfo { hasNextPage endCursor } } }', mostlyValid(fc.record({ s: search(v.collaborations), f: fc.integer({ min: 1, max: 100 }) }, { requiredKeys: [] }), { s: fc.oneof(hostileString(), wrongType), f: a.int(1, 100), a: a.cursor })),
      op('query($o: ID, $f: Int, $a: String) { scenarios(owner: $o, first: $f, after: $a) { totalCount edges { cursor node { id name owner } } pageInfo { hasNextPage } } }', mostlyValid(fc.record({ o: fc.constantFrom(ORG, OTHER_ORG), f: fc.integer({ min: 1, max: 100 }) }, { requiredKeys: [] }), { o: a.token([ORG, OTHER_ORG]), f: a.int(1, 100), a: a.cursor }), fc.constantFrom<KeyName>('admin', 'advisor')),
    ),
    ids: fc.oneof(
      op('query($id: ID!) { collaboration(id: $id) { id name legalForm { code } members { id } facilities { code } } }', fc.record({ id: a.token(v.collaborations) })),
      op('query($id: ID!) { scenario(id: $id) { id name owner baseline { members } } }', fc.record({ id: fc.oneof(fc.uuid(), hostileString(), wrongType) }), fc.constantFrom<KeyName>('admin', 'advisor')),
      op('mutation($id: ID!) { deleteScenario(id: $id) }', fc.record({ id: fc.oneof(fc.uuid(), hostileString(), wrongType) }), fc.constantFrom<KeyName>('admin', 'advisor')),
    ),
    eligibility: op(
      'query($l: ID!, $f: ID!, $d: Date) { eligibility(legalForm: $l, facility: $f, asOf: $d) { status asOf reasons { rule text } conditions workarounds legalForm { code } facility { code } } }',
      mostlyValid(fc.record({ l: fc.constantFrom(...v.legalForms), f: fc.constantFrom(...v.facilities), d: a.validDate }, { requiredKeys: ['l', 'f'] }), { l: a.token(v.legalForms), f: a.token(v.facilities), d: a.date }),
    ),
    overlap: op(
      'query($f: [ID!]!, $d: Date) { overlap(facilities: $f, asOf: $d) { asOf sharedRequirements { key facilities { code } } frameworks { id } normOverlap { shared union jaccard } testOnce { id } normsBefore } }',
      mostlyValid(fc.record({ f: fc.uniqueArray(fc.constantFrom(...v.facilities), { minLength: 1 }), d: a.validDate }, { requiredKeys: ['f'] }), { f: a.idList(v.facilities, 10), d: a.date }),
    ),
    analysis: fc.oneof(
      op(`query($i: AnalysisInput!) { connectionPlan(input: $i) { ${PLAN_SELECTION} } }`, fc.record({ i: a.analysisInput })),
      op(`query($i: AnalysisInput!) { minimalJointAudit(input: $i) { ${AUDIT_SELECTION} } }`, fc.record({ i: a.analysisInput })),
    ),
    compare: op(
      `query($b: AnalysisInput!, $s: AnalysisInput!) { compareScenarios(baseline: $b, scenario: $s) { ${COMPARISON_SELECTION} } }`,
      fc.oneof(fc.record({ b: a.validAnalysis, s: a.analysisInput }), fc.record({ b: a.analysisInput, s: a.validAnalysis }), fc.record({ b: a.analysisInput, s: a.analysisInput }, { requiredKeys: [] })),
    ),
    national: op(
      'query($p: PolicyInput, $d: Date, $l: ID, $f: [ID!]) { nationalImpact(policy: $p, asOf: $d, unknownLegalForm: $l, defaultFacilities: $f) { asOf totals { collaborations analysed skipped obligations totalCost savings optimal } collaborations { id skipped legalFormAssumed facilitiesAssumed } } }',
      mostlyValid(
        fc.record({ p: a.validPolicy, d: a.validDate, l: fc.constantFrom(...v.legalForms), f: fc.uniqueArray(fc.constantFrom(...v.facilities), { minLength: 1 }) }, { requiredKeys: [] }),
        { p: a.policy, d: a.date, l: a.token(v.legalForms), f: a.idList(v.facilities, 10) },
      ),
    ),
    accessLog: op(
      'query($o: ID, $from: String, $to: String, $f: Int, $a: String) { accessLog(organisation: $o, from: $from, to: $to, first: $f, after: $a) { totalCount edges { cursor node { id at outcome actingFor } } pageInfo { hasNextPage endCursor } } }',
      mostlyValid(
        fc.record({ o: fc.constantFrom(ORG, OTHER_ORG), from: a.validTimestamp, to: a.validTimestamp, f: fc.integer({ min: 1, max: 100 }) }, { requiredKeys: [] }),
        { o: a.token([ORG, OTHER_ORG]), from: a.timestamp, to: a.timestamp, f: a.int(1, 100), a: a.cursor },
      ),
      fc.oneof({ weight: 6, arbitrary: admin }, { weight: 1, arbitrary: fc.constantFrom<KeyName>('analyst', 'advisor') }),
    ),
    save: op('mutation($input: ScenarioInput!) { saveScenario(input: $input) { id name owner createdAt updatedAt } }', fc.record({ input: a.scenarioInput }), fc.constantFrom<KeyName>('admin', 'advisor', 'advisor', 'analyst')),
    report: op(
      'query($i: AnalysisInput, $s: ID, $f: ReportFormat, $l: Language) { harmonisationReport(input: $i, scenario: $s, format: $f, language: $l) { mediaType filename } }',
      mostlyValid(
        fc.record({ i: a.validAnalysis, f: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('MARKDOWN', 'HTML', 'JSON') }, { weight: 1, arbitrary: fc.constant('PDF') }), l: fc.constantFrom('NL', 'EN') }, { requiredKeys: ['i'] }),
        { i: a.analysisInput, s: fc.oneof(fc.uuid(), hostileString(), wrongType), f: a.token(['MARKDOWN', 'HTML', 'JSON']), l: a.token(['NL', 'EN']) },
      ),
    ),
  };
}

export function describeApiFuzz(suite: FuzzSuite): void {
  const runs = Number(process.env.HARMONIE_FUZZ_RUNS ?? suite.runs);
  const seed = process.env.HARMONIE_FUZZ_SEED === undefined ? undefined : Number(process.env.HARMONIE_FUZZ_SEED);
  const params = (factor = 1) => ({ numRuns: Math.max(5, Math.round(runs * factor)), ...(seed === undefined ? {} : { seed }) });

  describe(`fuzzing the API over HTTP on the ${suite.label} store (authentication on, ${runs} runs per property)`, () => {
    let t: FuzzTarget;
    let v: Vocabulary;
    let a: InputArbitraries;
    let ops: ReturnType<typeof operations>;
    let before: StoreSnapshot;
    /** Scenarios the API said it holds: ids saved and not deleted since. */
    const saved = new Set<string>();
    let scenariosAtStart = 0;
    /** Outcomes per property (status and codes), printed with HARMONIE_FUZZ_STATS=1 to see what the fuzz reached. */
    const outcomes = new Map<string, Map<string, number>>();
    let current = '';
    const tally = (res: RawResponse) => {
      const key = `${res.status} ${[...new Set(codesOf(res))].join(',') || 'OK'}`;
      const m = outcomes.get(current) ?? new Map<string, number>();
      m.set(key, (m.get(key) ?? 0) + 1);
      outcomes.set(current, m);
    };

    /** Sends one operation, checks the contract, and keeps count of the scenarios the answers say were created or deleted. */
    async function run(o: Operation): Promise<RawResponse> {
      const res = await t.send({
        headers: { 'content-type': 'application/json', ...t.auth(o.key ?? 'admin') },
        body: JSON.stringify({ query: o.query, variables: o.variables, ...(o.operationName === undefined ? {} : { operationName: o.operationName }) }),
      });
      tally(res);
      assertContract(res, o);
      const savedScenario = dataField(res, 'saveScenario');
      if (isRecord(savedScenario) && typeof savedScenario.id === 'string') saved.add(savedScenario.id);
      if (dataField(res, 'deleteScenario') === true && isRecord(o.variables) && typeof o.variables.id === 'string') saved.delete(o.variables.id);
      return res;
    }

    beforeAll(async () => {
      const { store, cleanup } = await suite.open();
      t = await startFuzzTarget(store, cleanup);
      v = await vocabulary(store);
      a = inputArbitraries(v);
      ops = operations(a, v);
      before = await snapshot(store);
      scenariosAtStart = await scenarioCount(store);
    });

    beforeEach((context) => {
      current = context.task.name;
    });

    afterEach(async () => {
      // The knowledge graph is exactly as it was, the process still answers, and the scenarios are those the API reported.
      expect(await snapshot(t.store)).toEqual(before);
      expect((await t.send({ method: 'GET', path: '/healthz' })).status).toBe(200);
      expect(await scenarioCount(t.store)).toBe(scenariosAtStart + saved.size);
    });

    afterAll(async () => {
      if (process.env.HARMONIE_FUZZ_STATS === '1') {
        for (const [name, m] of outcomes) console.log(`${suite.label} · ${name}: ${[...m].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ×${n}`).join(' · ')}`);
      }
      await t?.close();
    });

    const family = (name: string, pick: () => fc.Arbitrary<Operation>, factor = 1) =>
      it(`keeps the contract for ${name}`, async () => {
        await fc.assert(fc.asyncProperty(pick(), async (o) => void (await run(o))), params(factor));
      });

    family('catalogue arguments (Date, facility codes)', () => ops.catalogue);
    family('paging (search, first, after, owner)', () => ops.paging);
    family('ids of collaborations and scenarios, and deleteScenario', () => ops.ids);
    family('eligibility (legal form, facility, date)', () => ops.eligibility);
    family('overlap (facility lists, date)', () => ops.overlap);
    family('connectionPlan and minimalJointAudit (AnalysisInput, PolicyInput, overrides)', () => ops.analysis, 1.5);
    family('compareScenarios (two AnalysisInputs)', () => ops.compare);
    family('nationalImpact (policy, date, assumptions)', () => ops.national, 0.5);
    family('accessLog (organisation, from, to, first, after)', () => ops.accessLog);
    family('saveScenario (ScenarioInput)', () => ops.save);

    it('keeps the contract for harmonisationReport (input, scenario, format, language)', async () => {
      await fc.assert(fc.asyncProperty(ops.report, async (o) => void (await run(o))), params(0.3));
    });

    it('returns an accepted scenario name and owner byte for byte, whatever unicode they hold', async () => {
      const anyName = fc.oneof(
        unicodeText,
        fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
        fc.array(loneSurrogate, { minLength: 1, maxLength: 5 }).map((s) => `x${s.join('')}`),
        fc.constantFrom(...UNICODE, ...INJECTIONS),
      );
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(anyName, fc.oneof(fc.constant(ORG), hostileString([ORG])), fc.constantFrom(...v.municipalities.slice(0, 20)), async (n, owner, member) => {
          const input = {
            name: n,
            owner,
            baseline: { members: [member], legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'] },
            variant: { members: [member], legalForm: 'OPENBAAR_LICHAAM', facilities: ['DIGID'] },
          };
          const res = await run({ query: 'mutation($input: ScenarioInput!) { saveScenario(input: $input) { id name owner } }', variables: { input }, key: 'advisor' });
          const savedScenario = dataField(res, 'saveScenario');
          if (!isRecord(savedScenario) || typeof savedScenario.id !== 'string') {
            // Refused: only for a blank or over-long name, text that is not well-formed Unicode (a lone surrogate, which
            // no store keeps byte for byte), or an owner other than the organisation acted for.
            const codes = codesOf(res);
            expect(codes.every((c) => c === 'BAD_USER_INPUT' || c === 'FORBIDDEN'), `${res.status} ${res.text.slice(0, 300)}`).toBe(true);
            expect(n.trim() === '' || n.length > 200 || hasLoneSurrogate(n) || hasLoneSurrogate(owner) || owner !== ORG, `refused a valid scenario: ${res.text.slice(0, 300)}`).toBe(true);
            return;
          }
          accepted += 1;
          expect(savedScenario.name).toBe(n);
          expect(savedScenario.owner).toBe(owner);
          const read = await run({ query: 'query($id: ID!) { scenario(id: $id) { id name owner } }', variables: { id: savedScenario.id }, key: 'advisor' });
          const back = dataField(read, 'scenario');
          expect(isRecord(back), read.text.slice(0, 300)).toBe(true);
          if (!isRecord(back)) return;
          // Byte for byte: the same UTF-16 code units, hence the same JSON escapes.
          expect(back.name).toBe(n);
          expect(back.owner).toBe(owner);
          expect(JSON.stringify(back.name)).toBe(JSON.stringify(n));
          const stored = await t.store.scenario(savedScenario.id);
          expect(stored?.name).toBe(n);
        }),
        // Always one well-formed name for its own organisation among the runs, so there is something accepted to read back.
        { ...params(0.5), examples: [['Zuid — “samen” ✓ 🚀 ’s-Gravenhage', ORG, v.municipalities[0]!]] },
      );
      expect(accepted).toBeGreaterThan(0);
    });

    it('answers every Authorization, X-Acting-For and X-Purpose header as the contract says', async () => {
      const tokens = Object.values(t.tokens);
      // Node's HTTP server refuses headers over 16 KiB (431) before the API sees them: stay below.
      const hdr = (s: string) => headerBytes(s).slice(0, 4_000);
      const mutate = (s: string) =>
        fc.oneof(
          fc.constant(s.slice(0, -1)),
          fc.constant(`${s}x`),
          fc.constant(s.toUpperCase()),
          fc.integer({ min: 0, max: s.length - 1 }).map((i) => `${s.slice(0, i)}${s[i] === 'A' ? 'B' : 'A'}${s.slice(i + 1)}`),
          fc.constant(s.replace('.', '')),
        );
      const authorization = fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...tokens).map((k) => `Bearer ${k}`) },
        fc.constantFrom(...tokens).map((k) => `bearer   ${k}  `),
        fc.constantFrom(...tokens).chain(mutate).map((k) => `Bearer ${k}`),
        fc.constantFrom(...tokens).map((k) => k),
        fc.constantFrom(...tokens).map((k) => `Basic ${Buffer.from(`user:${k}`).toString('base64')}`),
        hostileString(['Bearer ', 'Bearer hk_000000000000.']).map(hdr),
        fc.constant('Bearer hk_000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
        fc.constant(''),
      );
      const actingFor = fc.oneof(
        { weight: 4, arbitrary: fc.constant(ORG) },
        { weight: 2, arbitrary: fc.constantFrom(OTHER_ORG, ` ${ORG} `, `${ORG},${OTHER_ORG}`, '00000001001234567001', '') },
        { weight: 2, arbitrary: hostileString([ORG]).map(hdr) },
      );
      const purpose = fc.oneof(
        { weight: 3, arbitrary: fc.constant('fuzz') },
        { weight: 2, arbitrary: fc.constantFrom('x'.repeat(500), 'x'.repeat(501), ' ', '') },
        { weight: 3, arbitrary: hostileString(['because']).map(hdr) },
        { weight: 1, arbitrary: longText.map(hdr) },
      );
      const query = fc.constantFrom(
        { q: '{ legalForms { code } }', role: 'ANALYST' },
        { q: '{ scenarios { totalCount } }', role: 'ADVISOR' },
        { q: '{ accessLog(first: 1) { totalCount } }', role: 'ADMIN' },
      );
      const roles = ['ANALYST', 'ADVISOR', 'CURATOR', 'ADMIN'];
      // A Map, not an object literal: "Bearer hasOwnProperty" must not find a role on Object.prototype.
      const roleOf = new Map([[t.tokens.analyst, 'ANALYST'], [t.tokens.advisor, 'ADVISOR'], [t.tokens.admin, 'ADMIN']]);
      await fc.assert(
        fc.asyncProperty(fc.option(authorization, { freq: 8 }), fc.option(actingFor, { freq: 8 }), fc.option(purpose, { freq: 8 }), query, async (auth, org, why, { q, role }) => {
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (auth !== null) headers.authorization = auth;
          if (org !== null) headers['x-acting-for'] = org;
          if (why !== null) headers['x-purpose'] = why;
          const res = await t.send({ headers, body: JSON.stringify({ query: q }) });
          tally(res);
          assertContract(res, headers);
          // What the server reads: the header, trimmed (node strips spaces and tabs, the server trims the rest).
          const seen = (h: string | null) => (h === null || h.trim() === '' ? null : h.trim());
          const token = seen(auth)?.match(/^Bearer\s+(\S+)$/i)?.[1];
          const keyRole = token === undefined ? undefined : roleOf.get(token);
          const actsFor = seen(org);
          const says = seen(why);
          let expected: number;
          if (keyRole === undefined) expected = 401;
          else if (actsFor === null || says === null || says.length > 500) expected = 400;
          else if (actsFor !== ORG && !(keyRole === 'ADVISOR' && actsFor === OTHER_ORG)) expected = 403;
          else if (roles.indexOf(keyRole) < roles.indexOf(role)) expected = 403;
          else expected = 200;
          expect(res.status, `${JSON.stringify(headers).slice(0, 400)} → ${res.text.slice(0, 300)}`).toBe(expected);
        }),
        params(),
      );
    });

    it('keeps the contract for hostile text inside the query document itself', async () => {
      const s = fc.oneof(hostileString(v.facilities), fc.constantFrom(...INJECTIONS));
      const doc = fc.oneof(
        s.map((x) => `{ facility(code: ${JSON.stringify(x)}) { code } }`),
        s.map((x) => `{ facility(code: """${x}""") { code } }`),
        s.map((x) => `{ facility(code: ${x}) { code } }`),
        s.map((x) => `{ municipalities(search: ${JSON.stringify(x)}, first: 3) { totalCount } }`),
        s.map((x) => `{ collaboration(id: ${JSON.stringify(x)}) { id } }`),
        s.map((x) => `{ eligibility(legalForm: ${JSON.stringify(x)}, facility: "DIGID") { status } }`),
        s.map((x) => `{ minimalJointAudit(input: { members: [${JSON.stringify(x)}], legalForm: "REGELING_ZONDER_MEER", facilities: ["DIGID"] }) { totalCost } }`),
        s.map((x) => `# ${x}\n{ legalForms { code } }`),
        s.map((x) => `{ ${x} }`),
        s.map((x) => `{ legalForms @${x} { code } }`),
        s.map((x) => `query ${x} { legalForms { code } }`),
        s.map((x) => `${x}`),
        fc.constantFrom(...BAD_NUMBER_TOKENS, ...EXTREME_NUMBER_TOKENS).map((n) => `{ municipalities(first: ${n}) { totalCount } }`),
        fc.constantFrom(...BAD_NUMBER_TOKENS, ...EXTREME_NUMBER_TOKENS).map((n) => `{ minimalJointAudit(input: { members: ["GM0014"], legalForm: "GEMEENTE", facilities: ["DIGID"], policy: { costModel: [{ evidence: IT_AUDIT, fixedCost: ${n} }] } }) { totalCost } }`),
        fc.integer({ min: 100, max: 20_000 }).map((d) => `{ facilities ${'{ code '.repeat(d)}${'}'.repeat(d + 1)}`),
        fc.integer({ min: 100, max: 20_000 }).map((d) => `{ facility(code: ${'['.repeat(d)}"DIGID"${']'.repeat(d)}) { code } }`),
        fc.integer({ min: 31, max: 400 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: legalForms { code }`).join(' ')} }`),
        fc.integer({ min: 31, max: 400 }).map((n) => `{ legalForms ${'@include(if: true) '.repeat(n)} { code } }`),
        fc.constant('{ __schema { types { name fields { name args { name type { name ofType { name ofType { name } } } } } } } }'),
        fc.constant('{ facilities { ...F } } fragment F on Facility { ...F }'),
      );
      const operationName = fc.option(fc.oneof(hostileString(), wrongType), { freq: 4 });
      await fc.assert(
        fc.asyncProperty(doc, operationName, async (query, name) => {
          const body = JSON.stringify(name === null ? { query } : { query, operationName: name });
          const res = await t.send({ headers: { 'content-type': 'application/json', ...t.auth() }, body });
          tally(res);
          assertContract(res, body);
        }),
        params(),
      );
    });

    it('keeps the contract for malformed, mistyped, nested and oversized request bodies', async () => {
      const valid = '{ legalForms { code } }';
      const tokenAt = fc.constantFrom(...BAD_NUMBER_TOKENS, ...EXTREME_NUMBER_TOKENS);
      const body: fc.Arbitrary<string | Buffer> = fc.oneof(
        // Not JSON, or not the JSON of a request.
        fc.constantFrom('', ' ', 'null', 'true', '1', '"query"', '[]', '[1]', '{', '{"query":', '{"query": "{ legalForms { code } }"', '{}', '{"query": null}', `\uFEFF{"query": ${JSON.stringify(valid)}}`),
        fc.string().map((s) => s),
        fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
        // Numbers that are not JSON, or extreme.
        tokenAt.map((n) => `{"query": "query($f: Int) { municipalities(first: $f) { totalCount } }", "variables": {"f": ${n}}}`),
        tokenAt.map((n) => `{"query": "query($i: AnalysisInput!) { minimalJointAudit(input: $i) { totalCost } }", "variables": {"i": {"members": ["GM0014"], "legalForm": "GEMEENTE", "facilities": ["DIGID"], "policy": {"normWeights": [{"framework": "DIGID-3.0", "weight": ${n}}], "costModel": [{"evidence": "IT_AUDIT", "subjectCost": ${n}}]}}}}`),
        tokenAt.map((n) => `{"query": ${JSON.stringify(valid)}, "variables": ${n}}`),
        // Every field of the request of the wrong type.
        fc.record({ query: fc.oneof(fc.constant(valid), wrongType), variables: wrongType, operationName: wrongType, extensions: wrongType }, { requiredKeys: [] }).map((r) => JSON.stringify(r)),
        // Deep nesting wherever the server reads JSON: variables (refused past 64 levels), extensions, operationName.
        deepJson.map((d) => JSON.stringify({ query: valid, variables: { d } })),
        fc.integer({ min: 60, max: 100_000 }).map((n) => `{"query": ${JSON.stringify(valid)}, "variables": {"d": ${'['.repeat(n)}${']'.repeat(n)}}}`),
        fc.integer({ min: 60, max: 100_000 }).map((n) => `{"query": "query($i: AnalysisInput!) { minimalJointAudit(input: $i) { totalCost } }", "variables": {"i": ${'{"policy":'.repeat(n)}{}${'}'.repeat(n)}}}`),
        deepJson.map((d) => JSON.stringify({ query: valid, extensions: { d } })),
        fc.integer({ min: 1_000, max: 100_000 }).map((n) => `{"query": ${JSON.stringify(valid)}, "extensions": ${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`),
        fc.integer({ min: 1_000, max: 100_000 }).map((n) => `{"query": ${JSON.stringify(valid)}, "operationName": ${'['.repeat(n)}${']'.repeat(n)}}`),
        // Prototype keys.
        fc.constantFrom('{"__proto__": {"query": "{ legalForms { code } }"}}', '{"query": "{ legalForms { code } }", "variables": {"__proto__": {"admin": true}}}', '{"constructor": {"prototype": {"x": 1}}, "query": "{ legalForms { code } }"}'),
        // Over the body limit.
        fc.constantFrom(1_000_001, 2_000_000).map((n) => JSON.stringify({ query: `${valid} #${'x'.repeat(n)}` })),
        fc.constant(JSON.stringify({ query: 'query($m: [ID!]) { overlap(facilities: $m) { asOf } }', variables: { m: Array.from({ length: 120_000 }, () => 'DIGID') } })),
      );
      // Content types and encodings the JSON parser reads, refuses, or never sees (Apollo's CSRF check then answers).
      const contentType = fc.constantFrom(
        'application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json; charset=utf-16', 'application/json; charset=latin1',
        'application/json; charset=koi8-r', 'application/json; charset=x-nope', 'text/plain', 'application/graphql', 'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x', 'application/vnd.api+json', 'application/json; boundary=', '*/*',
      );
      const encoding = fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'compress', 'zstd', 'x-nope', 'gzip, gzip');
      await fc.assert(
        fc.asyncProperty(body, fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: contentType }), fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: encoding }), async (b, ct, enc) => {
          const res = await t.send({ headers: { ...t.auth(), 'content-type': ct ?? 'application/json', ...(enc === null ? {} : { 'content-encoding': enc }) }, body: b });
          tally(res);
          assertContract(res, typeof b === 'string' ? b.slice(0, 300) : `bytes ${b.toString('hex').slice(0, 200)}`);
        }),
        params(),
      );
    });

    it('keeps the contract for GET and the other methods', async () => {
      const query = fc.oneof(fc.constant('{ legalForms { code } }'), fc.constant('mutation { deleteScenario(id: "x") }'), hostileString());
      const method = fc.constantFrom<'GET' | 'PUT' | 'DELETE' | 'PATCH'>('GET', 'PUT', 'DELETE', 'PATCH');
      await fc.assert(
        fc.asyncProperty(method, query, fc.option(fc.jsonValue({ maxDepth: 3 })), fc.boolean(), async (m, q, vars, preflight) => {
          const search = new URLSearchParams({ query: q, ...(vars === null ? {} : { variables: JSON.stringify(vars) ?? 'null' }) });
          const res = await t.send({ method: m, path: `/graphql?${search.toString().slice(0, 6_000)}`, headers: { ...t.auth(), ...(preflight ? { 'apollo-require-preflight': 'true' } : {}) } });
          tally(res);
          // Apollo answers a mutation over GET, and any method but GET and POST, with 405 and BAD_REQUEST.
          if (res.status === 405) {
            expect(codesOf(res)).toEqual(['BAD_REQUEST']);
            return;
          }
          assertContract(res, `${m} ${q.slice(0, 200)}`);
        }),
        params(0.5),
      );
    });
  });
}
