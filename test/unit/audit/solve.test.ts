// Targeted cases for the optimiser: the traps of a non-monotone cost, model size, determinism, honesty about status.

import { describe, expect, it } from 'vitest';

import { requirementLabel } from '../../../src/domain/audit/cost.js';
import { separationTexts } from '../../../src/domain/audit/separations.js';
import { solveMinimalJointAudit } from '../../../src/domain/audit/solve.js';
import type { LpSolver } from '../../../src/domain/audit/solve.js';
import type { AuditInstance, AuditRequirementInput, AuditSolution } from '../../../src/domain/audit/types.js';
import { bruteForce } from './bruteforce.js';
import { syntheticCollaboration } from './synthetic.js';
import { highsSolver } from '../../../src/solver/highs.js';

/** The solver every call here uses: HiGHS, as the service wires it. */
const HIGHS = { lpSolver: highsSolver };

const req = (id: string, jointAllowed: boolean, norms: string[], extra: Partial<AuditRequirementInput> = {}): AuditRequirementInput => ({
  id,
  facility: 'F',
  evidence: 'IT_AUDIT',
  cycleMonths: 12,
  scope: 'PER_MEMBER',
  jointAllowed,
  norms,
  ...extra,
});

const COSTS: AuditInstance['costModel'] = {
  IT_AUDIT: { fixedCost: 10, subjectCost: 1 },
  SELF_EVALUATION: { fixedCost: 5, subjectCost: 1 },
};

/** Plan as sorted "subject:requirement" lists, independent of obligation indices. */
function shape(instance: AuditInstance, solution: AuditSolution): string[][] {
  return solution.engagements
    .map((e) => e.obligations.map((i) => `${instance.obligations[i]?.subject}:${instance.obligations[i]?.requirement}`).sort())
    .sort((a, b) => a.join().localeCompare(b.join()));
}

