// Exact optimiser of the minimal joint audit (joint-audit.md §5): the normal form (normal-form.ts), then one small ILP
// per group (lp-model.ts), solved through the LpSolver port, re-costed and checked before it is answered.
import { AuditCostModel, compareIds } from './cost.js';
import { type GroupModel, buildGroupModel } from './lp-model.js';
import { type Group, buildGroups, groupKeyText, reconstruct } from './normal-form.js';
import { separationsOf } from './separations.js';
import type { AuditInstance, AuditSolution, EngagementResult, ModelSize } from './types.js';

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

/** Relative tolerance of the re-costing check (the contract compares costs to 1e-6). */
const CHECK_TOLERANCE = 1e-6;
const DEFAULT_TIME_LIMIT_SECONDS = 60;

interface IlpOutcome {
  status: string;
  solver: string;
  objective: number;
  /** z_{g,o} rounded, or `null` when the solver gave no usable solution. */
  counts: number[][] | null;
}

async function runIlp(solver: LpSolver, group: Group, built: GroupModel, timeLimitSeconds: number): Promise<IlpOutcome> {
  const result = await solver(built.lp, timeLimitSeconds);
  const solverName = result.solver ?? 'custom solver';
  const unusable = { status: result.status, solver: solverName, objective: Number.NaN, counts: null };
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
  return { status: result.status, solver: solverName, objective: result.objective + built.constant, counts };
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
