// When a query's access-log entry is written, and what its answer waits for: the entry is committed while the query
// runs, the answer leaves only once that commit is durable (never before, never without it), and the outcome the query
// ended with follows after — it is not what the answer waits for, and losing it loses no answer's entry.
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { createLogger } from '../../src/log.js';
import type { AccessLogEntry, AccessLogReceipt, GraphStore } from '../../src/store/port.js';
import { seededMemoryStore } from '../helpers/server.js';

const ALL = { organisation: null, from: null, to: null, first: 100, after: null };

/** A store whose access-log calls the test steers; everything else goes to the seeded store. */
function steered(store: GraphStore, steer: { append?: (entry: AccessLogEntry, write: () => Promise<AccessLogReceipt>) => Promise<AccessLogReceipt>; outcome?: (entry: AccessLogEntry, write: () => Promise<void>) => Promise<void>; catalogue?: () => void }): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'appendAccessLog' && steer.append) return (entry: AccessLogEntry) => steer.append!(entry, () => target.appendAccessLog(entry));
      if (prop === 'recordOutcome' && steer.outcome) return (entry: AccessLogEntry) => steer.outcome!(entry, () => target.recordOutcome(entry));
      if (prop === 'catalogue' && steer.catalogue) return () => (steer.catalogue!(), target.catalogue());
      const v: unknown = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `promise`, or a failure naming `what` when it has not settled after ten seconds (instead of the test's timeout). */
const within = <T>(promise: Promise<T>, what: string): Promise<T> =>
  Promise.race([promise, sleep(10_000).then((): never => { throw new Error(`not within 10 s: ${what}`); })]);

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("a query's access-log entry and its answer", () => {
  let server: RunningServer | undefined;
  let base: GraphStore | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  const raw: string[] = [];

  async function start(wrap: (store: GraphStore) => GraphStore): Promise<{ url: string; store: GraphStore }> {
    const seeded = await seededMemoryStore();
    base = seeded.store;
    cleanup = seeded.cleanup;
    raw.length = 0;
    const logger = createLogger({ level: 'error', secrets: [], destination: { write: (s: string) => void raw.push(s) } });
    server = await startServer({ store: wrap(seeded.store), host: '127.0.0.1', port: 0, access: { enabled: false, ratePerMinute: 1_000_000 }, logger });
    return { url: server.url, store: seeded.store };
  }
  afterEach(async () => {
    await server?.stop();
    await base?.close();
    await cleanup?.();
    server = base = cleanup = undefined;
  });

  const ask = (url: string, operation: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `query ${operation} { facilities { code } }` }) }).then(
      async (res) => ({ status: res.status, body: (await res.json()) as { data?: { facilities: unknown[] } | null; errors?: Array<{ extensions?: { code?: string } }> } }),
    );

  it('runs the query while its entry is committed, and answers only once that commit is durable', async () => {
    const held = deferred();
    const release = deferred();
    const read = deferred();
    let readWhileHeld = false;
    let holding = false;
    const { url, store } = await start((s) =>
      steered(s, {
        append: async (entry, write) => {
          if (entry.operation !== 'Held' || entry.outcome !== 'PENDING') return write();
          holding = true;
          held.resolve();
          await release.promise;
          holding = false;
          return write();
        },
        catalogue: () => {
          if (holding) readWhileHeld = true;
          read.resolve();
        },
      }),
    );
    let answered = false;
    const answer = ask(url, 'Held').then((a) => ((answered = true), a));
    await within(held.promise, 'the entry is being committed');
    await within(read.promise, 'the query reads');
    // The query has read what it needs while its entry is not yet written; give a wrong server time to answer anyway.
    await sleep(100);
    expect(readWhileHeld).toBe(true);
    expect(answered).toBe(false);
    release.resolve();
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect(body.data?.facilities.length).toBeGreaterThan(0);
    const logged = (await store.accessLog(ALL)).items.map((i) => i.node).filter((e) => e.operation === 'Held');
    expect(logged.map((e) => e.outcome)).toEqual(['OK']);
  });

  it('withholds the answer of a query whose entry cannot be written', async () => {
    const { url } = await start((s) => steered(s, { append: async () => Promise.reject(new Error('disk full')) }));
    const { status, body } = await ask(url, 'Unlogged');
    expect(status).toBe(503);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('answers without waiting for the outcome, which follows', async () => {
    const release = deferred();
    // Every write of the outcome waits, whichever way it is made.
    const { url, store } = await start((s) =>
      steered(s, {
        outcome: async (_entry, write) => (await release.promise, write()),
        append: async (entry, write) => (entry.outcome !== 'PENDING' && (await release.promise), write()),
      }),
    );
    const { status, body } = await within(ask(url, 'OutcomeLater'), 'the answer');
    expect(status).toBe(200);
    expect(body.data?.facilities.length).toBeGreaterThan(0);
    release.resolve();
    // The log shows what this process recorded: the outcome, once it is handed to the store.
    const logged = async () => (await store.accessLog(ALL)).items.map((i) => i.node).filter((e) => e.operation === 'OutcomeLater');
    await expect.poll(async () => (await logged()).map((e) => e.outcome)).toEqual(['OK']);
  });

  it('keeps the entry, PENDING, when its outcome cannot be written, and says so in the service log', async () => {
    const { url, store } = await start((s) => steered(s, { outcome: async () => Promise.reject(new Error('disk full')) }));
    const { status } = await ask(url, 'OutcomeLost');
    expect(status).toBe(200);
    await expect.poll(() => raw.some((l) => l.includes('the outcome of an answered query was not written'))).toBe(true);
    const logged = (await store.accessLog(ALL)).items.map((i) => i.node).filter((e) => e.operation === 'OutcomeLost');
    expect(logged.map((e) => e.outcome)).toEqual(['PENDING']);
  });
});
