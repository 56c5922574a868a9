// The compiled executor (graphql-jit) against graphql-js's reference execution of the same schema: same data, same
// errors, for the shapes the API is queried with. Also the requests graphql-jit alone would get wrong.
import { execute, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/api/context.js';
import { schema } from '../../src/api/server.js';
import { seededServer } from '../helpers/server.js';

const t = seededServer();

const SIX = ['GM0014', 'GM0034', 'GM0037', 'GM0047', 'GM0050', 'GM0059'];

const CASES: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  {
    name: 'catalogue with fragments, aliases, __typename and @include/@skip',
    query: `query($withNorms: Boolean!) { facilities { ...F } legalForms { code name __typename } frameworks: normFrameworks { id norms @include(if: $withNorms) { id weight } version @skip(if: $withNorms) } }
      fragment F on Facility { code name __typename }`,
    variables: { withNorms: true },
  },
  {
    name: 'the minimal joint audit in full, today and as a what-if',
    query: `query($a: AnalysisInput!, $b: AnalysisInput!) {
      today: minimalJointAudit(input: $a) { optimal totalCost baselineCost savings engagements { id evidence cycleMonths cost subjects { id name } requirements { id jointAllowed } testedNorms { id weight } } obligations { engagement subject { id } requirement { id } } separations { text } solver { status } }
      whatIf: minimalJointAudit(input: $b) { optimal totalCost engagements { id subjects { id } } } }`,
    variables: {
      a: { members: SIX, legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID', 'GGK', 'BRP_V'], asOf: '2026-11-28' },
      b: { members: SIX, legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'], asOf: '2026-11-28', policy: { auditRequirements: [{ id: 'digid-assessment', jointAllowed: true }] } },
    },
  },
  {
    name: 'eligibility, overlap and the connection plan',
    query: `query($p: AnalysisInput!) { eligibility(legalForm: "PRIVAATRECHTELIJK", facility: "GGK", asOf: "2015-06-01") { status reasons { text } }
      overlap(facilities: ["DIGID", "GGK", "BRP_V"]) { testOnce { id } }
      connectionPlan(input: $p) { totals { oins certificates } facilities { mode oins certificates } } }`,
    variables: { p: { members: SIX, legalForm: 'OPENBAAR_LICHAAM', facilities: ['DIGID', 'BRP_V'] } },
  },
  {
    name: 'an error in a nullable field beside data that did resolve',
    query: `query { facilities { code } nope: scenario(id: "nope") { id } }`,
  },
  {
    name: 'an error in a non-null field, which nulls the whole answer',
    query: `query { nope: eligibility(legalForm: "NOPE", facility: "DIGID") { status } }`,
  },
];

type Answer = { data?: unknown; errors?: Array<{ message: string; path?: unknown }> };
/** What a client can see of an answer: data, and each error's message and path (locations and codes are checked elsewhere). */
const visible = (r: Answer | ExecutionResult) => JSON.parse(JSON.stringify({
  data: r.data ?? null,
  errors: (r.errors ?? []).map((e) => ({ message: e.message, path: e.path ?? null })),
})) as unknown;

describe('compiled execution', () => {
  it.each(CASES)('answers $name exactly as graphql-js does', async ({ query, variables }) => {
    // The context the server gives a request with authentication off (as `serve` starts it): the role guard lets it run.
    const access = { principal: null, actingFor: null, purpose: null, enforced: false, entry: { id: 'reference', at: new Date().toISOString(), keyId: null, role: null, actingFor: null, purpose: null, operation: null, variablesHash: null, outcome: 'PENDING' } };
    const reference = await execute({ schema, document: parse(query), variableValues: variables, contextValue: createContext(t.store, access) });
    // Twice: the first request compiles the operation, the second runs the cached compilation.
    for (let i = 0; i < 2; i++) {
      const res = await t.gql(query, variables);
      expect(visible(res.body)).toEqual(visible(reference));
    }
    // The cases are what they say: the error cases fail, the others do not.
    expect((reference.errors ?? []).length > 0, JSON.stringify(reference.errors)).toBe(query.includes('nope'));
  });

  it('keeps the code, the field and the location of an error thrown by a resolver', async () => {
    const res = await t.gql('query($id: ID!) {\n  scenario(id: $id) { id }\n}', { id: 'missing' });
    expect(res.body.errors?.[0]).toMatchObject({ path: ['scenario'], locations: [{ line: 2, column: 3 }], extensions: { code: 'NOT_FOUND', field: 'id' } });
  });

  it('runs the operation named in a document with several, and refuses a name that matches none', async () => {
    const doc = 'query A { legalForms { code } } query B { facilities { code } }';
    const b = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: doc, operationName: 'B' }) });
    expect(Object.keys(((await b.json()) as { data: object }).data)).toEqual(['facilities']);
    const none = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ legalForms { code } }', operationName: 'C' }) });
    expect(none.status).toBe(400);
    const body = (await none.json()) as Answer & { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.message).toBe('Unknown operation named "C".');
    expect(body.errors[0]!.extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('refuses a bad variable with graphql-js\'s message and HTTP 400 before anything runs', async () => {
    const res = await t.gql('query($d: Date) { facilities(asOf: $d) { code } }', { d: '2026-13-45' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toMatch(/^Variable "\$d" got invalid value "2026-13-45"/);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
