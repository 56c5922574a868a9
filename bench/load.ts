// Load test over loopback with autocannon: the API with authentication on, on the embedded store and on Neo4j, a mix of
// catalogue queries, minimalJointAudit, compareScenarios, scenarios and (when the schema has it) the report, every
// request authenticated with X-Acting-For and X-Purpose. Measures throughput, latency, errors, memory after a warm-up,
// and checks the access log holds one entry per request sent.
//
// The API runs in a child process (this file, forked with HARMONIE_LOAD_CHILD): autocannon and the server do not share
// an event loop, and the memory figures are the server's alone. `npx tsx bench/load.ts` runs this bench by itself.
//   HARMONIE_LOAD_SECONDS (60), HARMONIE_LOAD_CONNECTIONS (50), HARMONIE_LOAD_WARMUP_SECONDS (10),
//   HARMONIE_LOAD_WARMUP_REQUESTS (1000: the warm-up goes on until this many requests were answered),
//   HARMONIE_LOAD_STORES (memory,neo4j), HARMONIE_BENCH_NEO4J_URI / HARMONIE_BENCH_BOLT_PORT as in bench/run.ts.
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { z } from 'zod';
import { schema, startServer } from '../src/api/server.js';
import { createKey } from '../src/app/keys.js';
import { createLogger } from '../src/log.js';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { loadSeed } from '../src/seed/load.js';
import { MemoryStore } from '../src/store/memory/memory-store.js';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.js';
import type { GraphStore } from '../src/store/port.js';

const ORG = '00000001001234567000';
const BENCH_PORT = process.env.HARMONIE_BENCH_BOLT_PORT ?? '7698';
const THIS_FILE = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------------------------------------------------------
// Messages between the bench and the server child, checked on arrival.

const ChildConfig = z.object({ store: z.enum(['memory', 'neo4j']), dataDir: z.string().nullable(), uri: z.string().nullable() });
type ChildConfig = z.infer<typeof ChildConfig>;

const Ready = z.object({
  type: z.literal('ready'),
  port: z.number(),
  analyst: z.string(),
  advisor: z.string(),
  members: z.array(z.string()),
  facilities: z.array(z.string()),
});
const Memory = z.object({ type: z.literal('memory'), rss: z.number(), heapUsed: z.number(), heapTotal: z.number(), external: z.number(), arrayBuffers: z.number(), gc: z.boolean(), unexpectedErrors: z.number() });
const Count = z.object({ type: z.literal('count'), count: z.number(), method: z.string() });
const Failed = z.object({ type: z.literal('failed'), message: z.string() });
const FromChild = z.discriminatedUnion('type', [Ready, Memory, Count, Failed]);
type FromChild = z.infer<typeof FromChild>;

const ToChild = z.discriminatedUnion('type', [
  z.object({ type: z.literal('memory') }),
  z.object({ type: z.literal('count'), from: z.string(), to: z.string() }),
  z.object({ type: z.literal('stop') }),
]);
type ToChild = z.infer<typeof ToChild>;

// ---------------------------------------------------------------------------------------------------------------
// The child: the API over one store, answering the bench's questions about memory and the access log.