describe('non-monotone cost inside the joint engagement', () => {
  // x (solo, heavy X) and k (heavy K) are both subsets of the light broad norm R. Presence of R lowers any engagement.
  const base = {
    norms: [
      { id: 'X', framework: 'a', weight: 100 },
      { id: 'K', framework: 'a', weight: 100 },
      { id: 'R', framework: 'b', weight: 1 },
      { id: 'R2', framework: 'b', weight: 1 },
    ],
    mappings: [
      { from: 'X', to: 'R', relation: 'SUBSET_OF' as const },
      { from: 'K', to: 'R', relation: 'SUBSET_OF' as const },
      { from: 'R', to: 'R2', relation: 'EQUAL' as const },
    ],
    costModel: COSTS,
    crossFacilityBundling: true,
  };

  it('does not let the joint engagement enjoy a requirement nobody sent to it', async () => {
    // A: x (solo) and r (jointAllowed); B: k only, so B's k is in J.
    // keep r with A: S_A = {x, r} = 10 + 1 + 1 = 12, J = {k} = 10 + 1 + 100 = 111 → 123;
    // send r to J: S_A = {x} = 111, J = {k, r} with A and B = 10 + 2 + 1 = 13 → 124.
    // A model without "p_r ≤ Σ z" would claim 12 + 12 = 24 (r present in J for free); the re-costing check forbids it.
    const instance: AuditInstance = {
      ...base,
      requirements: [req('x', false, ['X']), req('r', true, ['R']), req('k', true, ['K'])],
      obligations: [
        { requirement: 'x', subject: 'A' },
        { requirement: 'r', subject: 'A' },
        { requirement: 'k', subject: 'B' },
      ],
    };
    const solution = await solveMinimalJointAudit(instance, HIGHS);
    expect(bruteForce(instance).cost).toBe(123);
    expect(solution.totalCost).toBe(123);
    expect(solution.optimal).toBe(true);
  });

  it('does not let a superclass count as present in J through an auxiliary OR variable alone', async () => {
    // A: x (solo), r1 and r2 (jointAllowed, R ≡ R2 one class); B: k. Sending one of r1/r2 to J costs 25:
    // S_A = {x, r2} = 12, J = {k, r1} = 10 + 2 + 1 = 13. Keeping both: 12 + 111 = 123.
    const instance: AuditInstance = {
      ...base,
      requirements: [req('x', false, ['X']), req('r1', true, ['R']), req('r2', true, ['R2']), req('k', true, ['K'])],
      obligations: [
        { requirement: 'x', subject: 'A' },
        { requirement: 'r1', subject: 'A' },
        { requirement: 'r2', subject: 'A' },
        { requirement: 'k', subject: 'B' },
      ],
    };
    const solution = await solveMinimalJointAudit(instance, HIGHS);
    expect(bruteForce(instance).cost).toBe(25);
    expect(solution.totalCost).toBe(25);
    // r1 and r2 tie; either one joins J.
    const joint = solution.engagements.find((e) => e.subjects.length === 2);
    expect(joint?.requirements).toHaveLength(2);
    expect(joint?.requirements).toContain('k');
  });

  it('puts a duplicated jointAllowed obligation in both engagements when that is cheaper', async () => {
    // Same as the first case with A's r obligation twice: one copy keeps R in S_A (12), the other joins J (13) → 25.
    const instance: AuditInstance = {
      ...base,
      requirements: [req('x', false, ['X']), req('r', true, ['R']), req('k', true, ['K'])],
      obligations: [
        { requirement: 'x', subject: 'A' },
        { requirement: 'r', subject: 'A' },
        { requirement: 'r', subject: 'A' },
        { requirement: 'k', subject: 'B' },
      ],
    };
    const solution = await solveMinimalJointAudit(instance, HIGHS);
    expect(bruteForce(instance).cost).toBe(25);
    expect(solution.totalCost).toBe(25);
    expect(solution.engagements.map((e) => e.obligations)).toEqual([[2, 3], [0, 1]]);
  });

  it('charges each tier of a class in J at the largest weight present', async () => {
    // C ≡ C2 ≡ C3 one class; J-able requirements hold members at 5, 9 and 30. A keeps c30 or sends it.
    const instance: AuditInstance = {
      norms: [
        { id: 'S', framework: 'a', weight: 50 },
        { id: 'C', framework: 'a', weight: 5 },
        { id: 'C2', framework: 'a', weight: 9 },
        { id: 'C3', framework: 'a', weight: 30 },
      ],
      mappings: [
        { from: 'C', to: 'C2', relation: 'EQUAL' },
        { from: 'C2', to: 'C3', relation: 'EQUAL' },
      ],
      requirements: [req('s', false, ['S']), req('c5', true, ['C']), req('c9', true, ['C2']), req('c30', true, ['C3'])],
      obligations: [
        { requirement: 's', subject: 'A' },
        { requirement: 'c30', subject: 'A' },
        { requirement: 'c5', subject: 'B' },
        { requirement: 'c9', subject: 'C' },
        { requirement: 's', subject: 'D' },
        { requirement: 'c9', subject: 'D' },
      ],
      costModel: COSTS,
      crossFacilityBundling: true,
    };
    const solution = await solveMinimalJointAudit(instance, HIGHS);
    expect(solution.totalCost).toBe(bruteForce(instance).cost);
  });
});

describe('model size', () => {
  it('is the same for 200 identical members as for 2', async () => {
    const two = await solveMinimalJointAudit(syntheticCollaboration({ members: 2, digidJointAllowed: true }), HIGHS);
    const many = await solveMinimalJointAudit(syntheticCollaboration({ members: 200, digidJointAllowed: true }), HIGHS);
    expect(two.solver.model.ilpGroups).toBe(1);
    expect(many.solver.model).toEqual(two.solver.model);
    expect(many.optimal).toBe(true);
    // 200 members: DigiD jointly (one engagement), Suwinet per member, BRP per member.
    expect(many.engagements).toHaveLength(401);
  });

  it('grows with distinct member signatures, not with members', async () => {
    const ten = await solveMinimalJointAudit(syntheticCollaboration({ members: 10, digidJointAllowed: true, withoutSuwinetEvery: 5 }), HIGHS);
    const hundred = await solveMinimalJointAudit(
      syntheticCollaboration({ members: 100, digidJointAllowed: true, withoutSuwinetEvery: 5 }),
      HIGHS,
    );
    expect(hundred.solver.model).toEqual(ten.solver.model);
  });

  it('needs no ILP when nothing is jointAllowed', async () => {
    const solution = await solveMinimalJointAudit(syntheticCollaboration({ members: 50, digidJointAllowed: false }), HIGHS);
    expect(solution.solver).toMatchObject({ method: 'closed-form', status: 'Optimal' });
    expect(solution.solver.model.ilpGroups).toBe(0);
    expect(solution.optimal).toBe(true);
    expect(solution.engagements).toHaveLength(100);
  });
});

