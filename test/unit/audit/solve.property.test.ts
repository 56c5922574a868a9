// The optimiser against exhaustive search over every set partition, on random small instances.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { solveMinimalJointAudit } from '../../../src/domain/audit/solve.js';
import type { AuditInstance, AuditSolution } from '../../../src/domain/audit/types.js';
import { instanceArb } from './arbitraries.js';
import { bruteForce, reference } from './bruteforce.js';
import { highsSolver } from '../../../src/solver/highs.js';

/** The solver every call here uses: HiGHS, as the service wires it. */
const HIGHS = { lpSolver: highsSolver };

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
}

function checkAgainstReference(instance: AuditInstance, solution: AuditSolution): void {
  const ref = reference(instance);
  const best = bruteForce(instance);
  expect(solution.optimal).toBe(true);
  expect(solution.solver.status).toBe('Optimal');
  expect(close(solution.totalCost, best.cost), `total ${solution.totalCost} vs brute force ${best.cost}`).toBe(true);
  const covered = new Array<number>(instance.obligations.length).fill(0);
  let sum = 0;
  for (const e of solution.engagements) {
    expect(ref.feasible(e.obligations)).toBe(true);
    expect(close(e.cost, ref.cost(e.obligations))).toBe(true);
    for (const i of e.obligations) covered[i] = (covered[i] ?? 0) + 1;
    sum += e.cost;
  }
  expect(covered.every((c) => c === 1)).toBe(true);
  expect(close(sum, solution.totalCost)).toBe(true);
  expect(close(solution.baselineCost, ref.baseline())).toBe(true);
  expect(solution.baselineCost).toBeGreaterThanOrEqual(solution.totalCost - 1e-9);
  expect(close(solution.savings, solution.baselineCost - solution.totalCost)).toBe(true);
}

describe('solveMinimalJointAudit equals exhaustive search', () => {
  it('on random small instances (mixed evidence, cycles, facilities, bundling)', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb({ dense: false, duplicates: false, choice: false }), async (instance) => {
        checkAgainstReference(instance, await solveMinimalJointAudit(instance, HIGHS));
      }),
      { numRuns: 300 },
    );
  });

  it('on random instances where everything can bundle (one large group, real ILP choices)', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb({ dense: true, duplicates: false, choice: false }), async (instance) => {
        checkAgainstReference(instance, await solveMinimalJointAudit(instance, HIGHS));
      }),
      { numRuns: 300 },
    );
  });

  it('on random instances that force a choice between joint and own engagements (subsumption-heavy)', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb({ dense: false, duplicates: false, choice: true }), async (instance) => {
        checkAgainstReference(instance, await solveMinimalJointAudit(instance, HIGHS));
      }),
      { numRuns: 400 },
    );
  });

  it('on random instances with duplicated obligations', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb({ dense: true, duplicates: true, choice: false }), async (instance) => {
        checkAgainstReference(instance, await solveMinimalJointAudit(instance, HIGHS));
      }),
      { numRuns: 150 },
    );
  });
});
