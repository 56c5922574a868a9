// A write that fails at the last step (the rename over the data file) leaves the disk and the store as they were.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadSeed } from '../../src/seed/load.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { reseeded } from './store-contract.js';

const fault = vi.hoisted(() => ({ failNextRename: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    rename: async (from: string, to: string) => {
      if (fault.failNextRename) {
        fault.failNextRename = false;
        throw Object.assign(new Error(`ENOSPC: no space left on device, rename '${from}' -> '${to}'`), { code: 'ENOSPC' });
      }
      return fs.rename(from, to);
    },
  };
});

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('memory store, a write that fails', () => {
  it('leaves the data file on disk byte for byte, no temporary file, and the store unchanged', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'harmonie-memory-'));
    dirs.push(dir);
    const seed = await loadSeed();
    const store = await MemoryStore.open(dir);
    await store.loadSeed(seed);
    const file = path.join(dir, 'graph.json');
    const before = await readFile(file, 'utf8');
    expect(before.length).toBeGreaterThan(0);

    const changed = structuredClone(seed.graph);
    changed.facilities[0]!.name = 'changed';
    fault.failNextRename = true;
    await expect(store.loadSeed(reseeded(changed))).rejects.toThrow(/ENOSPC/);
    expect(fault.failNextRename).toBe(false); // the fault was reached: the write got as far as the rename

    expect(await readFile(file, 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const original = seed.graph.facilities[0]!;
    const nameIn = async (s: MemoryStore) => (await s.catalogue()).facilities.find((f) => f.code === original.code)?.name;
    expect(await nameIn(store)).toBe(original.name);
    expect(await nameIn(await MemoryStore.open(dir))).toBe(original.name);
  });
});
