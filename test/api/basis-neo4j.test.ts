import { describe } from 'vitest';
import { loadSeed } from '../../src/seed/load.js';
import { freshNeo4jStore, neo4jSkipReason } from '../helpers/neo4j.js';
import { describeBasis } from './basis-suite.js';

describe.skipIf(neo4jSkipReason !== null)('neo4j', () => {
  describeBasis('Neo4j', async () => {
    const store = await freshNeo4jStore();
    await store.loadSeed(await loadSeed());
    return { store, cleanup: async () => undefined };
  });
});
