// End-to-end latency of minimalJointAudit over GraphQL on each store, beside what no API can avoid: the bare store load
// and solve, one access-log append, and the serialisation floor — a plain node:http server that JSON.stringifies the
// same answer and sends it to the same client. Every measurement of a size is interleaved with the others, in turns.
// The client is Node's own HTTP client on a keep-alive connection in this process; it reads and parses the whole answer.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { startServer, type RunningServer } from '../src/api/server.js';
import { createContext } from '../src/api/context.js';
import { allMunicipalities } from '../src/app/import.js';
import { analysisScope } from '../src/app/session.js';
import { connectionPlan } from '../src/domain/connection-plan.js';
import { minimalJointAudit } from '../src/domain/joint-audit.js';
import { highsSolver } from '../src/solver/highs.js';
import { withOperation } from '../src/store/operation-scope.js';
import type { GraphStore } from '../src/store/port.js';
import { stats, type Stats } from './stats.js';
import { warmUntilSettled } from './warm.js';

export interface E2eRow {
  store: string;
  members: number;
  bareLoad: Stats;
  solve: Stats;
  /** One access-log append on this store: every request makes one, durably, before its answer leaves. */
  logWrite: Stats;
  /** Neo4j only: the graph-version read every request makes first (one tiny read round trip). */
  versionRead: Stats | null;
  /** node:http sending JSON.stringify of the same answer to the same client. */
  floor: Stats;
  graphql: Stats;
  /** Bytes of the answer. */
  bytes: number;
  /** graphql p50 / (bare load + solve + log append + serialisation floor, p50 each): the restated target, ≤ 1.5. */
  ratio: number;
  totalCost: number;
  optimal: boolean;
}

/**
 * Requests before measuring, per size: the compiled query, V8's optimised code and the store's caches get warm. V8
 * optimises graphql-jit's compiled resolvers and the domain code only after a few hundred calls: with 30, the 2-member
 * GraphQL p50 was 5.3 ms, with 300 3.5 ms (same machine, same minute) — a service in use runs warm.
 */
export const WARMUP = Number(process.env.HARMONIE_BENCH_WARMUP ?? 300);

const QUERY = `query($input: AnalysisInput!) { minimalJointAudit(input: $input) {
  optimal totalCost baselineCost savings
  engagements { id evidence cycleMonths cost subjects { id } requirements { id } testedNorms { id weight } }
  obligations { engagement subject { id } requirement { id } }
  separations { text } solver { status millis } } }`;

