// Synthetic collaborations shaped like the real ones (DigiD, Suwinet, BRP over a shared BIO baseline), for size tests and the bench.

import type { AuditInstance, MappingInput, NormInput } from '../../../src/domain/audit/types.js';

export interface SyntheticOptions {
  members: number;
  /** Policy override: the DigiD assessment may be audited jointly. */
  digidJointAllowed: boolean;
  /** Every n-th member (n > 0) does not use Suwinet; 0 = all members alike. */
  withoutSuwinetEvery?: number;
}

/** Deterministic pseudo-random weights (a fixed LCG), so every run measures the same instance. */
function weights(seed: number, count: number, min: number, max: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return min + (state % (max - min + 1));
  });
}

const pad = (i: number): string => String(i).padStart(2, '0');

export function syntheticCollaboration(options: SyntheticOptions): AuditInstance {
  const norms: NormInput[] = [];
  const mappings: MappingInput[] = [];
  // BIO baseline: 30 measures, weight of the framework default; no requirement tests them directly here.
  for (let i = 1; i <= 30; i += 1) norms.push({ id: `bio-${pad(i)}`, framework: 'bio', weight: 400 });
  // DigiD normenkader: 20 norms; 1–12 EQUAL to BIO 1–12, 13–16 SUBSET_OF BIO 13–16.
  weights(7, 20, 300, 700).forEach((w, k) => {
    const i = k + 1;
    norms.push({ id: `digid-${pad(i)}`, framework: 'digid', weight: w });
    if (i <= 12) mappings.push({ from: `digid-${pad(i)}`, to: `bio-${pad(i)}`, relation: 'EQUAL' });
    else if (i <= 16) mappings.push({ from: `digid-${pad(i)}`, to: `bio-${pad(i)}`, relation: 'SUBSET_OF' });
  });
  // Suwinet: 20 BIO selections; 1–14 EQUAL to BIO 7–20 (shares BIO 7–12 with DigiD), 15–18 SUPERSET_OF DigiD 13–16.
  weights(11, 20, 200, 600).forEach((w, k) => {
    const i = k + 1;
    norms.push({ id: `suwinet-${pad(i)}`, framework: 'suwinet', weight: w });
    if (i <= 14) mappings.push({ from: `suwinet-${pad(i)}`, to: `bio-${pad(i + 6)}`, relation: 'EQUAL' });
    else if (i <= 18) mappings.push({ from: `suwinet-${pad(i)}`, to: `digid-${pad(i - 2)}`, relation: 'SUPERSET_OF' });
  });
  // BRP self-evaluation: 20 norms; 1–10 EQUAL to BIO 21–30, the rest INTERSECTS (saves nothing).
  weights(13, 20, 20, 80).forEach((w, k) => {
    const i = k + 1;
    norms.push({ id: `brp-${pad(i)}`, framework: 'brp', weight: w });
    mappings.push({ from: `brp-${pad(i)}`, to: `bio-${pad(i <= 10 ? i + 20 : i)}`, relation: i <= 10 ? 'EQUAL' : 'INTERSECTS' });
  });
  const ids = (prefix: string) => Array.from({ length: 20 }, (_, k) => `${prefix}-${pad(k + 1)}`);

  const members = Array.from({ length: options.members }, (_, i) => `GM${String(i + 1).padStart(4, '0')}`);
  const every = options.withoutSuwinetEvery ?? 0;
  return {
    requirements: [
      { id: 'digid-assessment', name: 'DigiD assessment', facility: 'DIGID', evidence: 'IT_AUDIT', cycleMonths: 12, scope: 'PER_CONNECTION', jointAllowed: options.digidJointAllowed, norms: ids('digid') },
      { id: 'suwinet-audit', name: 'Suwinet audit', facility: 'GGK', evidence: 'IT_AUDIT', cycleMonths: 12, scope: 'PER_MEMBER', jointAllowed: false, norms: ids('suwinet') },
      { id: 'brp-self-evaluation', name: 'BRP self-evaluation', facility: 'BRP', evidence: 'SELF_EVALUATION', cycleMonths: 12, scope: 'PER_MEMBER', jointAllowed: false, norms: ids('brp') },
    ],
    norms,
    mappings,
    obligations: members.flatMap((m, i) => [
      { requirement: 'digid-assessment', subject: m },
      ...(every > 0 && i % every === every - 1 ? [] : [{ requirement: 'suwinet-audit', subject: m }]),
      { requirement: 'brp-self-evaluation', subject: m },
    ]),
    costModel: {
      IT_AUDIT: { fixedCost: 5000, subjectCost: 1000 },
      SELF_EVALUATION: { fixedCost: 500, subjectCost: 250 },
    },
    crossFacilityBundling: true,
  };
}
