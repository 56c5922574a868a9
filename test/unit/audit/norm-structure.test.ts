// A norm classing reused from a cache gives exactly the classes computed afresh, and one built for other input is never used.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NormClasses, NormStructure } from '../../../src/domain/audit/cost.js';
import type { MappingInput, NormInput } from '../../../src/domain/audit/types.js';
import { MAPPING_RELATIONS } from '../../../src/domain/model.js';

const ids = ['a-1', 'a-2', 'b-1', 'b-2', 'c-1', 'c-2', 'x-9'];
const normsArb = fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1 }).chain((chosen) =>
  fc.tuple(...chosen.map((id) => fc.integer({ min: 0, max: 50 }).map((weight): NormInput => ({ id, framework: id[0]!, weight })))),
);
const mappingsArb = fc.array(
  fc.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), relation: fc.constantFrom(...MAPPING_RELATIONS) }) as fc.Arbitrary<MappingInput>,
  { maxLength: 10 },
);

/** Everything a caller can observe of a classing. */
function observe(classes: NormClasses, present: string[]) {
  return {
    classes: [...classes.classes.values()],
    classOf: ids.map((id) => classes.classOf(id)),
    tested: classes.testedNorms(present),
  };
}

describe('NormStructure reused by NormClasses', () => {
  it('answers as the classing computed afresh when it was built from the same norms and mappings (in any order)', () => {
    fc.assert(
      fc.property(normsArb, mappingsArb, fc.subarray(ids), (norms, mappings, present) => {
        const structure = new NormStructure(norms.map((n) => n.id).reverse(), [...mappings].reverse());
        expect(structure.fits(norms.map((n) => n.id), mappings)).toBe(true);
        expect(observe(new NormClasses(norms, mappings, structure), present)).toEqual(observe(new NormClasses(norms, mappings), present));
      }),
      { numRuns: 300 },
    );
  });

  it('is ignored when built from other norms or mappings: the answer is the one computed afresh', () => {
    fc.assert(
      fc.property(normsArb, mappingsArb, normsArb, mappingsArb, fc.subarray(ids), (norms, mappings, otherNorms, otherMappings, present) => {
        const stale = new NormStructure(otherNorms.map((n) => n.id), otherMappings);
        expect(observe(new NormClasses(norms, mappings, stale), present)).toEqual(observe(new NormClasses(norms, mappings), present));
      }),
      { numRuns: 300 },
    );
  });

  it('does not fit when a mapping changed its relation', () => {
    const mappings: MappingInput[] = [{ from: 'a-1', to: 'b-1', relation: 'EQUAL' }];
    const structure = new NormStructure(['a-1', 'b-1'], mappings);
    expect(structure.fits(['a-1', 'b-1'], [{ from: 'a-1', to: 'b-1', relation: 'SUBSET_OF' }])).toBe(false);
    expect(structure.fits(['a-1', 'b-1', 'c-1'], mappings)).toBe(false);
  });
});
