// The worked example of joint-audit.md, with concrete numbers and the hand computation next to each assertion.
//
// Three members, light arrangement (no own OIN): DigiD has PER_MEMBER holders, so the DigiD assessment (IT_AUDIT,
// 12 months, PER_CONNECTION) gives one obligation per member; the Suwinet audit (IT_AUDIT, 12 months, PER_MEMBER)
// gives one per member too. DigiD and Suwinet share two norms through BIO:
//   digid-1 ≡ bio-1 ≡ suwinet-1 and digid-2 ≡ bio-2 ≡ suwinet-2 (EQUAL mappings to the same BIO measure).
// Cost model (euro): fixedCost(IT_AUDIT) = 5000, subjectCost(IT_AUDIT) = 1000.
// Suwinet weights: suwinet-1 = 1000, suwinet-2 = 1000, suwinet-3 = 2000       → W(S) = 4000.
// Two sets of DigiD weights (digid-1, digid-2 = 1000 each; digid-3, digid-4 vary):
//   LIGHT: digid-3 = digid-4 = 1500 → W(D) = 5000; HEAVY: digid-3 = digid-4 = 3000 → W(D) = 8000.
// The shared classes weigh max(1000, 1000) = 1000 each, so W(D ∪ S) = W(D) + W(S) − 2000.
// Calibration anchor (§4): one DigiD assessment for one member costs 5000 + 1000 + W(D) = 11000 (LIGHT) or 14000
// (HEAVY), both inside 10–15k.

import { describe, expect, it } from 'vitest';

import { requirementLabel } from '../../../src/domain/audit/cost.js';
import { separationTexts } from '../../../src/domain/audit/separations.js';
import { solveMinimalJointAudit } from '../../../src/domain/audit/solve.js';
import type { AuditInstance, AuditSolution } from '../../../src/domain/audit/types.js';
import { highsSolver } from '../../../src/solver/highs.js';

/** The solver every call here uses: HiGHS, as the service wires it. */
const HIGHS = { lpSolver: highsSolver };

const MEMBERS = ['GM0001', 'GM0002', 'GM0003'];

function workedExample(digidHeavyWeight: number, digidJointAllowed: boolean): AuditInstance {
  return {
    requirements: [
      {
        id: 'digid-assessment',
        name: 'DigiD assessment',
        facility: 'DIGID',
        evidence: 'IT_AUDIT',
        cycleMonths: 12,
        scope: 'PER_CONNECTION',
        jointAllowed: digidJointAllowed,
        norms: ['digid-1', 'digid-2', 'digid-3', 'digid-4'],
      },
      {
        id: 'suwinet-audit',
        name: 'Suwinet audit',
        facility: 'GGK',
        evidence: 'IT_AUDIT',
        cycleMonths: 12,
        scope: 'PER_MEMBER',
        jointAllowed: false,
        norms: ['suwinet-1', 'suwinet-2', 'suwinet-3'],
      },
    ],
    norms: [
      { id: 'digid-1', framework: 'digid-nk', weight: 1000 },
      { id: 'digid-2', framework: 'digid-nk', weight: 1000 },
      { id: 'digid-3', framework: 'digid-nk', weight: digidHeavyWeight },
      { id: 'digid-4', framework: 'digid-nk', weight: digidHeavyWeight },
      { id: 'suwinet-1', framework: 'suwinet', weight: 1000 },
      { id: 'suwinet-2', framework: 'suwinet', weight: 1000 },
      { id: 'suwinet-3', framework: 'suwinet', weight: 2000 },
      { id: 'bio-1', framework: 'bio', weight: 0 },
      { id: 'bio-2', framework: 'bio', weight: 0 },
    ],
    mappings: [
      { from: 'digid-1', to: 'bio-1', relation: 'EQUAL' },
      { from: 'suwinet-1', to: 'bio-1', relation: 'EQUAL' },
      { from: 'digid-2', to: 'bio-2', relation: 'EQUAL' },
      { from: 'bio-2', to: 'suwinet-2', relation: 'EQUAL' },
    ],
    // As the caller derives them: DigiD per holder (= per member here), Suwinet per member.
    obligations: MEMBERS.flatMap((m) => [
      { requirement: 'digid-assessment', subject: m },
      { requirement: 'suwinet-audit', subject: m },
    ]),
    costModel: {
      IT_AUDIT: { fixedCost: 5000, subjectCost: 1000 },
      SELF_EVALUATION: { fixedCost: 500, subjectCost: 100 },
    },
    crossFacilityBundling: true,
  };
}

const LIGHT = 1500;
const HEAVY = 3000;
/** The plan's separations as the API words them. */
function texts(instance: AuditInstance, plan: AuditSolution): string[] {
  return separationTexts(plan.separations, (id) => requirementLabel(instance.requirements.find((r) => r.id === id)!));
}

