// Norm classes, tested norms and engagement cost as joint-audit.md §4 defines them.

import { describe, expect, it } from 'vitest';

import {
  AuditCostModel,
  AuditInputError,
  baselineCost,
  engagementCost,
  feasible,
  normClasses,
  testedNorms,
} from '../../../src/domain/audit/cost.js';
import type { AuditInstance, MappingInput, NormInput } from '../../../src/domain/audit/types.js';

const norm = (id: string, weight: number, framework = id.split('-')[0] ?? 'x'): NormInput => ({ id, framework, weight });
const map = (from: string, relation: MappingInput['relation'], to: string): MappingInput => ({ from, to, relation });

describe('normClasses', () => {
  it('joins norms EQUAL to one measure of a third framework into one class, tested once at the largest weight', () => {
    const classes = normClasses(
      [norm('digid-1', 300), norm('suwinet-1', 500), norm('bio-1', 0)],
      [map('digid-1', 'EQUAL', 'bio-1'), map('suwinet-1', 'EQUAL', 'bio-1')],
    );
    expect(classes.classOf('digid-1')).toBe(classes.classOf('suwinet-1'));
    const tested = testedNorms(classes, ['digid-1', 'suwinet-1']);
    expect(tested.weight).toBe(500);
    expect(tested.norms).toEqual(['suwinet-1']);
  });

  it('classes through a mapping endpoint that is not an input norm (weightless, never present)', () => {
    const classes = normClasses([norm('digid-1', 300), norm('suwinet-1', 500)], [
      map('digid-1', 'EQUAL', 'BIO-5.1.1'),
      map('BIO-5.1.1', 'EQUAL', 'suwinet-1'),
    ]);
    expect(classes.classOf('digid-1')).toBe(classes.classOf('suwinet-1'));
    expect(classes.classes.get(classes.classOf('digid-1'))?.members).toEqual(['BIO-5.1.1', 'digid-1', 'suwinet-1']);
    expect(testedNorms(classes, ['digid-1', 'suwinet-1']).weight).toBe(500);
  });

  it('reads n SUPERSET_OF m as m SUBSET_OF n', () => {
    const sub = normClasses([norm('a', 10), norm('b', 7)], [map('a', 'SUBSET_OF', 'b')]);
    const sup = normClasses([norm('a', 10), norm('b', 7)], [map('b', 'SUPERSET_OF', 'a')]);
    for (const classes of [sub, sup]) {
      expect(classes.isStrictSubclass(classes.classOf('a'), classes.classOf('b'))).toBe(true);
      expect(classes.isStrictSubclass(classes.classOf('b'), classes.classOf('a'))).toBe(false);
      expect(testedNorms(classes, ['a', 'b'])).toMatchObject({ norms: ['b'], weight: 7 });
      expect(testedNorms(classes, ['a'])).toMatchObject({ norms: ['a'], weight: 10 });
    }
  });

  it('takes SUBSET_OF transitively, also through a norm that is not present', () => {
    const classes = normClasses(
      [norm('a', 10), norm('b', 20), norm('c', 5)],
      [map('a', 'SUBSET_OF', 'b'), map('c', 'SUPERSET_OF', 'b')],
    );
    expect(classes.classes.get(classes.classOf('a'))?.superclasses).toEqual([classes.classOf('b'), classes.classOf('c')]);
    expect(testedNorms(classes, ['a', 'c'])).toMatchObject({ norms: ['c'], weight: 5 });
  });

  it('merges classes that are subsets of each other (a cycle) into one class', () => {
    const classes = normClasses(
      [norm('a', 10), norm('b', 20), norm('c', 5), norm('d', 1)],
      [map('a', 'SUBSET_OF', 'b'), map('b', 'SUBSET_OF', 'c'), map('a', 'SUPERSET_OF', 'c'), map('d', 'SUBSET_OF', 'a')],
    );
    const abc = classes.classOf('a');
    expect(classes.classOf('b')).toBe(abc);
    expect(classes.classOf('c')).toBe(abc);
    expect(classes.classes.get(abc)?.members).toEqual(['a', 'b', 'c']);
    expect(classes.classes.get(abc)?.superclasses).toEqual([]);
    expect(classes.classes.get(classes.classOf('d'))?.superclasses).toEqual([abc]);
    // One class: tested once, at the largest weight of the members present.
    expect(testedNorms(classes, ['a', 'b', 'c', 'd'])).toMatchObject({ norms: ['b'], weight: 20 });
    expect(testedNorms(classes, ['a', 'c', 'd'])).toMatchObject({ norms: ['a'], weight: 10 });
  });

  it('is not monotone: a present superclass with a lower weight lowers the cost', () => {
    const classes = normClasses([norm('detail', 100), norm('broad', 10)], [map('detail', 'SUBSET_OF', 'broad')]);
    expect(testedNorms(classes, ['detail']).weight).toBe(100);
    expect(testedNorms(classes, ['detail', 'broad']).weight).toBe(10);
  });

  it('saves nothing for INTERSECTS and NOT_RELATED', () => {
    const classes = normClasses(
      [norm('a', 10), norm('b', 20), norm('c', 30)],
      [map('a', 'INTERSECTS', 'b'), map('b', 'NOT_RELATED', 'c')],
    );
    expect(new Set([classes.classOf('a'), classes.classOf('b'), classes.classOf('c')]).size).toBe(3);
    expect(testedNorms(classes, ['a', 'b', 'c']).weight).toBe(60);
  });

  it('reports the heaviest present member of a class, ties by id, and ignores the weight of absent members', () => {
    const classes = normClasses(
      [norm('x-2', 40), norm('x-1', 40), norm('x-3', 90)],
      [map('x-1', 'EQUAL', 'x-2'), map('x-2', 'EQUAL', 'x-3')],
    );
    expect(testedNorms(classes, ['x-2', 'x-1'])).toMatchObject({ norms: ['x-1'], weight: 40 });
  });

  it('treats an id nobody declared as its own weightless class', () => {
    const classes = normClasses([norm('a', 10)], []);
    expect(testedNorms(classes, ['a', 'unknown'])).toMatchObject({ norms: ['a', 'unknown'], weight: 10 });
  });

  it('does not depend on the order of norms and mappings', () => {
    const norms = [norm('a', 1), norm('b', 2), norm('c', 3), norm('d', 4)];
    const mappings = [map('a', 'EQUAL', 'b'), map('c', 'SUBSET_OF', 'a'), map('d', 'SUPERSET_OF', 'b')];
    const one = normClasses(norms, mappings);
    const two = normClasses([...norms].reverse(), [...mappings].reverse());
    expect([...two.classes.values()]).toEqual([...one.classes.values()]);
  });

  it('rejects negative or non-finite weights and duplicate ids', () => {
    expect(() => normClasses([norm('a', -1)], [])).toThrow(AuditInputError);
    expect(() => normClasses([norm('a', Number.NaN)], [])).toThrow(AuditInputError);
    expect(() => normClasses([norm('a', 1), norm('a', 2)], [])).toThrow(AuditInputError);
  });
});

