import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/seed/load.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { assertNeo4jAvailable, freshNeo4jStore, IN_CI, neo4jSkipReason, testNeo4jConfig } from '../helpers/neo4j.js';
import { describeStoreContract, reseeded } from './store-contract.js';

if (IN_CI) {
  it('has a Neo4j to test against (required under CI)', () => {
    assertNeo4jAvailable();
  });
}

describe.skipIf(neo4jSkipReason !== null)('neo4j', () => {
  // Another API instance on the same Neo4j: a second store on its own driver.
  describeStoreContract('neo4j', freshNeo4jStore, () => Neo4jStore.open(testNeo4jConfig()));

  it('reads the whole catalogue in one Cypher statement', async () => {
    const store = await freshNeo4jStore();
    try {
      await store.loadSeed(await loadSeed());
      const before = store.executor.statements;
      await store.catalogue();
      expect(store.executor.statements - before).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('rolls a failed load back completely', async () => {
    const store = await freshNeo4jStore();
    try {
      const seed = await loadSeed();
      await store.loadSeed(seed);
      const before = { catalogue: await store.catalogue(), counts: await store.counts() };
      const broken = structuredClone(seed.graph);
      broken.facilities[0]!.name = 'half-written';
      // Neo4j refuses a map as a property value: the write fails after the facility was already merged.
      (broken.norms.at(-1) as unknown as { title: unknown }).title = { not: 'storable' };
      await expect(store.loadSeed(reseeded(broken))).rejects.toThrow();
      expect(await store.catalogue()).toEqual(before.catalogue);
      expect(await store.counts()).toEqual(before.counts);
    } finally {
      await store.close();
    }
  });
});
