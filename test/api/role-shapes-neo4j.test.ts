// The role check over random query shapes on Neo4j: 50 shapes, with the 450 of the embedded store 500 per CI run
// (fewer here: every request is several round trips; HARMONIE_ROLE_SHAPES_NEO4J_RUNS raises it).
import { it } from 'vitest';
import { loadSeed } from '../../src/seed/load.js';
import { assertNeo4jAvailable, freshNeo4jStore, IN_CI, neo4jSkipReason } from '../helpers/neo4j.js';
import { describeRoleShapes } from './role-shapes.js';

if (IN_CI) {
  it('has a Neo4j for the role shapes (required under CI)', () => {
    assertNeo4jAvailable();
  });
}

if (neo4jSkipReason === null) {
  describeRoleShapes({
    label: 'Neo4j',
    runs: Number(process.env.HARMONIE_ROLE_SHAPES_NEO4J_RUNS ?? 50),
    open: async () => {
      const store = await freshNeo4jStore();
      await store.loadSeed(await loadSeed());
      return { store, cleanup: async () => undefined };
    },
  });
} else {
  it.skip(neo4jSkipReason, () => undefined);
}
