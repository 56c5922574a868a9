import { describe } from 'vitest';
import { freshNeo4jStore, neo4jSkipReason, TEST_NEO4J_URI } from '../helpers/neo4j.js';
import { describeFactsCli } from './facts-suite.js';

describe.skipIf(neo4jSkipReason !== null)('neo4j', () => {
  describeFactsCli('Neo4j', async () => {
    await (await freshNeo4jStore()).close();
    return { env: { NEO4J_URI: TEST_NEO4J_URI, GRAPH_STORE: undefined } };
  });
});
