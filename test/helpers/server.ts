// Starts the real HTTP server on a free loopback port over a given store, and posts GraphQL to it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { AccessOptions } from '../../src/api/access.js';
import { startServer, type RunningServer, type ServerLimits } from '../../src/api/server.js';
import { loadSeed } from '../../src/seed/load.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import type { GraphStore } from '../../src/store/port.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }> };
}

export interface TestServer {
  server: RunningServer;
  store: GraphStore;
  baseUrl: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function serve(
  store: GraphStore,
  cleanup: () => Promise<void> = async () => undefined,
  limits?: Partial<ServerLimits>,
  access: AccessOptions = { enabled: false, ratePerMinute: 1_000_000 },
): Promise<TestServer> {
  const server = await startServer({ store, host: '127.0.0.1', port: 0, limits, access });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  return {
    server,
    store,
    baseUrl,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GraphQLResponse['body'] } as GraphQLResponse<never>;
    },
    async close() {
      await server.stop();
      await store.close();
      await cleanup();
    },
  };
}

/** A seeded embedded store in a temporary data directory. */
export async function seededMemoryStore(): Promise<{ store: MemoryStore; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'harmonie-api-'));
  const store = await MemoryStore.open(dir);
  await store.loadSeed(await loadSeed());
  return { store, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Wraps a store so a test can count the calls a request makes to it. */
export function countingStore(store: GraphStore): { store: GraphStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

export interface SeededServerOptions {
  limits?: Partial<ServerLimits>;
  /** Authentication and rate limit; off (a loopback demo) when not given. */
  access?: AccessOptions;
  /** Runs on the seeded store before the server starts: keys to create, data to add. */
  prepare?: (store: MemoryStore) => Promise<void>;
  /** The store the server is given: the seeded one, or a wrapper of it (countingStore). */
  wrap?: (store: GraphStore) => GraphStore;
}

/**
 * The real server over a freshly seeded embedded store for the tests of one file: started before them, stopped after.
 * The object stands for the server from the moment the tests run.
 */
export function seededServer(options: SeededServerOptions = {}): TestServer {
  let started: TestServer | undefined;
  const current = (): TestServer => {
    if (!started) throw new Error('the test server is used before beforeAll started it');
    return started;
  };
  beforeAll(async () => {
    const { store, cleanup } = await seededMemoryStore();
    await options.prepare?.(store);
    started = await serve(options.wrap ? options.wrap(store) : store, cleanup, options.limits, options.access);
  });
  afterAll(() => started?.close());
  return {
    get server() {
      return current().server;
    },
    get store() {
      return current().store;
    },
    get baseUrl() {
      return current().baseUrl;
    },
    gql: (query, variables, headers) => current().gql(query, variables, headers),
    close: () => current().close(),
  };
}