const DIGID_APART = 'DigiD assessment (digid-assessment) is not jointAllowed: obligations of GM0001, GM0002 and GM0003 stay apart';
const SUWINET_APART = 'Suwinet audit (suwinet-audit) is not jointAllowed: obligations of GM0001, GM0002 and GM0003 stay apart';

describe('worked example, variant 1: DigiD not jointAllowed', () => {
  it('bundles each member’s DigiD and Suwinet obligations: three engagements, shared BIO norms tested once', async () => {
    const instance = workedExample(LIGHT, false);
    const plan = await solveMinimalJointAudit(instance, HIGHS);
    // Per member: 5000 + 1000 + W(D ∪ S) = 6000 + (5000 + 4000 − 2000) = 13000; three members = 39000.
    // Baseline: 3 × (6000 + 5000) for DigiD + 3 × (6000 + 4000) for Suwinet = 63000.
    expect(plan.optimal).toBe(true);
    expect(plan.totalCost).toBe(39000);
    expect(plan.baselineCost).toBe(63000);
    expect(plan.savings).toBe(24000);
    expect(plan.engagements).toHaveLength(3);
    plan.engagements.forEach((e, i) => {
      expect(e.subjects).toEqual([MEMBERS[i]]);
      expect(e.requirements).toEqual(['digid-assessment', 'suwinet-audit']);
      expect(e.cost).toBe(13000);
      // digid-1/suwinet-1 and digid-2/suwinet-2 tie at 1000: the smaller id represents the class.
      expect(e.testedNorms).toEqual(['digid-1', 'digid-2', 'digid-3', 'digid-4', 'suwinet-3']);
    });
    expect(texts(instance, plan)).toEqual([DIGID_APART, SUWINET_APART]);
  });

  it('gives the same shape with heavy DigiD norms (3 × 16000)', async () => {
    const plan = await solveMinimalJointAudit(workedExample(HEAVY, false), HIGHS);
    // 6000 + (8000 + 4000 − 2000) = 16000 per member. Baseline 3 × 14000 + 3 × 10000 = 72000.
    expect(plan.totalCost).toBe(48000);
    expect(plan.baselineCost).toBe(72000);
    expect(plan.engagements.map((e) => e.subjects)).toEqual(MEMBERS.map((m) => [m]));
  });
});

describe('worked example, variant 2: policy makes the DigiD assessment jointAllowed', () => {
  // The alternatives, k = members whose DigiD obligation joins one joint DigiD engagement J:
  //   J = 5000 + 1000·k + W(D) (when k > 0); those k members: Suwinet alone, 6000 + 4000 = 10000 each;
  //   the other 3 − k: DigiD + Suwinet bundled, 6000 + W(D ∪ S) each.
  // LIGHT (W(D) = 5000, bundle 13000): k=0 → 39000; k=1 → 11000 + 10000 + 26000 = 47000; k=2 → 12000 + 20000 + 13000
  //   = 45000; k=3 → 13000 + 30000 = 43000. Bundling per member stays cheapest.
  // HEAVY (W(D) = 8000, bundle 16000): k=0 → 48000; k=1 → 14000 + 10000 + 32000 = 56000; k=2 → 15000 + 20000 + 16000
  //   = 51000; k=3 → 16000 + 30000 = 46000. One joint DigiD engagement wins.

  it('keeps per-member bundles when the DigiD norms are light (39000 < 43000)', async () => {
    const instance = workedExample(LIGHT, true);
    const plan = await solveMinimalJointAudit(instance, HIGHS);
    expect(plan.optimal).toBe(true);
    expect(plan.totalCost).toBe(39000);
    expect(plan.engagements.map((e) => e.subjects)).toEqual(MEMBERS.map((m) => [m]));
    expect(texts(instance, plan)).toEqual([SUWINET_APART]);
  });

  it('picks one joint DigiD engagement plus three Suwinet audits when the DigiD norms are heavy (46000 < 48000)', async () => {
    const plan = await solveMinimalJointAudit(workedExample(HEAVY, true), HIGHS);
    expect(plan.optimal).toBe(true);
    expect(plan.solver.status).toBe('Optimal');
    expect(plan.totalCost).toBe(46000);
    expect(plan.baselineCost).toBe(72000);
    expect(plan.savings).toBe(26000);
    expect(plan.engagements.map((e) => ({ subjects: e.subjects, requirements: e.requirements, cost: e.cost }))).toEqual([
      { subjects: MEMBERS, requirements: ['digid-assessment'], cost: 16000 },
      ...MEMBERS.map((m) => ({ subjects: [m], requirements: ['suwinet-audit'], cost: 10000 })),
    ]);
    expect(plan.engagements[0]?.obligations).toEqual([0, 2, 4]);
  });
});
