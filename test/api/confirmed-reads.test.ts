// A request's reads from a store's cache are confirmed by its own access-log commit (AccessLogReceipt): the Neo4j store
// answers from its cached catalogue without a version read, and a request whose commit finds the graph changed since is
// answered again, fresh, before anything leaves. First the mechanism over the embedded store (a wrapper refutes each
// request's first commit), then the real case: two API instances on one Neo4j, a write through one between requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { loadSeed, type LoadedSeed } from '../../src/seed/load.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import type { AccessLogEntry, GraphStore } from '../../src/store/port.js';
import { freshNeo4jStore, neo4jSkipReason, testNeo4jConfig } from '../helpers/neo4j.js';
import { seededServer } from '../helpers/server.js';

const ALL = { organisation: null, from: null, to: null, first: 100, after: null };

async function entriesOf(store: GraphStore, operation: string): Promise<AccessLogEntry[]> {
  return (await store.accessLog(ALL)).items.map((i) => i.node).filter((e) => e.operation === operation);
}

describe('an answer whose cached reads its access-log commit refutes', () => {
  const refuted = new Set<string>();
  let catalogueReads = 0;
  const server = seededServer({
    wrap: (store) =>
      new Proxy(store, {
        get(target, prop, receiver) {
          if (prop === 'appendAccessLog') {
            return async (entry: AccessLogEntry) => {
              const receipt = await target.appendAccessLog(entry);
              if (refuted.has(entry.id)) return receipt;
              refuted.add(entry.id);
              return { readsCurrent: false };
            };
          }
          if (prop === 'catalogue') return () => ((catalogueReads += 1), target.catalogue());
          const v: unknown = Reflect.get(target, prop, receiver);
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      }),
  });

  it('is answered again before anything leaves, and logged once, with the outcome of the answer that left', async () => {
    const before = catalogueReads;
    const res = await server.gql<{ facilities: Array<{ code: string }> }>('query RefutedOnce { facilities { code } }');
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.facilities.map((f) => f.code)).toContain('DIGID');
    // Read twice: once for the answer refuted, once for the answer given.
    expect(catalogueReads - before).toBe(2);
    const logged = await entriesOf(server.store, 'RefutedOnce');
    expect(logged).toHaveLength(1);
    expect(logged[0]!.outcome).toBe('OK');
  });

  it('records the outcome of the answer given when it differs from the one refuted', async () => {
    const res = await server.gql('query RefutedError { collaboration(id: "no-such-collaboration") { id } }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await entriesOf(server.store, 'RefutedError')).map((e) => e.outcome)).toEqual(['NOT_FOUND']);
  });
});

describe.skipIf(neo4jSkipReason !== null)('two API instances on one Neo4j: cached reads confirmed at the commit', () => {
  let seed: LoadedSeed;
  let writer: Neo4jStore;
  let reader: Neo4jStore;
  let server: RunningServer;

  beforeAll(async () => {
    seed = await loadSeed();
    writer = await freshNeo4jStore();
    await writer.loadSeed(seed);
    // Outcomes wait for the next commit however slow the machine: each request then makes exactly one statement.
    reader = await Neo4jStore.open(testNeo4jConfig(), { outcomeDelayMs: 60_000 });
    server = await startServer({ store: reader, host: '127.0.0.1', port: 0, access: { enabled: false, ratePerMinute: 1_000_000 } });
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
    await reader?.close();
    await writer?.close();
  });

  const ask = async (operation: string) => {
    const res = await fetch(`${server.url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query ${operation} { facilities { code name } }` }),
    });
    return { status: res.status, body: (await res.json()) as { data?: { facilities: Array<{ code: string; name: string }> }; errors?: unknown } };
  };

  it('answers from the cache with one statement per request: the commit of its entry (carrying the outcome of the one before), which confirms the version', async () => {
    await ask('Warm');
    const before = reader.executor.statements;
    const res = await ask('Cached');
    expect(res.body.errors).toBeUndefined();
    expect(reader.executor.statements - before).toBe(1);
  });

  it('gives the next request after a write through another instance the new graph, answered again, logged once', async () => {
    await ask('WarmAgain');
    const changed = structuredClone(seed.graph);
    const code = changed.facilities[0]!.code;
    changed.facilities[0]!.name = 'gewijzigd door de andere instantie';
    await writer.loadSeed({ graph: changed, hash: 'confirmed-reads' });
    const before = reader.executor.statements;
    const res = await ask('AfterWrite');
    expect(res.status).toBe(200);
    expect(res.body.data?.facilities.find((f) => f.code === code)?.name).toBe('gewijzigd door de andere instantie');
    // The commit that refuted the cache, then a version and catalogue read of its own.
    expect(reader.executor.statements - before).toBeGreaterThanOrEqual(3);
    expect((await entriesOf(reader, 'AfterWrite')).map((e) => e.outcome)).toEqual(['OK']);
    await writer.loadSeed(seed);
  });
});
