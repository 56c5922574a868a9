// End-to-end latency of minimalJointAudit over GraphQL on a store, beside the bare store load and solve it needs.
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
  graphql: Stats;
  /** graphql p50 / (bare load p50 + solve p50). */
  ratio: number;
  totalCost: number;
  optimal: boolean;
}

const QUERY = `query($input: AnalysisInput!) { minimalJointAudit(input: $input) {
  optimal totalCost baselineCost savings
  engagements { id evidence cycleMonths cost subjects { id } requirements { id } testedNorms { id weight } }
  obligations { engagement subject { id } requirement { id } }
  separations { text } solver { status millis } } }`;

export async function benchE2e(store: GraphStore, label: string, sizes: number[], runs: number): Promise<E2eRow[]> {
  const server = await startServer({ store, host: '127.0.0.1', port: 0, log: () => undefined, access: { enabled: false, ratePerMinute: 1_000_000 } });
  const rows: E2eRow[] = [];
  try {
    const ids = (await allMunicipalities(store)).map((m) => m.id);
    const facilities = (await store.catalogue()).facilities.map((f) => f.code);
    for (const n of sizes) {
      const input = { members: ids.slice(0, n), legalForm: 'REGELING_ZONDER_MEER', facilities, asOf: '2026-11-28' };
      const bare: number[] = [];
      const solve: number[] = [];
      const e2e: number[] = [];
      let totalCost = 0;
      let optimal = false;
      for (let i = 0; i < runs + 3; i++) {
        // Bare: what the resolver reads from the store for this request, in a fresh request context.
        const t0 = performance.now();
        const ctx = createContext(store);
        const { index, scope } = await analysisScope(ctx, input);
        const t1 = performance.now();
        const plan = await minimalJointAudit(index, connectionPlan(index, scope));
        const t2 = performance.now();
        const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables: { input } }) });
        const body = (await res.json()) as { data?: { minimalJointAudit: { totalCost: number; optimal: boolean } }; errors?: unknown };
        const t3 = performance.now();
        if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
        if (body.data.minimalJointAudit.totalCost !== plan.totalCost) throw new Error('GraphQL and direct solve disagree');
        totalCost = plan.totalCost;
        optimal = body.data.minimalJointAudit.optimal;
        if (i < 3) continue; // warm-up
        bare.push(t1 - t0);
        solve.push(t2 - t1);
        e2e.push(t3 - t2);
      }
      const b = stats(bare);
      const s = stats(solve);
      const g = stats(e2e);
      rows.push({ store: label, members: n, bareLoad: b, solve: s, graphql: g, ratio: g.p50 / (b.p50 + s.p50), totalCost, optimal });
    }
  } finally {
    await server.stop();
  }
  return rows;
}
