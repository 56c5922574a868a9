// The schema of the Neo4j store: uniqueness constraints (which also index the keys) and the indexes paging and the
// access log need, created when missing; constraints of an earlier layout that would refuse valid data, dropped.
import type { GraphLayout } from '../graph-layout.js';
import type { Neo4jExecutor } from './executor.js';
import { ident } from './cypher.js';

/** Constraints earlier versions of the layout created and this one must not keep. */
const OBSOLETE_CONSTRAINTS = ['LegalForm_code'];

/** Creates what is missing of the schema for `layout`; idempotent, every statement in a transaction of its own. */
export async function ensureSchema(executor: Neo4jExecutor, layout: GraphLayout): Promise<void> {
  const statements = [
    ...layout.nodes.map(
      (n) => `CREATE CONSTRAINT ${ident(`${n.label}_${n.key}`)} IF NOT EXISTS FOR (x:${ident(n.label)}) REQUIRE x.${ident(n.key)} IS UNIQUE`,
    ),
    'CREATE CONSTRAINT SeedInfo_id IF NOT EXISTS FOR (x:SeedInfo) REQUIRE x.id IS UNIQUE',
    'CREATE CONSTRAINT GraphVersion_id IF NOT EXISTS FOR (x:GraphVersion) REQUIRE x.id IS UNIQUE',
    'CREATE CONSTRAINT Scenario_id IF NOT EXISTS FOR (x:Scenario) REQUIRE x.id IS UNIQUE',
    'CREATE INDEX Scenario_owner_name IF NOT EXISTS FOR (x:Scenario) ON (x.owner, x.name)',
    'CREATE CONSTRAINT ApiKey_id IF NOT EXISTS FOR (x:ApiKey) REQUIRE x.id IS UNIQUE',
    'CREATE CONSTRAINT AccessLog_id IF NOT EXISTS FOR (x:AccessLog) REQUIRE x.id IS UNIQUE',
    'CREATE INDEX AccessLog_at IF NOT EXISTS FOR (x:AccessLog) ON (x.at)',
    'CREATE INDEX Municipality_name IF NOT EXISTS FOR (x:Municipality) ON (x.name)',
    'CREATE INDEX Collaboration_name IF NOT EXISTS FOR (x:Collaboration) ON (x.name)',
  ];
  // Only what is missing is created (every start of the API or the CLI opens the store); schema changes cannot share a
  // transaction with data writes, so each runs on its own.
  const existing = new Set(
    (await executor.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name', {}, { operation: 'ensureSchema' })).map((r) => r.name),
  );
  // Constraints of an earlier layout that would now refuse valid data (legal forms were unique by code before they
  // got versions, issue 10).
  for (const obsolete of OBSOLETE_CONSTRAINTS) {
    if (existing.has(obsolete)) await executor.write((tx) => tx.run(`DROP CONSTRAINT ${ident(obsolete)} IF EXISTS`), { operation: 'ensureSchema' });
  }
  for (const statement of statements) {
    const name = /^CREATE (?:CONSTRAINT|INDEX) (\w+) /.exec(statement)?.[1];
    if (name !== undefined && existing.has(name)) continue;
    await executor.write((tx) => tx.run(statement), { operation: 'ensureSchema' });
  }
}