/** POSTs a JSON body and parses the JSON answer. */
export function post(agent: http.Agent, url: URL, body: string, headers: Record<string, string> = {}): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      res.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** The serialisation floor: reads the request, then JSON.stringifies `answer()` and sends it. Nothing else. */
export async function startFloor(answer: () => unknown): Promise<{ url: URL; stop(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const text = JSON.stringify(answer());
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: new URL(`http://127.0.0.1:${port}/`),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Turns (every task once) the process runs at the first size before anything is timed: at least `PROCESS_WARMUP`, then on
 * in rounds of `WARMUP_ROUND` until every store's GraphQL p50 over a round is within 5 % of the round before, at most four
 * times as many. V8 goes on optimising the request path (Apollo, graphql-jit's resolvers, the domain code) for thousands
 * of requests: on this 2-core machine, with the embedded store alone, the 2-member GraphQL p50 was 2.3–3.9 ms after 300
 * turns and 1.5–1.6 ms after 3,000, and the bare load, solve and floor fell with it. A service in use runs warm.
 */
export const PROCESS_WARMUP = Number(process.env.HARMONIE_BENCH_PROCESS_WARMUP ?? 1500);
const MAX_PROCESS_WARMUP = 4 * PROCESS_WARMUP;
const WARMUP_ROUND = 250;

export interface ProcessWarmup {
  turns: number;
  /** Turns per warm-up round. */
  round: number;
  seconds: number;
  /** GraphQL p50 per store over the first and the last warm-up round. */
  rounds: Array<{ store: string; first: number; last: number }>;
}

interface Side {
  label: string;
  store: GraphStore;
  server: RunningServer;
  agent: http.Agent;
}

/** Runs every size on every store, all measurements of one size taking turns, so noise falls on all of them alike. */
export async function benchE2e(stores: Array<{ label: string; store: GraphStore }>, sizes: number[], runs: number): Promise<{ rows: E2eRow[]; warmup: ProcessWarmup }> {
  let warmup: ProcessWarmup = { turns: 0, round: WARMUP_ROUND, seconds: 0, rounds: [] };
  const sides: Side[] = [];
  let floorAnswer: unknown = null;
  const floor = await startFloor(() => floorAnswer);
  const floorAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const rows: E2eRow[] = [];
  try {
    for (const { label, store } of stores) {
      const server = await startServer({ store, host: '127.0.0.1', port: 0, access: { enabled: false, ratePerMinute: 1_000_000 } });
      sides.push({ label, store, server, agent: new http.Agent({ keepAlive: true, maxSockets: 1 }) });
    }
    const logWrites = new Map<string, Stats>();
    const versionReads = new Map<string, Stats>();
    for (const side of sides) {
      const samples: number[] = [];
      const versions: number[] = [];
      const versioned = side.store as GraphStore & { graphVersion?: () => Promise<string | null> };
      for (let i = 0; i < runs + WARMUP; i++) {
        const t0 = performance.now();
        await side.store.appendAccessLog({ id: randomUUID(), at: new Date().toISOString(), keyId: null, role: null, actingFor: null, purpose: 'bench', operation: 'bench', variablesHash: null, outcome: 'OK' });
        const t1 = performance.now();
        if (versioned.graphVersion) await versioned.graphVersion();
        if (i >= WARMUP) {
          samples.push(t1 - t0);
          versions.push(performance.now() - t1);
        }
      }
      logWrites.set(side.label, stats(samples));
      if (versioned.graphVersion) versionReads.set(side.label, stats(versions));
    }
    const first = sides[0]!.store;
    const ids = (await allMunicipalities(first)).map((m) => m.id);
    const facilities = (await first.catalogue()).facilities.map((f) => f.code);
    for (const n of sizes) {
      const input = { members: ids.slice(0, n), legalForm: 'REGELING_ZONDER_MEER', facilities, asOf: '2026-11-28' };
      const body = JSON.stringify({ query: QUERY, variables: { input } });
      const samples = new Map(sides.map((s) => [s.label, { bare: [] as number[], solve: [] as number[], graphql: [] as number[], totalCost: 0, optimal: false, bytes: 0 }]));
      const floorSamples: number[] = [];
      const tasks: Array<(measure: boolean) => Promise<void>> = [];
      for (const side of sides) {
        const s = samples.get(side.label)!;
        const url = new URL(side.server.url);
        tasks.push(async (measure) => {
          // Bare: what the resolver reads from the store for this request, in a fresh request context and a unit of work
          // of its own, as the server gives every request (a store remembers per request what it read); then the solve.
          const t0 = performance.now();
          const { index, scope } = await withOperation({ operation: 'bench', confirmsReadsAtLog: true }, () => analysisScope(createContext(side.store), input));
          const t1 = performance.now();
          const plan = await minimalJointAudit(index, connectionPlan(index, scope), highsSolver);
          const t2 = performance.now();
          s.totalCost = plan.totalCost;
          if (measure) {
            s.bare.push(t1 - t0);
            s.solve.push(t2 - t1);
          }
        });
        tasks.push(async (measure) => {
          const t0 = performance.now();
          const answer = (await post(side.agent, url, body)) as { data?: { minimalJointAudit: { totalCost: number; optimal: boolean } }; errors?: unknown };
          const elapsed = performance.now() - t0;
          if (!answer.data) throw new Error(`GraphQL failed on ${side.label}: ${JSON.stringify(answer.errors)}`);
          s.optimal = answer.data.minimalJointAudit.optimal;
          if (answer.data.minimalJointAudit.totalCost !== s.totalCost && s.totalCost !== 0) throw new Error(`GraphQL and direct solve disagree on ${side.label}`);
          floorAnswer = answer;
          s.bytes = Buffer.byteLength(JSON.stringify(answer));
          if (measure) s.graphql.push(elapsed);
        });
      }
      tasks.push(async (measure) => {
        const t0 = performance.now();
        await post(floorAgent, floor.url, body);
        if (measure) floorSamples.push(performance.now() - t0);
      });
      const turns = async (from: number, to: number, measure: (i: number) => boolean) => {
        for (let i = from; i < to; i++) {
          // Each turn starts at another task, so none always pays for the garbage the one before left behind.
          for (let k = 0; k < tasks.length; k++) await tasks[(i + k) % tasks.length]!(measure(i));
        }
      };
      if (n === sizes[0]) {
        // The process warms once, at the first size, until every store's GraphQL p50 has settled (see PROCESS_WARMUP).
        const t0 = performance.now();
        let done = 0;
        const { steps, series } = await warmUntilSettled(async () => {
          await turns(done, done + WARMUP_ROUND, () => true);
          done += WARMUP_ROUND;
          floorSamples.length = 0;
          return sides.map((side) => {
            const s = samples.get(side.label)!;
            const p50 = stats(s.graphql).p50;
            s.bare.length = s.solve.length = s.graphql.length = 0;
            return p50;
          });
        }, WARMUP_ROUND, PROCESS_WARMUP, MAX_PROCESS_WARMUP);
        warmup = { turns: steps, round: WARMUP_ROUND, seconds: (performance.now() - t0) / 1000, rounds: sides.map((side, i) => ({ store: side.label, first: series[i]![0]!, last: series[i]!.at(-1)! })) };
      }
      await turns(0, runs + WARMUP, (i) => i >= WARMUP);
      const f = stats(floorSamples);
      for (const side of sides) {
        const s = samples.get(side.label)!;
        const b = stats(s.bare);
        const sv = stats(s.solve);
        const g = stats(s.graphql);
        const log = logWrites.get(side.label)!;
        rows.push({ store: side.label, members: n, bareLoad: b, solve: sv, logWrite: log, versionRead: versionReads.get(side.label) ?? null, floor: f, graphql: g, bytes: s.bytes, ratio: g.p50 / (b.p50 + sv.p50 + log.p50 + f.p50), totalCost: s.totalCost, optimal: s.optimal });
      }
    }
  } finally {
    floorAgent.destroy();
    await floor.stop();
    for (const side of sides) {
      side.agent.destroy();
      await side.server.stop();
    }
  }
  return { rows, warmup };
}
