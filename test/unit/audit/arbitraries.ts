// Random small audit instances for the property tests: few enough obligations (≤ 7) for exhaustive search.

import fc from 'fast-check';

import type { AuditInstance, MappingInput } from '../../../src/domain/audit/types.js';
import { EVIDENCE, MAPPING_RELATIONS } from '../../../src/domain/model.js';

export interface Shape {
  /** One evidence type and cycle everywhere, bundling on: one big group, so the ILP has real choices. */
  dense: boolean;
  /** Allow the same (requirement, subject) twice. */
  duplicates: boolean;
  /**
   * Force a choice: 2–3 subjects, ≥ 2 requirements of which `req-0` is solo and `req-1` jointAllowed, few norms and
   * many mappings (so subsumption inside the joint engagement — the non-monotone case — is common).
   */
  choice: boolean;
}

export function instanceArb(shape: Shape): fc.Arbitrary<AuditInstance> {
  const maxNormsPerFramework = shape.choice ? 4 : 6;
  return fc
    .record({
      subjectCount: fc.integer({ min: shape.choice ? 2 : 1, max: 3 }),
      frameworks: fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: maxNormsPerFramework }), {
        minLength: 1,
        maxLength: shape.choice ? 2 : 3,
      }),
      requirementCount: fc.integer({ min: shape.choice ? 2 : 1, max: 4 }),
    })
    .chain(({ subjectCount, frameworks, requirementCount }) => {
      const norms = frameworks.flatMap((weights, f) =>
        weights.map((weight, i) => ({ id: `f${f}-n${i}`, framework: `f${f}`, weight })),
      );
      const normIds = norms.map((n) => n.id);
      // Two baseline ids outside `norms`: weightless mapping endpoints (like BIO measures nobody audits directly).
      const endpoints = [...normIds, 'bio-1', 'bio-2'];
      const subjects = Array.from({ length: subjectCount }, (_, i) => `GM000${i + 1}`);
      const dense = shape.dense || shape.choice;
      const requirementArb = (i: number) =>
        fc.record({
          id: fc.constant(`req-${i}`),
          facility: fc.constantFrom('F0', 'F1', 'F2'),
          evidence: dense ? fc.constant(EVIDENCE[1]) : fc.constantFrom(...EVIDENCE),
          cycleMonths: dense ? fc.constant(12) : fc.constantFrom(12, 24),
          scope: fc.constantFrom('PER_CONNECTION' as const, 'PER_MEMBER' as const),
          jointAllowed: shape.choice && i < 2 ? fc.constant(i === 1) : fc.boolean(),
          norms: fc.subarray(normIds, { minLength: shape.choice ? 1 : 0, maxLength: Math.min(5, normIds.length) }),
        });
      const requirements = fc.tuple(...Array.from({ length: requirementCount }, (_, i) => requirementArb(i)));
      const mapping: fc.Arbitrary<MappingInput> = fc.record({
        from: fc.constantFrom(...endpoints),
        to: fc.constantFrom(...endpoints),
        relation: shape.choice
          ? fc.constantFrom<MappingInput['relation']>('SUBSET_OF', 'SUPERSET_OF', 'SUBSET_OF', 'EQUAL', 'INTERSECTS', 'NOT_RELATED')
          : fc.constantFrom(...MAPPING_RELATIONS),
      });
      const pairs = Array.from({ length: requirementCount }, (_, r) =>
        subjects.map((s) => ({ requirement: `req-${r}`, subject: s })),
      ).flat();
      let obligations: fc.Arbitrary<{ requirement: string; subject: string }[]>;
      if (shape.duplicates) {
        obligations = fc.array(fc.constantFrom(...pairs), { minLength: 1, maxLength: 7 });
      } else if (shape.choice) {
        // Every subject has the solo req-0 and the jointAllowed req-1; the rest at random, 7 obligations at most.
        const core = pairs.filter((p) => p.requirement === 'req-0' || p.requirement === 'req-1');
        const rest = pairs.filter((p) => p.requirement !== 'req-0' && p.requirement !== 'req-1');
        obligations = fc
          .subarray(rest, { maxLength: Math.min(7 - core.length, rest.length) })
          .map((extra) => [...core, ...extra]);
      } else {
        obligations = fc.subarray(pairs, { minLength: 1, maxLength: Math.min(7, pairs.length) });
      }
      const cost = fc.record({ fixedCost: fc.integer({ min: 0, max: 60 }), subjectCost: fc.integer({ min: 0, max: 30 }) });
      return fc.record({
        requirements,
        norms: fc.constant(norms),
        mappings: fc.array(mapping, { maxLength: shape.choice ? 12 : 10 }),
        obligations,
        costModel: fc.record({ SELF_EVALUATION: cost, IT_AUDIT: cost }),
        crossFacilityBundling: dense ? fc.constant(true) : fc.boolean(),
      });
    })
    .map((r) => ({ ...r, requirements: [...r.requirements] }));
}
