// Opens the store the configuration names; the embedded one seeds itself from graph-seed/ when empty or outdated.
import type { Config } from '../config.js';
import { loadSeed } from '../seed/load.js';
import { MemoryStore } from './memory/memory-store.js';
import { Neo4jStore } from './neo4j/neo4j-store.js';
import type { GraphStore } from './port.js';

export async function openStore(config: Pick<Config, 'store' | 'dataDir' | 'neo4j'>): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    if (!config.neo4j) throw new Error('NEO4J_URI is required for the neo4j store');
    return Neo4jStore.open(config.neo4j);
  }
  return MemoryStore.open(config.dataDir);
}

/**
 * The zero-setup path: an embedded store that is empty, or holds an older seed than the one shipped,
 * is (re)seeded. Returns what was done so the start message can say it.
 */
export async function ensureEmbeddedSeed(store: GraphStore, seedDir?: string): Promise<'seeded' | 'current'> {
  if (store.kind !== 'memory') return 'current';
  const seed = await loadSeed(seedDir);
  const status = await store.seedStatus();
  if (status.hash === seed.hash) return 'current';
  await store.loadSeed(seed);
  return 'seeded';
}