describe('determinism', () => {
  const instance = syntheticCollaboration({ members: 12, digidJointAllowed: true, withoutSuwinetEvery: 4 });

  it('returns the same plan for the same input', async () => {
    const strip = (s: AuditSolution) => ({ ...s, solver: { ...s.solver, millis: 0 } });
    expect(strip(await solveMinimalJointAudit(instance, HIGHS))).toEqual(strip(await solveMinimalJointAudit(instance, HIGHS)));
  });

  it('returns the same engagements whatever the order of the input lists', async () => {
    const shuffled: AuditInstance = {
      ...instance,
      requirements: [...instance.requirements].reverse(),
      norms: [...instance.norms].reverse(),
      mappings: [...instance.mappings].reverse(),
      obligations: [...instance.obligations].reverse(),
    };
    const a = await solveMinimalJointAudit(instance, HIGHS);
    const b = await solveMinimalJointAudit(shuffled, HIGHS);
    expect(b.totalCost).toBe(a.totalCost);
    expect(shape(shuffled, b)).toEqual(shape(instance, a));
    expect(b.separations).toEqual(a.separations);
  });
});

describe('separations', () => {
  it('lists evidence, cycle, bundling and jointAllowed reasons in a fixed order', async () => {
    const instance: AuditInstance = {
      norms: [],
      mappings: [],
      requirements: [
        req('digid-assessment', false, [], { name: 'DigiD assessment', facility: 'DIGID' }),
        req('suwinet-audit', true, [], { facility: 'GGK' }),
        req('brp', true, [], { facility: 'BRP', evidence: 'SELF_EVALUATION' }),
        req('woz', true, [], { facility: 'WOZ', cycleMonths: 24 }),
      ],
      obligations: [
        { requirement: 'digid-assessment', subject: 'GM0002' },
        { requirement: 'digid-assessment', subject: 'GM0001' },
        { requirement: 'suwinet-audit', subject: 'GM0001' },
        { requirement: 'brp', subject: 'GM0001' },
        { requirement: 'woz', subject: 'GM0001' },
      ],
      costModel: COSTS,
      crossFacilityBundling: false,
    };
    const solution = await solveMinimalJointAudit(instance, HIGHS);
    const label = (id: string) => requirementLabel(instance.requirements.find((r) => r.id === id)!);
    expect(separationTexts(solution.separations, label)).toEqual([
      'different evidence: IT_AUDIT vs SELF_EVALUATION',
      'different cycle: 12 vs 24 months',
      'cross-facility bundling is off: DIGID and GGK audits stay apart (IT_AUDIT, 12 months)',
      'DigiD assessment (digid-assessment) is not jointAllowed: obligations of GM0001 and GM0002 stay apart',
    ]);
  });

  it('handles an empty instance', async () => {
    const solution = await solveMinimalJointAudit({ norms: [], mappings: [], requirements: [], obligations: [], costModel: COSTS, crossFacilityBundling: true }, HIGHS);
    expect(solution).toMatchObject({ optimal: true, totalCost: 0, baselineCost: 0, savings: 0, engagements: [], separations: [] });
  });
});

describe('honesty about optimality', () => {
  const instance = syntheticCollaboration({ members: 3, digidJointAllowed: true });

  it('reports optimal: false with the solver status, and a feasible plan, when the solver stops early', async () => {
    const stopped: LpSolver = () => ({ status: 'Time limit reached', objective: Number.NaN, values: null });
    const solution = await solveMinimalJointAudit(instance, { lpSolver: stopped });
    expect(solution.optimal).toBe(false);
    expect(solution.solver.status).toBe('Time limit reached');
    expect(solution.engagements.flatMap((e) => e.obligations).sort((a, b) => a - b)).toEqual(instance.obligations.map((_, i) => i));
    expect(solution.totalCost).toBeGreaterThanOrEqual((await solveMinimalJointAudit(instance, HIGHS)).totalCost);
  });

  it('throws instead of returning an optimum the re-costing does not confirm', async () => {
    const lying: LpSolver = (lp) => {
      const names = [...lp.matchAll(/\b(z\d+_\d+)\b/g)].map((m) => m[1] ?? '');
      // Claims everyone keeps everything (option 0) at an objective of 1 euro.
      const values = new Map(names.map((n) => [n, n.endsWith('_0') ? 3 : 0]));
      return { status: 'Optimal', objective: 1, values };
    };
    await expect(solveMinimalJointAudit(instance, { lpSolver: lying })).rejects.toThrow(/re-costed plan/);
  });
});