describe('engagement cost and feasibility', () => {
  const instance: AuditInstance = {
    requirements: [
      { id: 'digid', name: 'DigiD assessment', facility: 'DIGID', evidence: 'IT_AUDIT', cycleMonths: 12, scope: 'PER_CONNECTION', jointAllowed: false, norms: ['digid-1', 'digid-2'] },
      { id: 'suwi', facility: 'GGK', evidence: 'IT_AUDIT', cycleMonths: 12, scope: 'PER_MEMBER', jointAllowed: true, norms: ['suwinet-1'] },
      { id: 'brp', facility: 'BRP', evidence: 'SELF_EVALUATION', cycleMonths: 12, scope: 'PER_MEMBER', jointAllowed: true, norms: ['brp-1'] },
      { id: 'wide', facility: 'GGK', evidence: 'IT_AUDIT', cycleMonths: 24, scope: 'PER_MEMBER', jointAllowed: true, norms: [] },
    ],
    norms: [norm('digid-1', 300), norm('digid-2', 200), norm('suwinet-1', 500), norm('brp-1', 50)],
    mappings: [map('digid-1', 'EQUAL', 'bio-1'), map('suwinet-1', 'EQUAL', 'bio-1')],
    obligations: [
      { requirement: 'digid', subject: 'GM0001' },
      { requirement: 'suwi', subject: 'GM0001' },
      { requirement: 'digid', subject: 'GM0002' },
      { requirement: 'suwi', subject: 'GM0002' },
      { requirement: 'brp', subject: 'GM0001' },
      { requirement: 'wide', subject: 'GM0001' },
    ],
    costModel: { IT_AUDIT: { fixedCost: 5000, subjectCost: 1000 }, SELF_EVALUATION: { fixedCost: 400, subjectCost: 100 } },
    crossFacilityBundling: true,
  };

  it('pays the fixed cost once, the subject cost per distinct subject, and shared norms once', () => {
    // digid-1 ≡ suwinet-1 through bio-1: tested once at 500; digid-2 at 200.
    expect(engagementCost(instance, [0, 1])).toBe(5000 + 1000 + 500 + 200);
    expect(engagementCost(instance, [1, 3])).toBe(5000 + 2 * 1000 + 500);
    expect(baselineCost(instance)).toBe(2 * 6500 + 2 * 6500 + 550 + 6000);
  });

  it('explains every rule an infeasible engagement breaks', () => {
    expect(feasible(instance, [0, 1])).toEqual({ feasible: true, reasons: [] });
    expect(feasible(instance, [0, 2]).reasons).toEqual([
      'DigiD assessment (digid) is not jointAllowed: obligations of GM0001 and GM0002 stay apart',
    ]);
    expect(feasible(instance, [1, 4]).reasons).toEqual(['different evidence: IT_AUDIT vs SELF_EVALUATION']);
    expect(feasible(instance, [1, 5]).reasons).toEqual(['different cycle: 12 vs 24 months']);
    const off = new AuditCostModel({ ...instance, crossFacilityBundling: false });
    expect(off.feasibility([0, 1]).reasons).toEqual(['cross-facility bundling is off: DIGID and GGK audits stay apart']);
  });

  it('rejects obligations of unknown requirements and negative costs', () => {
    expect(() => new AuditCostModel({ ...instance, obligations: [{ requirement: 'nope', subject: 'GM0001' }] })).toThrow(
      AuditInputError,
    );
    expect(
      () =>
        new AuditCostModel({
          ...instance,
          costModel: { ...instance.costModel, IT_AUDIT: { fixedCost: -1, subjectCost: 0 } },
        }),
    ).toThrow(AuditInputError);
  });
});
