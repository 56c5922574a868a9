// Independent reference for the minimal joint audit, written from joint-audit.md alone: every set partition, checked.
//
// Deliberately shares no code with src/domain/audit/cost.ts or solve.ts (types only). The norm structure is modelled
// differently too: instead of union-find + SCCs over classes, the mappings generate a preorder "n ≤ m" on norm ids
// (EQUAL both ways, n SUBSET_OF m and m SUPERSET_OF n one way), closed by Floyd–Warshall. Two norms are one class iff
// n ≤ m and m ≤ n; a present norm is not tested when some present norm lies strictly above it.

import type { AuditInstance } from '../../../src/domain/audit/types.js';

export interface Reference {
  /** Cost of an arbitrary set of obligations (by index) as one engagement, ignoring feasibility. */
  cost(obligations: readonly number[]): number;
  /** Whether a set of obligations may form one engagement (§3). */
  feasible(obligations: readonly number[]): boolean;
  baseline(): number;
}

export function reference(instance: AuditInstance): Reference {
  const ids = new Set<string>();
  const weight = new Map<string, number>();
  for (const n of instance.norms) {
    ids.add(n.id);
    weight.set(n.id, n.weight);
  }
  for (const m of instance.mappings) {
    ids.add(m.from);
    ids.add(m.to);
  }
  for (const r of instance.requirements) for (const n of r.norms) ids.add(n);
  const list = [...ids];
  const at = new Map(list.map((id, i) => [id, i]));
  const size = list.length;
  const le: boolean[][] = list.map((_, i) => list.map((__, j) => i === j));
  const set = (a: string, b: string): void => {
    const i = at.get(a);
    const j = at.get(b);
    if (i !== undefined && j !== undefined) (le[i] ?? [])[j] = true;
  };
  for (const m of instance.mappings) {
    if (m.relation === 'EQUAL') {
      set(m.from, m.to);
      set(m.to, m.from);
    } else if (m.relation === 'SUBSET_OF') set(m.from, m.to);
    else if (m.relation === 'SUPERSET_OF') set(m.to, m.from);
  }
  for (let k = 0; k < size; k += 1) {
    for (let i = 0; i < size; i += 1) {
      if (!le[i]?.[k]) continue;
      for (let j = 0; j < size; j += 1) if (le[k]?.[j]) (le[i] ?? [])[j] = true;
    }
  }
  const leq = (a: string, b: string): boolean => le[at.get(a) ?? -1]?.[at.get(b) ?? -1] ?? false;

  const reqs = new Map(instance.requirements.map((r) => [r.id, r]));
  const req = (i: number) => {
    const o = instance.obligations[i];
    const r = o === undefined ? undefined : reqs.get(o.requirement);
    if (o === undefined || r === undefined) throw new Error(`bad obligation ${i}`);
    return { o, r };
  };

  const testedWeight = (present: readonly string[]): number => {
    // Present norms that nothing present lies strictly above.
    const top = present.filter((n) => !present.some((m) => leq(n, m) && !leq(m, n)));
    let total = 0;
    const done = new Set<string>();
    for (const n of top) {
      if (done.has(n)) continue;
      const cls = top.filter((m) => leq(n, m) && leq(m, n));
      for (const m of cls) done.add(m);
      total += Math.max(...cls.map((m) => weight.get(m) ?? 0));
    }
    return total;
  };

  const cost = (obligations: readonly number[]): number => {
    const first = req(obligations[0] ?? -1).r;
    const subjects = new Set(obligations.map((i) => req(i).o.subject));
    const present = [...new Set(obligations.flatMap((i) => req(i).r.norms))];
    const c = instance.costModel[first.evidence];
    return c.fixedCost + c.subjectCost * subjects.size + testedWeight(present);
  };

  const feasible = (obligations: readonly number[]): boolean => {
    if (obligations.length === 0) return false;
    const rs = obligations.map((i) => req(i).r);
    const subjects = new Set(obligations.map((i) => req(i).o.subject));
    const r0 = rs[0];
    if (r0 === undefined) return false;
    if (rs.some((r) => r.evidence !== r0.evidence || r.cycleMonths !== r0.cycleMonths)) return false;
    if (subjects.size >= 2 && rs.some((r) => !r.jointAllowed)) return false;
    if (!instance.crossFacilityBundling && rs.some((r) => r.facility !== r0.facility)) return false;
    return true;
  };

  const baseline = (): number => instance.obligations.reduce((sum, _, i) => sum + cost([i]), 0);
  return { cost, feasible, baseline };
}

export interface BruteForceResult {
  cost: number;
  /** One cheapest partition (blocks of obligation indices). */
  partition: number[][];
  /** How many set partitions were enumerated. */
  partitions: number;
}

/** The minimum over all set partitions of the obligations into feasible engagements (restricted growth strings). */
export function bruteForce(instance: AuditInstance): BruteForceResult {
  const n = instance.obligations.length;
  if (n > 12) throw new Error(`brute force is for small instances, got ${n} obligations`);
  const ref = reference(instance);
  // Cost per subset (bitmask) once; Infinity when the subset is not a feasible engagement.
  const blockCost = new Array<number>(1 << n).fill(Number.POSITIVE_INFINITY);
  for (let mask = 1; mask < 1 << n; mask += 1) {
    const members: number[] = [];
    for (let i = 0; i < n; i += 1) if (mask & (1 << i)) members.push(i);
    if (ref.feasible(members)) blockCost[mask] = ref.cost(members);
  }
  let best = Number.POSITIVE_INFINITY;
  let bestBlocks: number[] = [];
  let partitions = 0;
  const blocks: number[] = [];
  const walk = (i: number): void => {
    if (i === n) {
      partitions += 1;
      let total = 0;
      for (const b of blocks) total += blockCost[b] ?? Number.POSITIVE_INFINITY;
      if (total < best) {
        best = total;
        bestBlocks = [...blocks];
      }
      return;
    }
    for (let b = 0; b < blocks.length; b += 1) {
      const before = blocks[b] ?? 0;
      blocks[b] = before | (1 << i);
      walk(i + 1);
      blocks[b] = before;
    }
    blocks.push(1 << i);
    walk(i + 1);
    blocks.pop();
  };
  walk(0);
  const partition = bestBlocks.map((mask) => {
    const members: number[] = [];
    for (let i = 0; i < n; i += 1) if (mask & (1 << i)) members.push(i);
    return members;
  });
  return { cost: n === 0 ? 0 : best, partition, partitions };
}
