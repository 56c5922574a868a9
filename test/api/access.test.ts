import { describe, expect, it } from 'vitest';
import { createKey, revokeKey } from '../../src/app/keys.js';
import { seededMemoryStore, seededServer, serve } from '../helpers/server.js';

const A = '00000001001234567000';
const B = '00000001007654321000';
const C = '00000003012345678000';
const SAVE = 'mutation Save($input: ScenarioInput!) { saveScenario(input: $input) { id owner } }';
const scenarioInput = (owner: string) => ({
  name: 'joint DigiD', owner,
  baseline: { members: ['GM0014', 'GM0034'], legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'] },
  variant: { members: ['GM0014', 'GM0034'], legalForm: 'OPENBAAR_LICHAAM', facilities: ['DIGID'] },
});

const tokens: Record<string, string> = {};
const as = (token: string | null, actingFor: string | null, purpose = 'test of protocollering') => ({
  ...(token ? { authorization: `Bearer ${token}` } : {}),
  ...(actingFor ? { 'x-acting-for': actingFor } : {}),
  ...(purpose ? { 'x-purpose': purpose } : {}),
});

const t = seededServer({
  access: { enabled: true, ratePerMinute: 1_000 },
  async prepare(store) {
    tokens.analyst = (await createKey(store, { role: 'ANALYST', organisation: A, name: 'analyst A' })).token;
    tokens.advisor = (await createKey(store, { role: 'ADVISOR', organisation: A, name: 'advisor A', actingFor: [B] })).token;
    tokens.advisorB = (await createKey(store, { role: 'ADVISOR', organisation: B, name: 'advisor B' })).token;
    tokens.admin = (await createKey(store, { role: 'ADMIN', organisation: C, name: 'admin' })).token;
  },
});

describe('identity, roles and protocollering', () => {
  it('answers 401 without a key or with a wrong one', async () => {
    const none = await t.gql('{ legalForms { code } }', undefined, as(null, A));
    expect(none.status).toBe(401);
    expect(none.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await t.gql('{ legalForms { code } }', undefined, as(`${tokens.analyst!.slice(0, -3)}xyz`, A));
    expect(wrong.status).toBe(401);
  });

  it('requires the acting-for organisation and the purpose', async () => {
    expect((await t.gql('{ legalForms { code } }', undefined, as(tokens.analyst!, null))).status).toBe(400);
    expect((await t.gql('{ legalForms { code } }', undefined, { authorization: `Bearer ${tokens.analyst}`, 'x-acting-for': A })).status).toBe(400);
  });

  it('answers 403 when a key acts for an organisation it may not', async () => {
    const res = await t.gql('{ legalForms { code } }', undefined, as(tokens.analyst!, B));
    expect(res.status).toBe(403);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an analyst read and analyse but not save scenarios', async () => {
    expect((await t.gql('{ legalForms { code } }', undefined, as(tokens.analyst!, A))).status).toBe(200);
    const save = await t.gql(SAVE, { input: scenarioInput(A) }, as(tokens.analyst!, A));
    expect(save.status).toBe(403);
    expect(save.body.errors?.[0]?.message).toMatch(/needs the role ADVISOR/);
  });

  it('keeps each organisation\'s scenarios to itself', async () => {
    const saved = await t.gql<{ saveScenario: { id: string } }>(SAVE, { input: scenarioInput(A) }, as(tokens.advisor!, A));
    expect(saved.body.errors).toBeUndefined();
    const id = saved.body.data!.saveScenario.id;
    const foreignOwner = await t.gql(SAVE, { input: scenarioInput(B) }, as(tokens.advisor!, A));
    expect(foreignOwner.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The same key acting for B, and B's own key, do not see A's scenario.
    for (const token of [tokens.advisor!, tokens.advisorB!]) {
      const read = await t.gql('query($id: ID!) { scenario(id: $id) { id } }', { id }, as(token, B));
      expect(read.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const list = await t.gql<{ scenarios: { totalCount: number } }>('{ scenarios(owner: "' + A + '") { totalCount } }', undefined, as(token, B));
      expect(list.body.data!.scenarios.totalCount).toBe(0);
      const del = await t.gql('mutation($id: ID!) { deleteScenario(id: $id) }', { id }, as(token, B));
      expect(del.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const mine = await t.gql<{ scenarios: { totalCount: number } }>('{ scenarios { totalCount } }', undefined, as(tokens.advisor!, A));
    expect(mine.body.data!.scenarios.totalCount).toBe(1);
  });

  it('keeps the access log for ADMIN only, with one entry per request and its outcome', async () => {
    const q = '{ accessLog(first: 100) { totalCount edges { node { keyId role actingFor purpose operation variablesHash outcome } } } }';
    const denied = await t.gql(q, undefined, as(tokens.advisor!, A));
    expect(denied.status).toBe(403);
    const before = await t.gql<{ accessLog: { totalCount: number } }>(q, undefined, as(tokens.admin!, C));
    const n0 = before.body.data!.accessLog.totalCount;
    await t.gql('query Named { legalForms { code } }', undefined, as(tokens.analyst!, A, 'named query'));
    await t.gql('{ legalForms { code } }', undefined, as(tokens.analyst!, B));
    const after = await t.gql<{ accessLog: { totalCount: number; edges: Array<{ node: { operation: string | null; outcome: string; purpose: string | null; actingFor: string | null } }> } }>(
      '{ accessLog(first: 100) { totalCount edges { node { operation outcome purpose actingFor } } } }', undefined, as(tokens.admin!, C));
    // The admin's first read, the two requests, and the admin's second read.
    expect(after.body.data!.accessLog.totalCount).toBe(n0 + 3);
    const nodes = after.body.data!.accessLog.edges.map((e) => e.node);
    expect(nodes).toContainEqual({ operation: 'Named', outcome: 'OK', purpose: 'named query', actingFor: A });
    expect(nodes.filter((e) => e.outcome === 'FORBIDDEN').length).toBeGreaterThanOrEqual(2);
    expect(nodes.some((e) => e.outcome === 'UNAUTHENTICATED')).toBe(true);
    const forA = await t.gql<{ accessLog: { edges: Array<{ node: { actingFor: string } }> } }>(`{ accessLog(organisation: "${A}", first: 100) { edges { node { actingFor } } } }`, undefined, as(tokens.admin!, C));
    expect(forA.body.data!.accessLog.edges.every((e) => e.node.actingFor === A)).toBe(true);
  });

  it('refuses a revoked key', async () => {
    const { key, token } = await createKey(t.store, { role: 'ANALYST', organisation: A, name: 'short-lived' });
    expect((await t.gql('{ legalForms { code } }', undefined, as(token, A))).status).toBe(200);
    await revokeKey(t.store, key.id);
    expect((await t.gql('{ legalForms { code } }', undefined, as(token, A))).status).toBe(401);
  });
});

describe('limits per key and an access log that cannot be written', () => {
  it('answers RATE_LIMITED with 429 past the per-key limit', async () => {
    const seeded = await seededMemoryStore();
    const { token } = await createKey(seeded.store, { role: 'ANALYST', organisation: A, name: 'busy' });
    const limited = await serve(seeded.store, seeded.cleanup, undefined, { enabled: true, ratePerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await limited.gql('{ legalForms { code } }', undefined, as(token, A))).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it('refuses a request whose log entry cannot be written, and runs nothing', async () => {
    const seeded = await seededMemoryStore();
    const { token } = await createKey(seeded.store, { role: 'ADVISOR', organisation: A, name: 'advisor' });
    const broken = new Proxy(seeded.store, {
      get(target, prop, receiver) {
        if (prop === 'appendAccessLog') return async () => { throw new Error('disk full'); };
        const v: unknown = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const s = await serve(broken, seeded.cleanup, undefined, { enabled: true, ratePerMinute: 100 });
    try {
      const res = await s.gql(SAVE, { input: scenarioInput(A) }, as(token, A));
      expect(res.status).toBe(503);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect((await seeded.store.scenarios({ owner: null, first: 10, after: null })).totalCount).toBe(0);
    } finally {
      await s.close();
    }
  });
});
