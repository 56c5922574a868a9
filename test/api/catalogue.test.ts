import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/seed/load.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { countingStore, seededServer, serve, type TestServer } from '../helpers/server.js';

const FACILITY_CODES = ['DIGID', 'EHERKENNING', 'BRP_V', 'MIJNOVERHEID', 'GGK', 'GEMNET', 'DIGINETWERK', 'NHR'];
const LEGAL_FORM_CODES = [
  'GEMEENTE', 'REGELING_ZONDER_MEER', 'CENTRUMGEMEENTE', 'GEMEENSCHAPPELIJK_ORGAAN',
  'BEDRIJFSVOERINGSORGANISATIE', 'OPENBAAR_LICHAAM', 'PRIVAATRECHTELIJK',
];

const NESTED = /* GraphQL */ `
  query Nested($asOf: Date) {
    facilities(asOf: $asOf) {
      code
      sources { id title }
      connectionRequirements { id kind key certificateType { code name } network { code } }
      auditRequirements {
        id evidence cycleMonths scope jointAllowed validFrom validTo
        normFramework { id name version norms { id code title weight mappings { relation strength target { id framework { id } } } } }
        norms { id }
      }
    }
    legalForms { code name wgrArticle legalPersonality ownOin sources { id } }
    normFrameworks { id name version norms { id code title weight mappings { relation strength target { id } } } }
    costModel { evidence fixedCost subjectCost confidence note }
  }`;

describe('catalogue API over the embedded store', () => {
  let calls = new Map<string, number>();
  const t = seededServer({
    wrap(store) {
      const counted = countingStore(store);
      calls = counted.calls;
      return counted.store;
    },
  });

  it('lists every facility and legal form code', async () => {
    const res = await t.gql<{ facilities: Array<{ code: string }>; legalForms: Array<{ code: string }> }>(
      '{ facilities { code } legalForms { code } }',
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.facilities.map((f) => f.code).sort()).toEqual([...FACILITY_CODES].sort());
    expect(res.body.data!.legalForms.map((l) => l.code).sort()).toEqual([...LEGAL_FORM_CODES].sort());
  });

  it('answers a deeply nested catalogue query with one store read (and its access-log entry and outcome)', async () => {
    calls.clear();
    const res = await t.gql(NESTED, { asOf: '2026-11-28' });
    expect(res.body.errors).toBeUndefined();
    expect(Object.fromEntries(calls)).toEqual({ catalogue: 1, appendAccessLog: 1, recordOutcome: 1 });
  });

  it('shows the DigiD assessment under the normenkader in force on the date asked', async () => {
    const q = `query($asOf: Date) { facility(code: "DIGID") { auditRequirements(asOf: $asOf) { id normFramework { id } norms { id } } } }`;
    type R = { facility: { auditRequirements: Array<{ id: string; normFramework: { id: string }; norms: Array<{ id: string }> }> } };
    const then = await t.gql<R>(q, { asOf: '2015-06-01' });
    const now = await t.gql<R>(q, { asOf: '2026-11-28' });
    const frameworkOn = (r: typeof then) => r.body.data!.facility.auditRequirements.find((a) => a.id === 'digid-assessment')?.normFramework.id;
    expect(frameworkOn(then)).toBe('DIGID-1.0');
    expect(frameworkOn(now)).toBe('DIGID-3.0');
    const norms = now.body.data!.facility.auditRequirements.find((a) => a.id === 'digid-assessment')!.norms;
    expect(norms.map((n) => n.id)).toContain('DIGID-3.0:B.01');
    expect(norms).toHaveLength(21);
  });

  it('pages municipalities with cursors', async () => {
    type R = { municipalities: { totalCount: number; edges: Array<{ cursor: string; node: { id: string; name: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const q = 'query($after: String) { municipalities(first: 50, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }';
    const first = await t.gql<R>(q);
    expect(first.body.data!.municipalities.totalCount).toBe(390);
    expect(first.body.data!.municipalities.edges).toHaveLength(50);
    const second = await t.gql<R>(q, { after: first.body.data!.municipalities.pageInfo.endCursor });
    const a = first.body.data!.municipalities.edges.at(-1)!.node.name;
    const b = second.body.data!.municipalities.edges[0]!.node.name;
    expect(a < b || a === b).toBe(true);
  });

  it('resolves a collaboration with members, legal form and facilities', async () => {
    const seed = await loadSeed();
    const c = seed.graph.collaborations.find((x) => x.members.length > 0)!;
    const res = await t.gql<{ collaboration: { id: string; legalForm: { code: string } | null; members: Array<{ id: string }>; facilities: Array<{ code: string }> } }>(
      'query($id: ID!) { collaboration(id: $id) { id legalForm { code } members { id } memberships { confidence } facilities { code } sources { id } } }',
      { id: c.id },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.collaboration.members.map((m) => m.id).sort()).toEqual(c.members.map((m) => m.municipality).sort());
    expect(res.body.data!.collaboration.legalForm?.code ?? null).toBe(c.legalForm);
  });

  it('answers BAD_USER_INPUT for an impossible date, naming the variable', async () => {
    const res = await t.gql('query($asOf: Date) { facilities(asOf: $asOf) { code } }', { asOf: '2023-02-30' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toMatch(/\$asOf/);
  });

  it('answers BAD_USER_INPUT for a page size over 100, naming the field', async () => {
    const res = await t.gql('{ municipalities(first: 1000) { totalCount } }');
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(res.body.errors?.[0]?.path).toEqual(['municipalities']);
  });

  it('answers NOT_FOUND for unknown ids', async () => {
    const f = await t.gql('{ facility(code: "NOPE") { code } }');
    expect(f.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
    const c = await t.gql('{ collaboration(id: "nope") { id } }');
    expect(c.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is live and ready', async () => {
    expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', store: 'memory' });
  });
});

describe('API over an unreachable Neo4j', () => {
  let t: TestServer;
  beforeAll(async () => {
    // Port 1 on loopback: nothing listens there, so every connection is refused at once.
    t = await serve(Neo4jStore.create({ uri: 'bolt://127.0.0.1:1', user: undefined, password: undefined, database: 'neo4j' }));
  });
  afterAll(() => t.close());

  it('answers SERVICE_UNAVAILABLE with HTTP 503', async () => {
    const res = await t.gql('{ facilities { code } }');
    expect(res.status).toBe(503);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.body.errors?.[0]?.message).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:1 is unavailable/);
  });

  it('is live but not ready, with the reason', async () => {
    expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.baseUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable', store: 'neo4j', reason: expect.stringMatching(/unavailable/) });
  });
});
