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
import { benchE2e, PROCESS_WARMUP, WARMUP, type E2eRow } from './e2e.js';
import { benchCatalogue, type CatalogueRow } from './catalogue.js';
import { benchLoad, type LoadRow } from './load.js';
import { benchNational, nationalDataAvailable, type NationalRow } from './national.js';
import { benchStart } from './start.js';
import { formatWarm, warmStores } from './warm.js';
import { ms } from './stats.js';

const SIZES = [2, 10, 50, 200];
const RUNS = 100;
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

function table(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

const RATIO_TARGET = 1.5;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function formatE2e(rows: E2eRow[]): string {
  const head = ['store', 'members', 'bare load p50/p95 ms', 'solve p50/p95 ms', 'log append p50 ms', 'version read p50 ms', 'serialisation floor p50 ms', 'answer KB', 'GraphQL p50/p95 ms', 'GraphQL ÷ (load+solve+log+floor)', 'optimal', 'total cost €'];
  return table(head, rows.map((r) => [
    r.store,
    String(r.members),
    `${ms(r.bareLoad.p50)} / ${ms(r.bareLoad.p95)}`,
    `${ms(r.solve.p50)} / ${ms(r.solve.p95)}`,
    ms(r.logWrite.p50),
    r.versionRead ? ms(r.versionRead.p50) : '–',
    ms(r.floor.p50),
    (r.bytes / 1024).toFixed(1),
    `${ms(r.graphql.p50)} / ${ms(r.graphql.p95)}`,
    `${r.ratio.toFixed(2)}× ${mark(r.ratio <= RATIO_TARGET)}`,
    String(r.optimal),
    r.totalCost.toLocaleString('en-US'),
  ]));
}

function formatCatalogue(rows: CatalogueRow[]): string {
  return table(['server', 'p50 / p95 ms', 'answer KB'], rows.map((r) => [r.label, r.graphql ? `${ms(r.graphql.p50)} / ${ms(r.graphql.p95)}` : `not measured: ${r.missing ?? ''}`, r.graphql ? (r.bytes / 1024).toFixed(1) : '–']));
}

/** Every target of the brief, from the figures of this run, side by side. */
function formatTargets(e2e: E2eRow[], catalogue: CatalogueRow[], load: LoadRow[]): string {
  const rows: string[][] = [];
  const of = (store: string, n: number) => e2e.find((r) => r.store === store && r.members === n);
  for (const n of SIZES) {
    const m = of('memory', n);
    const g = of('neo4j', n);
    if (m && g) {
      const ratio = g.graphql.p50 / m.graphql.p50;
      rows.push([`minimalJointAudit ${n} members: Neo4j ÷ embedded GraphQL p50`, `${ms(g.graphql.p50)} ÷ ${ms(m.graphql.p50)} ms = ${ratio.toFixed(2)}×`, '≤ 1.5×', mark(ratio <= RATIO_TARGET)]);
    }
  }
  const cat = (prefix: string) => catalogue.find((r) => r.label.startsWith(prefix));
  const cm = cat('Harmonie, memory');
  const cn = cat('Harmonie, neo4j');
  const peer = cat('@neo4j/graphql');
  if (cm?.graphql && cn?.graphql) {
    const ratio = cn.graphql.p50 / cm.graphql.p50;
    rows.push(['nested catalogue query: Neo4j ÷ embedded GraphQL p50', `${ms(cn.graphql.p50)} ÷ ${ms(cm.graphql.p50)} ms = ${ratio.toFixed(2)}×`, '≤ 1.5×', mark(ratio <= RATIO_TARGET)]);
  }
  if (cn?.graphql && peer) {
    rows.push(peer.graphql
      ? ['nested catalogue query on Neo4j: Harmonie p50 vs @neo4j/graphql p50', `${ms(cn.graphql.p50)} vs ${ms(peer.graphql.p50)} ms`, 'Harmonie ≤ peer', mark(cn.graphql.p50 <= peer.graphql.p50)]
      : ['nested catalogue query on Neo4j: Harmonie p50 vs @neo4j/graphql p50', `peer not measured: ${peer.missing ?? ''}`, 'Harmonie ≤ peer', 'n/a']);
  }
  const le = load.find((r) => r.store === 'embedded');
  const ln = load.find((r) => r.store === 'Neo4j');
  if (le && ln) {
    const ratio = ln.throughput / le.throughput;
    rows.push(['load mix: Neo4j ÷ embedded throughput', `${ln.throughput.toFixed(1)} ÷ ${le.throughput.toFixed(1)} req/s = ${ratio.toFixed(2)}×`, '≥ 0.6×', mark(ratio >= 0.6)]);
  }
  for (const r of load) {
    const failures = r.non2xx + r.errors + r.timeouts + r.graphqlErrors;
    rows.push([`load mix, ${r.store}: errors (non-2xx, socket, timeouts, GraphQL)`, String(failures), '0', mark(failures === 0)]);
    rows.push([`load mix, ${r.store}: p99`, `${ms(r.p99)} ms`, 'reported', '–']);
    const growth = (r.after.rss - r.before.rss) / r.before.rss;
    rows.push([`load mix, ${r.store}: RSS growth after warm-up`, `${(growth * 100).toFixed(1)} %`, '≤ 10 %', mark(growth <= 0.1)]);
  }
  for (const r of e2e) {
    rows.push([`GraphQL ÷ (load + solve + log append + floor), ${r.store}, ${r.members} members`, `${ms(r.graphql.p50)} ÷ (${ms(r.bareLoad.p50)} + ${ms(r.solve.p50)} + ${ms(r.logWrite.p50)} + ${ms(r.floor.p50)}) = ${r.ratio.toFixed(2)}×`, '≤ 1.5×', mark(r.ratio <= RATIO_TARGET)]);
  }
  return table(['target', 'measured', 'target', 'met'], rows);
}

async function main(): Promise<void> {
  console.log(`Harmonie bench — ${new Date().toISOString()}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);

  console.log('## minimalJointAudit solver on synthetic collaborations (warm process)\n');
  console.log(formatRows(await benchAudit()));

  const dir = await mkdtemp(path.join(tmpdir(), 'harmonie-bench-'));
  const memory = await MemoryStore.open(dir);
  const memorySeed = await seedInto(memory);

  const externalUri = process.env.HARMONIE_BENCH_NEO4J_URI;
  const neo4jUri = externalUri ?? `bolt://127.0.0.1:${BENCH_PORT}`;
  let neo4j: Neo4jStore | null = null;
  let neo4jSeed = NaN;
  try {
    if (!externalUri) neo4jScript('start');
    neo4j = await Neo4jStore.open({ uri: neo4jUri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE ?? 'neo4j' });
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

  const stores: Array<{ label: string; store: GraphStore }> = [{ label: 'memory', store: memory }, ...(neo4j ? [{ label: 'neo4j', store: neo4j }] : [])];
  console.log(`\n## Store warm-up before anything below is timed (a server in use runs warm; a Neo4j just started does not)\n`);
  console.log(formatWarm(await warmStores(stores)));
  console.log(`\n## minimalJointAudit end to end over GraphQL, all 8 facilities, light arrangement, ${RUNS} runs after ${WARMUP} warm-up requests per size, stores and floor taking turns\n`);
  const { rows, warmup } = await benchE2e(stores, SIZES, RUNS);
  console.log(`Process warm-up at ${SIZES[0]} members before this table: ${warmup.turns} turns (≥ ${PROCESS_WARMUP}, then until each store's GraphQL p50 over ${warmup.round} turns is within 5 % of the ${warmup.round} before) in ${warmup.seconds.toFixed(1)} s; GraphQL p50 first → last round: ${warmup.rounds.map((r) => `${r.store} ${ms(r.first)} → ${ms(r.last)} ms`).join(', ')}.\n`);
  console.log(formatE2e(rows));

  console.log(`\n## Nested catalogue query (facilities → requirements → framework → norms), ${RUNS} runs after ${WARMUP} warm-up, servers taking turns\n`);
  const catalogueRows = await benchCatalogue(stores, neo4j ? neo4jUri : null, RUNS);
  console.log(formatCatalogue(catalogueRows));

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
  console.log('\n## Load: autocannon on loopback, authentication on, embedded store and Neo4j side by side\n');
  const load = await benchLoad();
  console.log(load.text);

  console.log('\n## Targets, all from this run\n');
  console.log(formatTargets(rows, catalogueRows, load.rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
