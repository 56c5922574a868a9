import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/seed/load.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { withOperation } from '../../src/store/operation-scope.js';
import { describeStoreContract } from './store-contract.js';

const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'harmonie-memory-'));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const dataDirs = new WeakMap<object, string>();
describeStoreContract(
  'memory',
  async () => {
    const dir = await tempDir();
    const store = await MemoryStore.open(dir);
    dataDirs.set(store, dir);
    return store;
  },
  // The CLI beside the server: a second store on the same data folder.
  (store) => MemoryStore.open(dataDirs.get(store)!),
);

describe('memory store persistence', () => {
  it('keeps the graph across a restart', async () => {
    const dir = await tempDir();
    const seed = await loadSeed();
    const first = await MemoryStore.open(dir);
    await first.loadSeed(seed);
    await first.close();
    const second = await MemoryStore.open(dir);
    expect((await second.seedStatus()).hash).toBe(seed.hash);
    expect((await second.catalogue()).facilities.length).toBe(seed.graph.facilities.length);
  });

  it('sees what another process wrote to the same data folder (a key created by the CLI beside a running server)', async () => {
    const dir = await tempDir();
    const server = await MemoryStore.open(dir);
    await server.loadSeed(await loadSeed());
    const cli = await MemoryStore.open(dir);
    await cli.saveApiKey({ id: 'abcdefabcdef', name: 'k', role: 'ANALYST', organisation: '00000001001234567000', actingFor: [], hash: '00', createdAt: '2026-11-28T00:00:00.000Z', revokedAt: null });
    await cli.close();
    expect((await server.apiKey('abcdefabcdef'))?.name).toBe('k');
    // and the server's next write keeps it
    await server.saveScenario({ id: 's', name: 's', owner: 'GM0014', baseline: {}, variant: {}, createdAt: 'x', updatedAt: 'x' });
    expect((await (await MemoryStore.open(dir)).apiKey('abcdefabcdef'))?.name).toBe('k');
  });

  describe('a unit of work that confirms its reads at its access-log append (an API request)', () => {
    const entry = (id: string) => ({ id, at: new Date().toISOString(), keyId: null, role: null, actingFor: null, purpose: 'test', operation: 'test', variablesHash: null, outcome: 'OK' });
    const confirming = <T>(work: () => Promise<T>) => withOperation({ operation: 'request', confirmsReadsAtLog: true }, work);

    it('is not refuted by its own write: a mutation\'s entry, written before it runs, makes its reads current', async () => {
      const dir = await tempDir();
      const server = await MemoryStore.open(dir);
      await server.loadSeed(await loadSeed());
      await confirming(async () => {
        expect(await server.appendAccessLog(entry('pending'))).toEqual({ readsCurrent: true });
        await server.catalogue();
        await server.saveScenario({ id: 's', name: 's', owner: 'GM0014', baseline: {}, variant: {}, createdAt: 'x', updatedAt: 'x' });
        expect(await server.appendAccessLog(entry('pending'))).toEqual({ readsCurrent: true });
      });
    });
  });

  it('refuses a damaged data file with a message naming it', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'graph.json'), '{ not json');
    await expect(MemoryStore.open(dir)).rejects.toThrow(/graph\.json is not valid JSON/);
  });
});
