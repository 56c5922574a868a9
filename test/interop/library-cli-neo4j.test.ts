import { describe } from 'vitest';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { freshNeo4jStore, neo4jSkipReason, TEST_NEO4J_URI, testNeo4jConfig } from '../helpers/neo4j.js';
import { describeLibraryCli } from './library-cli-suite.js';

describe.skipIf(neo4jSkipReason !== null)('neo4j', () => {
  describeLibraryCli('Neo4j', async () => {
    await (await freshNeo4jStore()).close();
    return { env: { NEO4J_URI: TEST_NEO4J_URI, GRAPH_STORE: undefined }, open: async () => Neo4jStore.create(testNeo4jConfig()) };
  });
});