async function runChild(config: ChildConfig): Promise<void> {
  const send = (m: FromChild) => process.send?.(m);
  let unexpectedErrors = 0;
  let store: GraphStore;
  if (config.store === 'memory') {
    store = await MemoryStore.open(config.dataDir);
    await store.loadSeed(await loadSeed());
  } else {
    const neo4j = await Neo4jStore.open({ uri: config.uri ?? '', user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE ?? 'neo4j' });
    // A disposable bench database, as in bench/run.ts: emptied and seeded.
    await neo4j.executor.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    await neo4j.loadSeed(await loadSeed());
    store = neo4j;
  }
  const analyst = (await createKey(store, { role: 'ANALYST', organisation: ORG, name: 'load bench analyst' })).token;
  const advisor = (await createKey(store, { role: 'ADVISOR', organisation: ORG, name: 'load bench advisor' })).token;
  const members = (await store.municipalities({ search: null, first: 10, after: null })).items.map((i) => i.node.id);
  const facilities = (await store.catalogue()).facilities.map((f) => f.code);
  const now = new Date().toISOString();
  const baseline = { members, legalForm: 'REGELING_ZONDER_MEER', facilities };
  await store.saveScenario({ id: randomUUID(), name: 'load bench', owner: ORG, baseline, variant: { ...baseline, legalForm: 'OPENBAAR_LICHAAM' }, createdAt: now, updatedAt: now });
  const server = await startServer({
    store,
    host: '127.0.0.1',
    port: 0,
    // Every error the server logs (an unexpected error, an access log that cannot be written) is one line at level error.
    logger: createLogger({
      level: 'error',
      destination: {
        write: () => {
          unexpectedErrors += 1;
        },
      },
    }),
    access: { enabled: true, ratePerMinute: 1_000_000_000 },
  });

  process.on('message', (raw: unknown) => {
    void (async () => {
      const parsed = ToChild.safeParse(raw);
      if (!parsed.success) return;
      const message: ToChild = parsed.data;
      try {
        if (message.type === 'memory') {
          const gc = globalThis.gc;
          if (gc) {
            gc();
            gc();
          }
          const m = await settledMemory();
          send({ type: 'memory', rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers, gc: gc !== undefined, unexpectedErrors });
        } else if (message.type === 'count') {
          send(await countAccessLog(store, message.from, message.to));
        } else {
          await server.stop();
          await store.close();
          process.exit(0);
        }
      } catch (error) {
        send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
  send({ type: 'ready', port: server.port, analyst, advisor, members, facilities });
}

/** Entries whose arrival time lies in [from, to), through the store's accessLog; on Neo4j a direct count if that fails. */
async function countAccessLog(store: GraphStore, from: string, to: string): Promise<z.infer<typeof Count>> {
  try {
    const page = await store.accessLog({ organisation: null, from, to, first: 1, after: null });
    return { type: 'count', count: page.totalCount, method: 'store.accessLog' };
  } catch (error) {
    if (!(store instanceof Neo4jStore)) throw error;
    const [row] = await store.executor.read<{ n: number }>('MATCH (e:AccessLog) WHERE e.at >= $from AND e.at < $to RETURN count(e) AS n', { from, to });
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { type: 'count', count: row?.n ?? 0, method: `Cypher count (store.accessLog failed: ${why})` };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The bench.

interface ServerChild {
  process: ChildProcess;
  ready: z.infer<typeof Ready>;
  ask(message: ToChild): Promise<FromChild>;
}

async function spawnServer(config: ChildConfig): Promise<ServerChild> {
  const child = fork(THIS_FILE, [], {
    cwd: PACKAGE_ROOT,
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, HARMONIE_LOAD_CHILD: JSON.stringify(config) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting: Array<(m: FromChild) => void> = [];
  let ready: z.infer<typeof Ready> | undefined;
  const started = new Promise<z.infer<typeof Ready>>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the ${config.store} server exited (${code}) before it was ready`)));
    child.on('message', (raw: unknown) => {
      const parsed = FromChild.safeParse(raw);
      if (!parsed.success) return;
      if (parsed.data.type === 'ready') {
        ready = parsed.data;
        resolve(parsed.data);
      } else {
        waiting.shift()?.(parsed.data);
      }
    });
  });
  await started;
  if (!ready) throw new Error('no ready message');
  return {
    process: child,
    ready,
    // One question at a time: answers come back in order.
    ask: (message) =>
      new Promise((resolve) => {
        waiting.push(resolve);
        child.send(message);
      }),
  };
}

interface MemoryFigures {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  gc: boolean;
  unexpectedErrors: number;
}

async function memoryOf(child: ServerChild): Promise<MemoryFigures> {
  const m = await child.ask({ type: 'memory' });
  if (m.type !== 'memory') throw new Error(`memory: ${m.type === 'failed' ? m.message : m.type}`);
  return m;
}

export interface LoadRow {
  store: string;
  seconds: number;
  connections: number;
  sent: number;
  completed: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  graphqlErrors: number;
  before: MemoryFigures;
  after: MemoryFigures;
  accessLog: number;
  accessLogMethod: string;
  mix: string[];
}

/** A nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

function hasReportField(): boolean {
  const field = schema.getQueryType()?.getFields().harmonisationReport;
  return Boolean(field?.args.some((a) => a.name === 'input'));
}

/** The request mix, every one authenticated for ORG with a purpose; the report only when the schema has it. */
function requestMix(ready: z.infer<typeof Ready>): { requests: Array<autocannon.Request & { name: string }>; notes: string[] } {
  const headers = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-acting-for': ORG, 'x-purpose': 'load bench' });
  const input = { members: ready.members, legalForm: 'REGELING_ZONDER_MEER', facilities: ready.facilities };
  const post = (name: string, token: string, query: string, variables?: Record<string, unknown>) => ({ name, method: 'POST' as const, path: '/graphql', headers: headers(token), body: JSON.stringify({ query, variables }) });
  const requests = [
    post('catalogue', ready.analyst, '{ facilities { code name connectionRequirements { id kind key } auditRequirements { id cycleMonths normFramework { id } } } legalForms { code } costModel { evidence fixedCost } }'),
    post('collaborations', ready.analyst, '{ collaborations(first: 20) { totalCount edges { node { id name legalForm { code } members { id } } } } }'),
    post(`minimalJointAudit (${ready.members.length} members, ${ready.facilities.length} facilities)`, ready.analyst, 'query($i: AnalysisInput!) { minimalJointAudit(input: $i) { optimal totalCost baselineCost savings engagements { id cost subjects { id } } obligations { engagement subject { id } requirement { id } } solver { status } } }', { i: input }),
    post('compareScenarios', ready.analyst, 'query($b: AnalysisInput!, $v: AnalysisInput!) { compareScenarios(baseline: $b, scenario: $v) { inputChanges { dimension } delta { totalCost oins } differences { aspect delta causes } } }', {
      b: input,
      v: { ...input, legalForm: 'OPENBAAR_LICHAAM', policy: { auditRequirements: [{ id: 'digid-assessment', jointAllowed: true }] } },
    }),
    post('scenarios (ADVISOR)', ready.advisor, '{ scenarios(first: 10) { totalCount edges { node { id name } } } }'),
  ];
  const notes: string[] = [];
  if (hasReportField()) {
    requests.push(post('harmonisationReport (MARKDOWN)', ready.analyst, 'query($i: AnalysisInput) { harmonisationReport(input: $i) { mediaType filename content } }', { i: input }));
  } else {
    notes.push('harmonisationReport is not in src/api/schema.graphql: left out of the mix');
  }
  return { requests, notes };
}

function cannon(options: autocannon.Options, onLatency: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)));
    instance.on('response', (_client, _status, _bytes, responseTime) => onLatency(responseTime));
  });
}

async function loadOne(config: ChildConfig, label: string, seconds: number, connections: number, warmup: number): Promise<{ row: LoadRow; notes: string[] }> {
  const child = await spawnServer(config);
  try {
    const { requests, notes } = requestMix(child.ready);
    let graphqlErrors = 0;
    const withCheck = requests.map(({ name: _name, ...r }) => ({
      ...r,
      // A 200 can still carry GraphQL errors: count them (a cheap look at the body, no parse).
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) graphqlErrors += 1;
      },
    }));
    const base = { url: `http://127.0.0.1:${child.ready.port}`, connections, timeout: 30, requests: withCheck };

    // Warm-up: the seconds asked, and at least as many requests as asked, so a slower store is not measured while it
    // is still filling its caches, compiled code and connection pool (that would read as memory growth).
    const warm = await cannon({ ...base, duration: warmup }, () => undefined);
    const more = warmupRequests() - warm.requests.total;
    if (more > 0) await cannon({ ...base, amount: more }, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    graphqlErrors = 0;
    const before = await memoryOf(child);

    const latencies: number[] = [];
    const from = new Date().toISOString();
    const result = await cannon({ ...base, duration: seconds }, (ms) => latencies.push(ms));
    const end = new Date();
    // Requests still queued in the server when autocannon stopped arrive (and are logged) a little later.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const to = new Date().toISOString();
    const after = await memoryOf(child);
    const counted = await child.ask({ type: 'count', from, to });
    if (counted.type !== 'count') throw new Error(`access log: ${counted.type === 'failed' ? counted.message : counted.type}`);
    latencies.sort((a, b) => a - b);
    const duration = (end.getTime() - new Date(from).getTime()) / 1000;
    return {
      row: {
        store: label,
        seconds,
        connections,
        sent: result.requests.sent,
        completed: result.requests.total,
        throughput: result.requests.total / duration,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        max: latencies.at(-1) ?? NaN,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        graphqlErrors,
        before,
        after,
        accessLog: counted.count,
        accessLogMethod: counted.method,
        mix: requests.map((r) => r.name),
      },
      notes,
    };
  } finally {
    // The child stops its server, closes its store and exits; it does not answer.
    await new Promise<void>((resolve) => {
      if (child.process.exitCode !== null) return resolve();
      child.process.once('exit', () => resolve());
      const stop: ToChild = { type: 'stop' };
      child.process.send(stop);
      setTimeout(() => {
        child.process.kill('SIGKILL');
        resolve();
      }, 15_000).unref();
    });
  }
}

function neo4jScript(command: 'start' | 'stop' | 'status'): boolean {
  try {
    execFileSync('bash', [path.join(PACKAGE_ROOT, 'tools/neo4j/neo4j.sh'), command], {
      stdio: ['ignore', 'ignore', command === 'status' ? 'ignore' : 'inherit'],
      env: { ...process.env, HARMONIE_NEO4J_DIR: path.join(PACKAGE_ROOT, '.neo4j-bench'), NEO4J_BOLT_PORT: BENCH_PORT },
    });
    return true;
  } catch (error) {
    if (command === 'status') return false;
    throw error;
  }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const growth = (a: number, b: number) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)} %`;
/** The target: at most 10 % growth after the warm-up (shrinking meets it). */
const target = (a: number, b: number) => ((b - a) / a <= 0.1 ? ', target ≤ +10 % ✓' : ', target ≤ +10 % ✗');
const ms = (v: number) => (Number.isNaN(v) ? 'n/a' : v < 10 ? v.toFixed(2) : v.toFixed(0));

function formatTable(rows: LoadRow[]): string {
  const cells: Array<[string, (r: LoadRow) => string]> = [
    ['duration × connections', (r) => `${r.seconds} s × ${r.connections} (after a warm-up of ${warmupSeconds()} s and ≥ ${warmupRequests()} requests)`],
    ['requests sent / completed', (r) => `${r.sent} / ${r.completed}`],
    ['throughput', (r) => `${r.throughput.toFixed(1)} req/s`],
    ['latency p50 / p95 / p99 / max', (r) => `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)} / ${ms(r.max)} ms`],
    ['non-2xx (target 0)', (r) => String(r.non2xx)],
    ['errors / timeouts (target 0)', (r) => `${r.errors} / ${r.timeouts}`],
    ['200 with GraphQL errors', (r) => String(r.graphqlErrors)],
    ['unexpected errors logged by the server', (r) => String(r.after.unexpectedErrors)],
    ['RSS after warm-up → after run', (r) => `${mb(r.before.rss)} → ${mb(r.after.rss)} (${growth(r.before.rss, r.after.rss)}${target(r.before.rss, r.after.rss)})`],
    ['heap used after warm-up → after run', (r) => `${mb(r.before.heapUsed)} → ${mb(r.after.heapUsed)} (${growth(r.before.heapUsed, r.after.heapUsed)}${target(r.before.heapUsed, r.after.heapUsed)})`],
    // Where RSS growth lives: V8's committed heap (pages it keeps after a GC), or memory outside it (native allocations).
    ['heap committed after warm-up → after run', (r) => `${mb(r.before.heapTotal)} → ${mb(r.after.heapTotal)} (${growth(r.before.heapTotal, r.after.heapTotal)})`],
    ['RSS outside the V8 heap (RSS − heap committed) after warm-up → after run', (r) => `${mb(r.before.rss - r.before.heapTotal)} → ${mb(r.after.rss - r.after.heapTotal)}`],
    ['heap growth per request sent', (r) => `${((r.after.heapUsed - r.before.heapUsed) / r.sent).toFixed(0)} B`],
    ['external (incl. array buffers) after warm-up → after run', (r) => `${mb(r.before.external)} (${mb(r.before.arrayBuffers)}) → ${mb(r.after.external)} (${mb(r.after.arrayBuffers)})`],
    ['GC before each reading', (r) => (r.before.gc ? 'forced (global.gc, --expose-gc)' : 'not available: figures include garbage')],
    ['read when', () => 'RSS is steady: two readings 50 ms apart within 1 % (freed pages given back)'],
    ['access-log entries in the run window / requests sent', (r) => `${r.accessLog} / ${r.sent}${r.accessLog === r.sent ? ' ✓' : ` ✗ (${r.accessLog - r.sent > 0 ? '+' : ''}${r.accessLog - r.sent})`}`],
    ['access log counted with', (r) => r.accessLogMethod],
  ];
  const head = ['', ...rows.map((r) => r.store)];
  const body = cells.map(([name, f]) => [name, ...rows.map(f)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/**
 * The process's memory once V8 has given back what the collection freed. V8 returns freed pages to the system on a
 * background task after the collection: read at once, RSS still holds them. On this machine, after a 40 s load run, RSS
 * read right after two forced collections was 397 MB and 412 MB, and 50 ms later 331 MB and 314 MB (heap committed
 * unchanged, and no change after that up to 2 s): a snapshot taken mid-release made the growth figure swing by ±15 %.
 * So RSS is read every 50 ms until two readings in a row are within 1 % of each other (at most 2 s).
 */
async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  let previous = process.memoryUsage();
  for (let waited = 0; waited < 2_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = process.memoryUsage();
    if (Math.abs(now.rss - previous.rss) <= 0.01 * previous.rss) return now;
    previous = now;
  }
  return previous;
}

const numberFromEnv = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const warmupSeconds = () => numberFromEnv('HARMONIE_LOAD_WARMUP_SECONDS', 10);
const warmupRequests = () => numberFromEnv('HARMONIE_LOAD_WARMUP_REQUESTS', 1000);

/** Runs the load test on each store; returns the rows and one printable table with the stores side by side. */
export async function benchLoad(): Promise<{ text: string; rows: LoadRow[] }> {
  const seconds = numberFromEnv('HARMONIE_LOAD_SECONDS', 60);
  const connections = numberFromEnv('HARMONIE_LOAD_CONNECTIONS', 50);
  const stores = (process.env.HARMONIE_LOAD_STORES ?? 'memory,neo4j').split(',').map((s) => s.trim());
  const rows: LoadRow[] = [];
  const notes: string[] = [];

  if (stores.includes('memory')) {
    const dir = await mkdtemp(path.join(tmpdir(), 'harmonie-load-'));
    try {
      const { row, notes: n } = await loadOne({ store: 'memory', dataDir: dir, uri: null }, 'embedded', seconds, connections, warmupSeconds());
      rows.push(row);
      notes.push(...n);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  if (stores.includes('neo4j')) {
    const externalUri = process.env.HARMONIE_BENCH_NEO4J_URI;
    let started = false;
    try {
      if (!externalUri && !neo4jScript('status')) {
        neo4jScript('start');
        started = true;
      }
      const { row, notes: n } = await loadOne({ store: 'neo4j', dataDir: null, uri: externalUri ?? `bolt://127.0.0.1:${BENCH_PORT}` }, 'Neo4j', seconds, connections, warmupSeconds());
      rows.push(row);
      notes.push(...n);
    } catch (error) {
      notes.push(`Neo4j unavailable, its column is missing: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      if (started) neo4jScript('stop');
    }
  }

  const mix = rows[0]?.mix ?? [];
  const text = [
    `Mix, in turn on every connection, all with Authorization, X-Acting-For and X-Purpose: ${mix.join(' · ')}.`,
    '',
    formatTable(rows),
    ...[...new Set(notes)].map((n) => `\nNote: ${n}`),
  ].join('\n');
  return { text, rows };
}

// Forked as the server child, or run by itself.
const childConfig = process.env.HARMONIE_LOAD_CHILD;
if (childConfig !== undefined) {
  const raw: unknown = JSON.parse(childConfig);
  runChild(ChildConfig.parse(raw)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  benchLoad()
    .then(({ text }) => console.log(text))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
