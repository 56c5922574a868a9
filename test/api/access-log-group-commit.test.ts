// Group commit of the access log on Neo4j, over HTTP: an answer
// leaves only after the commit that holds its entry — a request whose entry fails to commit gets no data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/seed/load.js';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { assertNeo4jAvailable, freshNeo4jStore, IN_CI, neo4jSkipReason } from '../helpers/neo4j.js';
import { serve, type TestServer } from '../helpers/server.js';

if (IN_CI) {
  it('has a Neo4j to test against (required under CI)', () => {
    assertNeo4jAvailable();
  });
}

describe.skipIf(neo4jSkipReason !== null)('access log group commit (Neo4j)', () => {
  let t: TestServer;
  let store: Neo4jStore;

  beforeAll(async () => {
    store = await freshNeo4jStore();
    await store.loadSeed(await loadSeed());
    t = await serve(store);
    // The first seed into a Neo4j that has just started compiles every statement; on a busy machine that takes minutes.
  }, 300_000);
  afterAll(() => t?.close());

  const QUERY = '{ facilities { code } }';
  const logged = async (purpose: string) =>
    (await store.executor.read<{ n: number }>('MATCH (e:AccessLog {purpose: $purpose}) RETURN count(e) AS n', { purpose }))[0]?.n ?? 0;

  it('answers 30 concurrent requests, each only once its entry is committed', async () => {
    const before = { ...store.logStats };
    const answers = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const res = await t.gql<{ facilities: unknown[] }>(QUERY, undefined, { 'x-purpose': `concurrent ${i}` });
        // The entry is committed before the answer leaves: it is there the moment the answer is.
        return { status: res.status, data: res.body.data, inLog: await logged(`concurrent ${i}`) };
      }),
    );
    for (const a of answers) expect(a).toMatchObject({ status: 200, inLog: 1 });
    // Each outcome follows with a later commit; the log as this process shows it has them all.
    await store.accessLog({ organisation: null, from: null, to: null, first: 1, after: null });
    const [row] = await store.executor.read<{ outcomes: string[] }>("MATCH (e:AccessLog) WHERE e.purpose STARTS WITH 'concurrent ' RETURN collect(DISTINCT e.outcome) AS outcomes");
    expect(row?.outcomes).toEqual(['OK']);
    // Thirty entries and thirty outcomes; how many transactions they shared depends on how the requests overlap in
    // time; the store test (test/contract/neo4j-store.test.ts) shows the batching with appends that are sure to overlap.
    expect(store.logStats.entries - before.entries).toBe(60);
    expect(store.logStats.transactions - before.transactions).toBeLessThanOrEqual(60);
  });

  it('withholds the answer of every request whose entry cannot be committed, and answers the others', async () => {
    // Neo4j refuses a second entry with the same purpose: the commit of that entry fails.
    await store.executor.write((tx) => tx.run('CREATE CONSTRAINT test_AccessLog_purpose_api IF NOT EXISTS FOR (e:AccessLog) REQUIRE e.purpose IS UNIQUE'));
    try {
      const answers = await Promise.all(Array.from({ length: 12 }, () => t.gql<{ facilities: unknown[] }>(QUERY, undefined, { 'x-purpose': 'one only' })));
      const answered = answers.filter((a) => a.status === 200);
      const refused = answers.filter((a) => a.status !== 200);
      expect(answered).toHaveLength(1);
      expect(answered[0]!.body.data?.facilities.length).toBeGreaterThan(0);
      expect(refused).toHaveLength(11);
      for (const r of refused) {
        expect(r.status).toBe(503);
        expect(r.body.data ?? null).toBeNull();
        expect(r.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      }
      expect(await logged('one only')).toBe(1);
    } finally {
      await store.executor.write((tx) => tx.run('DROP CONSTRAINT test_AccessLog_purpose_api IF EXISTS'));
    }
  });
});
