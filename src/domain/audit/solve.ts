// Exact optimiser of the minimal joint audit (joint-audit.md §5): a normal form, then one small ILP per group (HiGHS).

/*
 * Why the answer is exact.
 *
 * Notation. For an engagement E with evidence t: cost(E) = F_t + s_t·|S(E)| + W(P(E)), with S(E) its subjects, P(E)
 * the norms present (∪ N(a) over its requirements), and W(P) = Σ_{c ∈ T(P)} max{w(n) : n ∈ P ∩ c}, where T(P) is the
 * set of classes present in P without a present strict superclass (cost.ts). F_t, s_t and every w are ≥ 0 (cost.ts
 * rejects anything else, because everything below depends on it).
 *
 * Lemma 1 (W is subadditive): W(P1 ∪ P2) ≤ W(P1) + W(P2).
 *   Let P = P1 ∪ P2, c ∈ T(P), and n* a member of P ∩ c of largest weight, so c adds w(n*) to W(P). n* is in some
 *   P_i. Then c is present in P_i, and no strict superclass of c is present in P_i, because P_i ⊆ P and none is present
 *   in P. So c ∈ T(P_i), where it adds max{w(n) : n ∈ P_i ∩ c} ≥ w(n*). Charging each c ∈ T(P) to that term (c, i) of
 *   W(P1) + W(P2) is injective (distinct classes give distinct terms), and every uncharged term is ≥ 0.
 *   W is NOT monotone — adding a norm whose class is a lighter superclass removes a heavier tested subclass, so
 *   W(P ∪ {n}) < W(P) happens — and the proof does not need it: only that a class tested in the union is tested in the
 *   part that holds its heaviest present member.
 *
 * Lemma 2 (merging never costs more): if E1 ∪ E2 is feasible, cost(E1 ∪ E2) ≤ cost(E1) + cost(E2).
 *   Same t; F_t is paid once instead of twice (F_t ≥ 0); |S1 ∪ S2| ≤ |S1| + |S2| (s_t ≥ 0); P(E1 ∪ E2) = P(E1) ∪ P(E2)
 *   and Lemma 1.
 *
 * Groups. Rules 1 and 3 of §3 keep every engagement inside one group of the key (evidence, cycleMonths[, facility when
 * cross-facility bundling is off]); cost is additive over engagements, so each group is optimised on its own.
 *
 * Lemma 3 (normal form). Inside a group call an obligation solo when its requirement is not jointAllowed. Transform an
 * optimal plan, keeping it feasible and never raising its cost (Lemma 2):
 *   (a) an engagement holding a solo obligation of subject s has s as its only subject (rule 2); merge all of those of
 *       s into one engagement S_s — one subject, one group, hence feasible;
 *   (b) every other engagement holds only jointAllowed obligations; merge them all into one J — every requirement in
 *       it is jointAllowed, hence feasible whatever its subjects. (This also absorbs single-subject engagements with
 *       only jointAllowed obligations.)
 *   The result: at most one J; one S_s per subject with solo obligations, holding all of them plus a subset of s's
 *   jointAllowed obligations; every other obligation — including all of a subject without solo obligations — in J.
 *   So the minimum over normal-form plans is the group optimum.
 *
 * Lemma 4 (the ILP is the normal form, exactly). cost(S_s) depends only on s's solo requirements and the set Q of
 *   jointAllowed requirements s keeps; cost(J) only on |S(J)| and J's requirement set. Subjects with the same signature
 *   (solo set, jointAllowed set, which of those are duplicated) are interchangeable, so a normal-form plan is described,
 *   up to cost, by integers z_{g,o} ∈ [0, n_g], Σ_o z_{g,o} = n_g: how many subjects of class g choose option o = (Q, P),
 *   P the jointAllowed requirements sent to J. cost(S_s) for (g, o) is a precomputed constant, plus s_t when P ≠ ∅
 *   (s becomes a subject of J). Binary p_r = [r ∈ J] is tied to z both ways (n_g·p_r ≥ Σ_{o: r∈P} z_{g,o} for each g;
 *   p_r ≤ Σ_{g,o: r∈P} z_{g,o}, or p_r = 1 when a subject without solo obligations has r) — both directions matter,
 *   since the presence of r can lower cost through subsumption. For a norm class c with distinct weights
 *   w_1 > … > w_K among its members in J-able requirements, q_{c,k} = OR{p_r : N(r) has a member of c of weight ≥ w_k}
 *   (exact both ways: q ≥ each p_r, q ≤ Σ p_r, q ∈ [0, 1]); the largest present weight of c is Σ_k (w_k − w_{k+1})·q_{c,k}
 *   (w_{K+1} = 0; it telescopes). c is tested iff present and no strict superclass d that some J-able requirement can
 *   make present is present (u_d = q_{d,K_d}); with t_{c,k} ≥ q_{c,k} − Σ_d u_d, t ≥ 0 and the positive objective
 *   coefficient w_k − w_{k+1}, the minimum puts t_{c,k} = q_{c,k}·[no superclass present] exactly. j ≥ p_r, j ≤ Σ p_r
 *   make j = [J ≠ ∅] (paying F_t). Hence for every integer z the minimum over the other variables is exactly the cost of
 *   the plan z describes, and the ILP optimum is the group optimum. No variable is indexed by a subject, so the model
 *   size does not grow with the number of identical members.
 *   Duplicated obligations (same requirement and subject, twice) are allowed: a duplicated jointAllowed requirement can
 *   be in S_s and in J at once — an extra option, since by non-monotonicity that can be strictly cheaper.
 *
 * Closed form. A group in which no subject with solo obligations has a jointAllowed one has a single normal-form plan
 * (every z is forced to its only option), so it is evaluated directly — exhaustive, hence exact.
 *
 * Checks. HiGHS runs with mip_rel_gap 0 (and its default absolute gap of 1e-6, so "Optimal" means within 1e-6 of the
 * proven bound — far below a euro cent). The plan is rebuilt from z alone, re-costed by cost.ts (the definition, not
 * the model), checked feasible and covering every obligation once; its cost must equal the ILP objective to 1e-6
 * relative, or we throw rather than report a wrong optimum. A status other than Optimal gives `optimal: false` with
 * that status and the cheaper of the solver's incumbent and the always-feasible "everyone keeps everything" plan.
 */

