// Access to the disposable Neo4j the tests may wipe: HARMONIE_TEST_NEO4J_URI, required under CI=true.
import type { Neo4jConfig } from '../../src/config.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';

export const TEST_NEO4J_URI = process.env.HARMONIE_TEST_NEO4J_URI?.trim() || undefined;
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/**
 * Why the Neo4j suites cannot run, or null when they can. Under CI a missing Neo4j is a failure, never a skip:
 * the suites call `assertNeo4jAvailable` so the run goes red.
 */
export const neo4jSkipReason: string | null = TEST_NEO4J_URI
  ? null
  : IN_CI
    ? null
    : 'HARMONIE_TEST_NEO4J_URI is not set: the Neo4j suites are skipped (start one with `npm run neo4j:start`)';

export function assertNeo4jAvailable(): void {
  if (!TEST_NEO4J_URI) {
    throw new Error('CI=true but HARMONIE_TEST_NEO4J_URI is not set: the Neo4j suites must run in CI');
  }
}

export function testNeo4jConfig(): Neo4jConfig {
  assertNeo4jAvailable();
  return { uri: TEST_NEO4J_URI!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE ?? 'neo4j' };
}

/** A Neo4j store over an emptied test database. Never point HARMONIE_TEST_NEO4J_URI at data you keep. */
export async function freshNeo4jStore(): Promise<Neo4jStore> {
  const store = await Neo4jStore.open(testNeo4jConfig());
  await store.executor.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  return store;
}
