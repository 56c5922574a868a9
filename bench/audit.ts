// Bench of the minimal joint audit optimiser: solve time on synthetic collaborations of 2–200 members, and brute force for scale.

import { pathToFileURL } from 'node:url';

import { solveMinimalJointAudit } from '../src/domain/audit/solve.js';
import type { AuditInstance, AuditSolution } from '../src/domain/audit/types.js';
import { bruteForce } from '../test/unit/audit/bruteforce.js';
import { syntheticCollaboration } from '../test/unit/audit/synthetic.js';
import { highsSolver } from '../src/solver/highs.js';

/** The solver every call here uses: HiGHS, as the service wires it. */
const HIGHS = { lpSolver: highsSolver };

export interface Row {
  instance: string;
  members: number;
  digidJointAllowed: boolean;
  obligations: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** Result of the measured method, for a sanity check that the figures belong to a real answer. */
  totalCost: number;
  engagements: number;
  /** ILP variables over all groups (0 when every group was solved in closed form); null for brute force. */
  ilpVariables: number | null;
  /** The p95 target from the brief, when there is one. */
  targetMs: number | null;
  /** Brute-force median ÷ optimiser median on the same instance (brute-force row only). */
  ratio: number | null;
}

const WARMUP_RUNS = 5;
const MEASURED_RUNS = 30;
const MEMBER_COUNTS = [2, 10, 50, 200] as const;
/** Targets: 50 members p95 < 100 ms, 200 members < 1 s. */
const TARGET_MS: Partial<Record<number, number>> = { 50: 100, 200: 1000 };
/** One member in five does not use Suwinet (GGK), so members are not all alike. */
const WITHOUT_SUWINET_EVERY = 5;

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

async function measure<T>(run: () => Promise<T> | T): Promise<{ last: T; medianMs: number; p95Ms: number }> {
  let last = await run();
  for (let i = 1; i < WARMUP_RUNS; i += 1) last = await run();
  const times: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i += 1) {
    const start = performance.now();
    last = await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { last, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95) };
}

function instanceFor(members: number, digidJointAllowed: boolean): AuditInstance {
  return syntheticCollaboration({ members, digidJointAllowed, withoutSuwinetEvery: WITHOUT_SUWINET_EVERY });
}

export async function benchAudit(): Promise<Row[]> {
  const rows: Row[] = [];
  let twoMemberMedian: Record<string, number> = {};
  for (const digidJointAllowed of [false, true]) {
    for (const members of MEMBER_COUNTS) {
      const instance = instanceFor(members, digidJointAllowed);
      const { last, medianMs, p95Ms } = await measure<AuditSolution>(() => solveMinimalJointAudit(instance, HIGHS));
      if (!last.optimal) throw new Error(`bench: ${members} members not solved to optimality (${last.solver.status})`);
      if (members === 2) twoMemberMedian = { ...twoMemberMedian, [String(digidJointAllowed)]: medianMs };
      rows.push({
        instance: `optimiser, DigiD jointAllowed=${digidJointAllowed}`,
        members,
        digidJointAllowed,
        obligations: instance.obligations.length,
        runs: MEASURED_RUNS,
        medianMs,
        p95Ms,
        totalCost: last.totalCost,
        engagements: last.engagements.length,
        ilpVariables: last.solver.model.variables,
        targetMs: TARGET_MS[members] ?? null,
        ratio: null,
      });
    }
  }
  for (const digidJointAllowed of [false, true]) {
    const instance = instanceFor(2, digidJointAllowed);
    const { last, medianMs, p95Ms } = await measure(() => bruteForce(instance));
    const solverMedian = twoMemberMedian[String(digidJointAllowed)] ?? Number.NaN;
    rows.push({
      instance: `brute force (${last.partitions} partitions), DigiD jointAllowed=${digidJointAllowed}`,
      members: 2,
      digidJointAllowed,
      obligations: instance.obligations.length,
      runs: MEASURED_RUNS,
      medianMs,
      p95Ms,
      totalCost: last.cost,
      engagements: last.partition.length,
      ilpVariables: null,
      targetMs: null,
      ratio: medianMs / solverMedian,
    });
  }
  return rows;
}

export function formatRows(rows: readonly Row[]): string {
  const header = ['instance', 'members', 'obligations', 'runs', 'median ms', 'p95 ms', 'target', 'total cost', 'engagements', 'ILP vars', 'bf/opt'];
  const body = rows.map((r) => [
    r.instance,
    String(r.members),
    String(r.obligations),
    String(r.runs),
    r.medianMs.toFixed(2),
    r.p95Ms.toFixed(2),
    r.targetMs === null ? '' : `p95 < ${r.targetMs} ms ${r.p95Ms < r.targetMs ? 'ok' : 'MISSED'}`,
    r.totalCost.toFixed(0),
    String(r.engagements),
    r.ilpVariables === null ? '' : String(r.ilpVariables),
    r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const rows = await benchAudit();
  console.log(formatRows(rows));
}
