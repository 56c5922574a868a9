// End-to-end latency of minimalJointAudit over GraphQL on a store, beside the bare store load and solve it needs.
// The client is Node's own HTTP client on a keep-alive connection in this process; it reads and parses the whole answer.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { startServer } from '../src/api/server.js';
import { createContext } from '../src/api/context.js';
import { allMunicipalities } from '../src/app/import.js';
import { analysisScope } from '../src/app/session.js';
import { connectionPlan } from '../src/domain/connection-plan.js';
import { minimalJointAudit } from '../src/domain/joint-audit.js';
import type { GraphStore } from '../src/store/port.js';
import { stats, type Stats } from './stats.js';

export interface E2eRow {
  store: string;
  members: number;
  bareLoad: Stats;
  solve: Stats;
  /** One access-log append on this store: every request makes one, durably, after its answer is known. */
  logWrite: Stats;
  graphql: Stats;
  /** graphql p50 / (bare load p50 + solve p50). */
  ratio: number;
  totalCost: number;
  optimal: boolean;
}

/** Requests before measuring, per size: the compiled query, V8's optimised code and the store's caches get warm. */
export const WARMUP = 30;

const QUERY = `query($input: AnalysisInput!) { minimalJointAudit(input: $input) {
  optimal totalCost baselineCost savings
  engagements { id evidence cycleMonths cost subjects { id } requirements { id } testedNorms { id weight } }
  obligations { engagement subject { id } requirement { id } }
  separations { text } solver { status millis } } }`;

/** POSTs a JSON body and parses the JSON answer. */
function post(agent: http.Agent, url: URL, body: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
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

export async function benchE2e(store: GraphStore, label: string, sizes: number[], runs: number): Promise<E2eRow[]> {
  const server = await startServer({ store, host: '127.0.0.1', port: 0, access: { enabled: false, ratePerMinute: 1_000_000 } });
  const rows: E2eRow[] = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(server.url);
  try {
    const logWrite: number[] = [];
    for (let i = 0; i < runs + WARMUP; i++) {
      const t0 = performance.now();
      await store.appendAccessLog({ id: randomUUID(), at: new Date().toISOString(), keyId: null, role: null, actingFor: null, purpose: 'bench', operation: 'bench', variablesHash: null, outcome: 'OK' });
      if (i >= WARMUP) logWrite.push(performance.now() - t0);
    }
    const log = stats(logWrite);
    const ids = (await allMunicipalities(store)).map((m) => m.id);
    const facilities = (await store.catalogue()).facilities.map((f) => f.code);
    for (const n of sizes) {
      const input = { members: ids.slice(0, n), legalForm: 'REGELING_ZONDER_MEER', facilities, asOf: '2026-11-28' };
      const bare: number[] = [];
      const solve: number[] = [];
      const e2e: number[] = [];
      let totalCost = 0;
      let optimal = false;
      const direct = async () => {
        // Bare: what the resolver reads from the store for this request, in a fresh request context; then the solve.
        const t0 = performance.now();
        const ctx = createContext(store);
        const { index, scope } = await analysisScope(ctx, input);
        const t1 = performance.now();
        const plan = await minimalJointAudit(index, connectionPlan(index, scope));
        return { load: t1 - t0, solve: performance.now() - t1, plan };
      };
      const overGraphql = async () => {
        const t0 = performance.now();
        const body = (await post(agent, url, JSON.stringify({ query: QUERY, variables: { input } }))) as { data?: { minimalJointAudit: { totalCost: number; optimal: boolean } }; errors?: unknown };
        const elapsed = performance.now() - t0;
        if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
        return { elapsed, answer: body.data.minimalJointAudit };
      };
      for (let i = 0; i < runs + WARMUP; i++) {
        // The two sides take turns at going first, so neither always pays for the garbage the other left behind.
        const first = i % 2 === 0;
        const d = first ? await direct() : undefined;
        const g = await overGraphql();
        const { load, solve: solved, plan } = d ?? (await direct());
        if (g.answer.totalCost !== plan.totalCost) throw new Error('GraphQL and direct solve disagree');
        totalCost = plan.totalCost;
        optimal = g.answer.optimal;
        if (i < WARMUP) continue;
        bare.push(load);
        solve.push(solved);
        e2e.push(g.elapsed);
      }
      const b = stats(bare);
      const s = stats(solve);
      const g = stats(e2e);
      rows.push({ store: label, members: n, bareLoad: b, solve: s, logWrite: log, graphql: g, ratio: g.p50 / (b.p50 + s.p50), totalCost, optimal });
    }
  } finally {
    agent.destroy();
    await server.stop();
  }
  return rows;
}
