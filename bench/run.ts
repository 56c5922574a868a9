// `npm run bench`: every figure measured in this one run on this machine, printed side by side.
// Neo4j: HARMONIE_BENCH_NEO4J_URI (a disposable database; it is emptied and seeded), else a bench instance started here.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSeed } from '../src/seed/load.js';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { MemoryStore } from '../src/store/memory/memory-store.js';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.js';
import type { GraphStore } from '../src/store/port.js';
import { benchAudit, formatRows } from './audit.js';
import { benchE2e, WARMUP, type E2eRow } from './e2e.js';
import { benchLoad } from './load.js';
import { benchNational, nationalDataAvailable, type NationalRow } from './national.js';
import { benchStart } from './start.js';
import { ms } from './stats.js';

const SIZES = [2, 10, 50, 200];
const RUNS = 30;
const BENCH_PORT = process.env.HARMONIE_BENCH_BOLT_PORT ?? '7698';

function neo4jScript(command: 'start' | 'stop'): void {
  execFileSync('bash', [path.join(PACKAGE_ROOT, 'tools/neo4j/neo4j.sh'), command], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, HARMONIE_NEO4J_DIR: path.join(PACKAGE_ROOT, '.neo4j-bench'), NEO4J_BOLT_PORT: BENCH_PORT },
  });
}

async function seedInto(store: GraphStore): Promise<number> {
  const seed = await loadSeed();
  const t0 = performance.now();
  await store.loadSeed(seed);
  return performance.now() - t0;
}

function formatE2e(rows: E2eRow[]): string {
  const head = ['store', 'members', 'bare load p50/p95 ms', 'solve p50/p95 ms', 'log append p50 ms', 'GraphQL p50/p95 ms', 'GraphQL − (load+solve) ms', 'GraphQL ÷ (load+solve)', 'optimal', 'total cost €'];
  const body = rows.map((r) => [
    r.store,
    String(r.members),
    `${ms(r.bareLoad.p50)} / ${ms(r.bareLoad.p95)}`,
    `${ms(r.solve.p50)} / ${ms(r.solve.p95)}`,
    ms(r.logWrite.p50),
    `${ms(r.graphql.p50)} / ${ms(r.graphql.p95)}`,
    ms(r.graphql.p50 - r.bareLoad.p50 - r.solve.p50),
    `${r.ratio.toFixed(2)}× (target ≤ 1.5×)`,
    String(r.optimal),
    r.totalCost.toLocaleString('en-US'),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  console.log(`Harmonie bench — ${new Date().toISOString()}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);

  console.log('## minimalJointAudit solver on synthetic collaborations (warm process)\n');
  console.log(formatRows(await benchAudit()));

  const dir = await mkdtemp(path.join(tmpdir(), 'harmonie-bench-'));
  const memory = await MemoryStore.open(dir);
  const memorySeed = await seedInto(memory);

  const externalUri = process.env.HARMONIE_BENCH_NEO4J_URI;
  let neo4j: Neo4jStore | null = null;
  let neo4jSeed = NaN;
  try {
    if (!externalUri) neo4jScript('start');
    neo4j = Neo4jStore.create({ uri: externalUri ?? `bolt://127.0.0.1:${BENCH_PORT}`, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE ?? 'neo4j' });
    await neo4j.executor.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    neo4jSeed = await seedInto(neo4j);
  } catch (error) {
    console.error(`\nNeo4j unavailable, its rows are missing: ${(error as Error).message}`);
    neo4j = null;
  }

  console.log('\n## Start time of the service: compiled (what `npm start` runs) beside the sources through tsx, taking turns\n');
  console.log(await benchStart());

  console.log(`\n## Seed load (graph-seed → store, one transaction)\n`);
  console.log(`memory: ${ms(memorySeed)} ms · neo4j: ${Number.isNaN(neo4jSeed) ? 'n/a' : `${ms(neo4jSeed)} ms`}`);
  if (neo4j) {
    const c = await neo4j.counts();
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    console.log(`neo4j graph: ${sum(c.nodes)} nodes, ${sum(c.relationships)} relationships`);
  }

  console.log(`\n## minimalJointAudit end to end over GraphQL, all 8 facilities, light arrangement, ${RUNS} runs after ${WARMUP} warm-up requests per size\n`);
  const rows = await benchE2e(memory, 'memory', SIZES, RUNS);
  if (neo4j) rows.push(...(await benchE2e(neo4j, 'neo4j', SIZES, RUNS)));
  console.log(formatE2e(rows));

  console.log('\n## nationalImpact over the imported national data set (OpenGR + regioatlas ISD + veiligheidsregio\'s), target < 30 s\n');
  if (!nationalDataAvailable()) {
    console.log('(../shared/data is not here: skipped)');
  } else {
    const national: NationalRow[] = await benchNational(memory, 'memory');
    if (neo4j) national.push(...(await benchNational(neo4j, 'neo4j')));
    const eur = (v: number) => `€${Math.round(v).toLocaleString('en-US')}`;
    console.log('| store | policy | import (3 files) ms | nationalImpact ms | collaborations analysed / all | obligations | baseline | optimal | savings | optimal proven |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const r of national) {
      const t = r.totals;
      console.log(`| ${r.store} | ${r.policy} | ${ms(r.importMs)} | ${ms(r.impactMs)} | ${t.analysed} / ${t.collaborations} | ${t.obligations} | ${eur(t.baselineCost)} | ${eur(t.totalCost)} | ${eur(t.savings)} | ${t.optimal} |`);
    }
  }

  await memory.close();
  await rm(dir, { recursive: true, force: true });
  if (neo4j) await neo4j.close();
  if (!externalUri && neo4j) neo4jScript('stop');
  console.log('\n## Load: autocannon on loopback, authentication on, embedded store and Neo4j side by side\n'); console.log(await benchLoad());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