import type { Evidence } from '../model.js';
import { AuditCostModel, compareIds, sortedUnique } from './cost.js';
import { separationsOf } from './separations.js';
import type { AuditInstance, AuditSolution, EngagementResult, ModelSize } from './types.js';

/** What the optimiser needs from a MIP solver: its status, objective and the primal values by column name. */
export interface LpSolution {
  /** Model status in HiGHS's words; only `Optimal` counts as proven. */
  status: string;
  objective: number;
  /** Primal values by variable name, or `null` when the solver has no solution to offer. */
  values: ReadonlyMap<string, number> | null;
  /** The solver's name and version, shown in `solver.method`; "custom solver" when absent. */
  solver?: string;
}

/**
 * The port to a MIP solver: solves a model in CPLEX LP format. The domain stays free of any solver; the edge wires
 * one in (src/solver/highs.ts), and tests pass their own for the non-optimal and inconsistent-solver paths.
 */
export type LpSolver = (lp: string, timeLimitSeconds: number) => LpSolution | Promise<LpSolution>;

export interface SolveOptions {
  lpSolver: LpSolver;
  /** Wall-clock limit per group ILP; a group that hits it makes the plan `optimal: false`. */
  timeLimitSeconds?: number;
}

/** Above this many options per subject class the model would be too large; jointAllowed types in one group are few. */
const MAX_OPTIONS_PER_CLASS = 1 << 14;
/** Relative tolerance of the re-costing check (the contract compares costs to 1e-6). */
const CHECK_TOLERANCE = 1e-6;
const DEFAULT_TIME_LIMIT_SECONDS = 60;

// ---------------------------------------------------------------------------------------------------------------
// Groups and subject classes

interface GroupKey {
  evidence: Evidence;
  cycleMonths: number;
  /** Set only when cross-facility bundling is off. */
  facility: string | null;
}

interface SubjectObligations {
  /** Solo requirement → obligation indices (ascending). */
  solo: Map<string, number[]>;
  /** jointAllowed requirement → obligation indices (ascending). */
  joint: Map<string, number[]>;
}

/** Where a subject's jointAllowed requirement goes: kept in S_s, sent to J, or (duplicates only) both. */
type Placement = 'S' | 'J' | 'B';

interface ClassOption {
  /** Placement per jointAllowed requirement of the class, in `jointAble` order. */
  placements: Placement[];
  /** Q: requirements present in S_s besides the solo ones. */
  keep: string[];
  /** P: requirements sent to J. */
  send: string[];
}

interface SubjectClass {
  subjects: string[];
  solo: string[];
  jointAble: string[];
  options: ClassOption[];
}

interface Group {
  key: GroupKey;
  bySubject: Map<string, SubjectObligations>;
  classes: SubjectClass[];
  /** Subjects without solo obligations: all their obligations are in J. */
  forced: string[];
  forcedRequirements: string[];
}

function groupKeyText(key: GroupKey): string {
  return `${key.evidence} ${key.cycleMonths} months${key.facility === null ? '' : ` ${key.facility}`}`;
}

function compareKeys(a: GroupKey, b: GroupKey): number {
  return (
    compareIds(a.evidence, b.evidence) ||
    a.cycleMonths - b.cycleMonths ||
    compareIds(a.facility ?? '', b.facility ?? '')
  );
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function buildGroups(model: AuditCostModel): Group[] {
  const { instance } = model;
  const byKey = new Map<string, { key: GroupKey; bySubject: Map<string, SubjectObligations> }>();
  instance.obligations.forEach((o, index) => {
    const req = model.requirement(o.requirement);
    const key: GroupKey = {
      evidence: req.evidence,
      cycleMonths: req.cycleMonths,
      facility: instance.crossFacilityBundling ? null : req.facility,
    };
    const keyText = JSON.stringify([key.evidence, key.cycleMonths, key.facility]);
    let group = byKey.get(keyText);
    if (group === undefined) {
      group = { key, bySubject: new Map() };
      byKey.set(keyText, group);
    }
    let subject = group.bySubject.get(o.subject);
    if (subject === undefined) {
      subject = { solo: new Map(), joint: new Map() };
      group.bySubject.set(o.subject, subject);
    }
    pushTo(req.jointAllowed ? subject.joint : subject.solo, req.id, index);
  });

  const groups: Group[] = [];
  for (const { key, bySubject } of byKey.values()) {
    const classesBySignature = new Map<string, SubjectClass>();
    const forced: string[] = [];
    const forcedRequirements = new Set<string>();
    for (const subject of [...bySubject.keys()].sort(compareIds)) {
      const obligations = bySubject.get(subject);
      if (obligations === undefined) continue;
      if (obligations.solo.size === 0) {
        forced.push(subject);
        for (const r of obligations.joint.keys()) forcedRequirements.add(r);
        continue;
      }
      const solo = [...obligations.solo.keys()].sort(compareIds);
      const jointAble = [...obligations.joint.keys()].sort(compareIds);
      const duplicated = jointAble.filter((r) => (obligations.joint.get(r)?.length ?? 0) > 1);
      const signature = JSON.stringify([solo, jointAble, duplicated]);
      const existing = classesBySignature.get(signature);
      if (existing !== undefined) {
        existing.subjects.push(subject);
      } else {
        classesBySignature.set(signature, {
          subjects: [subject],
          solo,
          jointAble,
          options: enumerateOptions(jointAble, new Set(duplicated), key),
        });
      }
    }
    const classes = [...classesBySignature.entries()].sort((a, b) => compareIds(a[0], b[0])).map(([, c]) => c);
    groups.push({ key, bySubject, classes, forced, forcedRequirements: [...forcedRequirements].sort(compareIds) });
  }
  return groups.sort((a, b) => compareKeys(a.key, b.key));
}

/** All placements of the jointAllowed requirements; option 0 keeps everything in S_s (always feasible). */
function enumerateOptions(jointAble: readonly string[], duplicated: ReadonlySet<string>, key: GroupKey): ClassOption[] {
  let count = 1;
  for (const r of jointAble) {
    count *= duplicated.has(r) ? 3 : 2;
    if (count > MAX_OPTIONS_PER_CLASS) {
      throw new Error(
        `minimal joint audit: ${jointAble.length} jointAllowed requirement types per subject in group ${groupKeyText(key)} ` +
          `exceed the supported model size`,
      );
    }
  }
  let partial: Placement[][] = [[]];
  for (const r of jointAble) {
    const choices: Placement[] = duplicated.has(r) ? ['S', 'J', 'B'] : ['S', 'J'];
    partial = partial.flatMap((prefix) => choices.map((c) => [...prefix, c]));
  }
  return partial.map((placements) => ({
    placements,
    keep: jointAble.filter((_, i) => placements[i] !== 'J'),
    send: jointAble.filter((_, i) => placements[i] !== 'S'),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// The ILP, in CPLEX LP format

type VarKind = 'integer' | 'continuous';

class LpBuilder {
  private readonly vars = new Map<string, { lower: number; upper: number; kind: VarKind }>();
  private readonly objective = new Map<string, number>();
  private readonly rows: string[] = [];

  addVar(name: string, lower: number, upper: number, kind: VarKind): string {
    if (this.vars.has(name)) throw new Error(`LP builder: duplicate variable ${name}`);
    this.vars.set(name, { lower, upper, kind });
    return name;
  }

  addObjective(name: string, coefficient: number): void {
    if (coefficient !== 0) this.objective.set(name, (this.objective.get(name) ?? 0) + coefficient);
  }

  addRow(terms: readonly (readonly [number, string])[], sense: '>=' | '<=' | '=', rhs: number): void {
    this.rows.push(` r${this.rows.length}: ${formatTerms(terms)} ${sense} ${formatNumber(rhs)}`);
  }

  size(): { variables: number; integerVariables: number; constraints: number } {
    let integerVariables = 0;
    for (const v of this.vars.values()) if (v.kind === 'integer') integerVariables += 1;
    return { variables: this.vars.size, integerVariables, constraints: this.rows.length };
  }

  toLp(): string {
    const names = [...this.vars.keys()];
    const objectiveTerms: [number, string][] = [...this.objective].map(([name, c]) => [c, name]);
    // An objective needs a term; a zero coefficient on any variable is a valid empty objective.
    if (objectiveTerms.length === 0 && names[0] !== undefined) objectiveTerms.push([0, names[0]]);
    const bounds = names.map((name) => {
      const v = this.vars.get(name);
      if (v === undefined) return '';
      return v.lower === v.upper
        ? ` ${name} = ${formatNumber(v.lower)}`
        : ` ${formatNumber(v.lower)} <= ${name} <= ${formatNumber(v.upper)}`;
    });
    const integers = names.filter((name) => this.vars.get(name)?.kind === 'integer');
    return [
      'Minimize',
      ` obj: ${formatTerms(objectiveTerms)}`,
      'Subject To',
      ...this.rows,
      'Bounds',
      ...bounds,
      ...(integers.length > 0 ? ['Generals', ...chunk(integers, 16).map((c) => ` ${c.join(' ')}`)] : []),
      'End',
      '',
    ].join('\n');
  }
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`LP builder: non-finite number ${value}`);
  return String(value);
}

function formatTerms(terms: readonly (readonly [number, string])[]): string {
  const parts = terms.map(([c, name], i) => {
    const sign = c < 0 ? '-' : i === 0 ? '' : '+';
    const abs = Math.abs(c);
    const body = abs === 1 ? name : `${formatNumber(abs)} ${name}`;
    return sign === '' ? body : `${sign} ${body}`;
  });
  // Break long expressions over lines; the LP format allows it and some readers limit line length.
  return chunk(parts, 12)
    .map((c) => c.join(' '))
    .join('\n   ');
}

/** Narrows a value the model construction guarantees; a miss is a bug here, not bad input. */
function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`minimal joint audit: internal error, missing ${what}`);
  return value;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface GroupModel {
  lp: string;
  /** Objective terms that do not depend on any variable (J's fixed and subject cost when J is forced non-empty). */
  constant: number;
  size: { variables: number; integerVariables: number; constraints: number };
  /** z variable names per class, per option. */
  z: string[][];
}

/** The ILP of one group, or `null` when no subject has a choice (closed form). */
function buildGroupModel(group: Group, model: AuditCostModel): GroupModel | null {
  if (group.classes.every((c) => c.options.length === 1)) return null;
  const { fixedCost, subjectCost } = model.instance.costModel[group.key.evidence];
  const lp = new LpBuilder();

  // z_{g,o}: how many subjects of class g choose option o.
  const z = group.classes.map((cls, g) =>
    cls.options.map((option, o) => {
      const name = lp.addVar(`z${g}_${o}`, 0, cls.subjects.length, 'integer');
      const sCost = model.costOf(group.key.evidence, 1, [...cls.solo, ...option.keep]).cost;
      lp.addObjective(name, sCost + (option.send.length > 0 ? subjectCost : 0));
      return name;
    }),
  );
  group.classes.forEach((cls, g) => {
    lp.addRow(
      (z[g] ?? []).map((name) => [1, name] as const),
      '=',
      cls.subjects.length,
    );
  });

  // p_r: requirement r is in J.
  const forced = new Set(group.forcedRequirements);
  const jRequirements = sortedUnique([...group.forcedRequirements, ...group.classes.flatMap((c) => c.jointAble)]);
  const pByRequirement = new Map<string, string>();
  jRequirements.forEach((r, i) => {
    pByRequirement.set(r, lp.addVar(`p${i}`, forced.has(r) ? 1 : 0, 1, 'integer'));
  });
  const p = (r: string): string => defined(pByRequirement.get(r), `p variable of ${r}`);
  for (const r of jRequirements) {
    const pr = p(r);
    const covering: [number, string][] = [];
    group.classes.forEach((cls, g) => {
      const terms: [number, string][] = [];
      cls.options.forEach((option, o) => {
        if (option.send.includes(r)) terms.push([1, defined(z[g]?.[o], 'z variable')]);
      });
      if (terms.length === 0) return;
      covering.push(...terms);
      if (!forced.has(r)) lp.addRow([[cls.subjects.length, pr], ...terms.map(([c, n]) => [-c, n] as const)], '>=', 0);
    });
    if (!forced.has(r)) lp.addRow([[1, pr], ...covering.map(([c, n]) => [-c, n] as const)], '<=', 0);
  }

  // J's fixed and subject costs.
  let constant = 0;
  if (group.forced.length > 0) {
    constant += fixedCost + subjectCost * group.forced.length;
  } else {
    const j = lp.addVar('j', 0, 1, 'integer');
    lp.addObjective(j, fixedCost);
    for (const r of jRequirements) lp.addRow([[1, j], [-1, p(r)]], '>=', 0);
    lp.addRow([[1, j], ...jRequirements.map((r) => [-1, p(r)] as const)], '<=', 0);
  }

  // J's tested weight, per norm class, in weight tiers.
  const reqWeightByClass = new Map<string, Map<string, number>>();
  for (const r of jRequirements) {
    for (const n of model.requirement(r).norms) {
      const c = model.classes.classOf(n);
      let perReq = reqWeightByClass.get(c);
      if (perReq === undefined) {
        perReq = new Map();
        reqWeightByClass.set(c, perReq);
      }
      perReq.set(r, Math.max(perReq.get(r) ?? 0, model.classes.weightOf(n)));
    }
  }
  const jClasses = [...reqWeightByClass.keys()].sort(compareIds);
  let qCount = 0;
  /** OR of p over these requirements: the p itself when there is one, else an exact auxiliary variable. */
  const orOf = (reqs: readonly string[]): string => {
    const single = reqs.length === 1 ? reqs[0] : undefined;
    if (single !== undefined) return p(single);
    const q = lp.addVar(`q${qCount}`, 0, 1, 'continuous');
    qCount += 1;
    for (const r of reqs) lp.addRow([[1, q], [-1, p(r)]], '>=', 0);
    lp.addRow([[1, q], ...reqs.map((r) => [-1, p(r)] as const)], '<=', 0);
    return q;
  };
  const tiers = new Map<string, { delta: number; literal: string }[]>();
  const presence = new Map<string, string>();
  jClasses.forEach((c) => {
    const perReq = reqWeightByClass.get(c) ?? new Map<string, number>();
    const weights = [...new Set(perReq.values())].sort((a, b) => b - a);
    const classTiers = weights.map((w, k) => {
      const reqs = [...perReq].filter(([, rw]) => rw >= w).map(([r]) => r).sort(compareIds);
      return { delta: w - (weights[k + 1] ?? 0), literal: orOf(reqs) };
    });
    tiers.set(c, classTiers);
    const lowest = classTiers[classTiers.length - 1];
    if (lowest !== undefined) presence.set(c, lowest.literal);
  });
  let tCount = 0;
  for (const c of jClasses) {
    const supers = jClasses.filter((d) => model.classes.isStrictSubclass(c, d));
    for (const tier of tiers.get(c) ?? []) {
      if (tier.delta <= 0) continue;
      if (supers.length === 0) {
        lp.addObjective(tier.literal, tier.delta);
        continue;
      }
      const t = lp.addVar(`t${tCount}`, 0, 1, 'continuous');
      tCount += 1;
      lp.addObjective(t, tier.delta);
      lp.addRow([[1, t], [-1, tier.literal], ...supers.map((d) => [1, defined(presence.get(d), `presence of class ${d}`)] as const)], '>=', 0);
    }
  }
  // Requirements forced into J keep their p variable (bounds [1, 1]) so that their norms go through the same tiers;
  // `constant` holds only J's fixed and subject costs for subjects without solo obligations.
  return { lp: lp.toLp(), constant, size: lp.size(), z };
}

// ---------------------------------------------------------------------------------------------------------------
// Reconstruction

/** Concrete engagements (obligation indices) for counts z_{g,o}; subjects of a class take options in id order. */
function reconstruct(group: Group, counts: readonly (readonly number[])[]): number[][] {
  const engagements: number[][] = [];
  const joint: number[] = [];
  for (const subject of group.forced) {
    for (const list of group.bySubject.get(subject)?.joint.values() ?? []) joint.push(...list);
  }
  group.classes.forEach((cls, g) => {
    let next = 0;
    cls.options.forEach((option, o) => {
      const count = counts[g]?.[o] ?? 0;
      for (const subject of cls.subjects.slice(next, next + count)) {
        const obligations = group.bySubject.get(subject);
        if (obligations === undefined) continue;
        const own: number[] = [];
        for (const list of obligations.solo.values()) own.push(...list);
        cls.jointAble.forEach((r, i) => {
          const list = obligations.joint.get(r) ?? [];
          const placement = option.placements[i];
          if (placement === 'S') own.push(...list);
          else if (placement === 'J') joint.push(...list);
          else {
            // Both: one copy keeps r in S_s, the others put it in J (only the sets matter for cost).
            own.push(...list.slice(0, 1));
            joint.push(...list.slice(1));
          }
        });
        engagements.push(own);
      }
      next += count;
    });
    if (next !== cls.subjects.length) throw new Error('minimal joint audit: option counts do not cover the class');
  });
  if (joint.length > 0) engagements.push(joint);
  return engagements;
}

interface IlpOutcome {
  status: string;
  solver: string;
  objective: number;
  /** z_{g,o} rounded, or `null` when the solver gave no usable solution. */
  counts: number[][] | null;
}

async function runIlp(solver: LpSolver, group: Group, built: GroupModel, timeLimitSeconds: number): Promise<IlpOutcome> {
  const result = await solver(built.lp, timeLimitSeconds);
  const name = result.solver ?? 'custom solver';
  const unusable = { status: result.status, solver: name, objective: Number.NaN, counts: null };
  if (result.values === null) return unusable;
  const counts: number[][] = [];
  for (const [g, names] of built.z.entries()) {
    const row: number[] = [];
    for (const name of names) {
      const primal = result.values.get(name);
      if (primal === undefined || !Number.isFinite(primal)) return unusable;
      const value = Math.round(primal);
      if (Math.abs(value - primal) > 1e-4 || value < 0) return unusable;
      row.push(value);
    }
    if (row.reduce((a, b) => a + b, 0) !== group.classes[g]?.subjects.length) return unusable;
    counts.push(row);
  }
  return { status: result.status, solver: name, objective: result.objective + built.constant, counts };
}

// ---------------------------------------------------------------------------------------------------------------
// Entry point

function compareEngagements(a: EngagementResult, b: EngagementResult): number {
  return (
    compareIds(a.evidence, b.evidence) ||
    a.cycleMonths - b.cycleMonths ||
    b.subjects.length - a.subjects.length ||
    compareIds(a.subjects.join('\u0000'), b.subjects.join('\u0000')) ||
    compareIds(a.requirements.join('\u0000'), b.requirements.join('\u0000')) ||
    (a.obligations[0] ?? 0) - (b.obligations[0] ?? 0)
  );
}

function withinTolerance(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= CHECK_TOLERANCE * Math.max(1, Math.abs(expected));
}

/**
 * The cheapest plan of §5, proven optimal by the normal form and the group ILPs (see the comment at the top).
 * Throws `AuditInputError` on invalid input and `Error` if the re-costing check fails.
 */
export async function solveMinimalJointAudit(instance: AuditInstance, options: SolveOptions): Promise<AuditSolution> {
  const started = performance.now();
  const model = new AuditCostModel(instance);
  const groups = buildGroups(model);
  const timeLimit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;

  const size: ModelSize = { groups: groups.length, ilpGroups: 0, variables: 0, integerVariables: 0, constraints: 0 };
  let status = 'Optimal';
  let optimal = true;
  let solverName = '';
  let closedForms = 0;
  const engagementIndices: number[][] = [];

  for (const group of groups) {
    const built = buildGroupModel(group, model);
    if (built === null) {
      closedForms += 1;
      engagementIndices.push(...reconstruct(group, group.classes.map((c) => [c.subjects.length])));
      continue;
    }
    size.ilpGroups += 1;
    size.variables += built.size.variables;
    size.integerVariables += built.size.integerVariables;
    size.constraints += built.size.constraints;
    const outcome = await runIlp(options.lpSolver, group, built, timeLimit);
    solverName ||= outcome.solver;
    if (outcome.status === 'Optimal' && outcome.counts === null) {
      throw new Error(`minimal joint audit: the solver reported Optimal without a usable solution in group ${groupKeyText(group.key)}`);
    }
    const planCost = (plan: number[][]): number => plan.reduce((sum, e) => sum + model.engagementCost(e).cost, 0);
    let planned: number[][];
    if (outcome.status === 'Optimal' && outcome.counts !== null) {
      planned = reconstruct(group, outcome.counts);
      const recomputed = planCost(planned);
      if (!withinTolerance(recomputed, outcome.objective)) {
        throw new Error(
          `minimal joint audit: re-costed plan ${recomputed} differs from the ILP objective ${outcome.objective} ` +
            `in group ${groupKeyText(group.key)}`,
        );
      }
    } else {
      if (optimal) {
        optimal = false;
        status = outcome.status;
      }
      // Not proven: take the cheaper of the solver's incumbent (if any) and option 0 everywhere (keep all in S_s),
      // which is always feasible. Reported with optimal: false.
      const keepAll = reconstruct(group, group.classes.map((c) => c.options.map((_, o) => (o === 0 ? c.subjects.length : 0))));
      const incumbent = outcome.counts === null ? null : reconstruct(group, outcome.counts);
      planned = incumbent !== null && planCost(incumbent) < planCost(keepAll) ? incumbent : keepAll;
    }
    engagementIndices.push(...planned);
  }

  // Every engagement feasible, every obligation covered exactly once — or no answer at all.
  const covered = new Array<number>(instance.obligations.length).fill(0);
  for (const e of engagementIndices) {
    const check = model.feasibility(e);
    if (!check.feasible) throw new Error(`minimal joint audit: internal error, infeasible engagement: ${check.reasons.join('; ')}`);
    for (const i of e) covered[i] = (covered[i] ?? 0) + 1;
  }
  if (covered.some((c) => c !== 1)) throw new Error('minimal joint audit: internal error, obligations not covered exactly once');

  const engagements = engagementIndices.map((e) => model.describe(e)).sort(compareEngagements);
  let totalCost = 0;
  for (const e of engagements) totalCost += e.cost;
  const baselineCost = model.baselineCost();
  const ilp = `ilp (${solverName})`;
  const method = size.ilpGroups === 0 ? 'closed-form' : closedForms > 0 ? `closed-form + ${ilp}` : ilp;

  return {
    optimal,
    totalCost,
    baselineCost,
    savings: baselineCost - totalCost,
    engagements,
    solver: { status, millis: performance.now() - started, method, model: size },
    separations: separationsOf(model),
  };
}
