// The basis collector and the mappings an answer rests on, on a small graph of our own.
import { describe, expect, it } from 'vitest';
import { BasisCollector, classingMappings, unionBasis, uncertainFacts, withBasis } from '../../src/domain/basis.js';
import { CatalogueIndex } from '../../src/domain/catalogue.js';
import type { Catalogue, Confidence, MappingRelation, Norm, NormMapping } from '../../src/domain/model.js';

const DAY = '2026-01-01';
const norm = (id: string, confidence: Confidence = 'CONFIRMED'): Norm => ({
  id, framework: id.split(':')[0]!, code: id.split(':')[1]!, title: { nl: `titel van ${id}`, en: `title of ${id}` }, weight: null, isoControl: null,
  sources: ['s1'], confidence, note: null, validFrom: null, validTo: null,
});
const mapping = (from: string, relation: MappingRelation, to: string, confidence: Confidence = 'INFERRED'): NormMapping => ({
  id: `${from}->${to}`, from, to, relation, strength: relation === 'EQUAL' ? 10 : 5, rationale: 'SEMANTIC', sources: ['s2'], confidence, note: { nl: 'waarom', en: 'why' }, validFrom: null, validTo: null,
});

function index(): CatalogueIndex {
  const catalogue: Catalogue = {
    sources: [
      { id: 's1', title: 'Source one', publisher: 'p', url: 'https://example.org/1', section: null, date: null },
      { id: 's2', title: 'Source two', publisher: 'p', url: null, section: null, date: null },
    ],
    facilities: [], connectionRequirements: [], auditRequirements: [], certificateTypes: [], legalForms: [], eligibilityRules: [], frameworks: [], costModel: [],
    norms: ['A:1', 'A:2', 'B:1', 'X:1', 'X:2', 'Y:1', 'Z:1'].map((id) => norm(id, id === 'A:2' ? 'UNCONFIRMED' : 'CONFIRMED')),
    mappings: [
      mapping('A:1', 'EQUAL', 'X:1'),
      mapping('B:1', 'EQUAL', 'X:1'),
      // A branch to a norm the analysis does not test: it changes nothing about A:1 and B:1.
      mapping('Y:1', 'SUBSET_OF', 'X:1'),
      // A component with one tested norm only.
      mapping('A:2', 'SUBSET_OF', 'X:2'),
      mapping('A:1', 'INTERSECTS', 'B:1'),
      mapping('Z:1', 'NOT_RELATED', 'A:1'),
    ],
  };
  return new CatalogueIndex(catalogue);
}

const ids = (ms: NormMapping[]) => ms.map((m) => m.id).sort();

describe('the mappings an answer rests on', () => {
  it('are those on a path between two tested norms, without the branches to untested ones', () => {
    const i = index();
    expect(ids(classingMappings(i, DAY, new Set(['A:1', 'A:2', 'B:1']), false))).toEqual(['A:1->X:1', 'B:1->X:1']);
    expect(ids(classingMappings(i, DAY, new Set(['A:1', 'A:2', 'B:1']), true))).toEqual(['A:1->B:1', 'A:1->X:1', 'B:1->X:1']);
    expect(ids(classingMappings(i, DAY, new Set(['A:1', 'Y:1']), false))).toEqual(['A:1->X:1', 'Y:1->X:1']);
    expect(classingMappings(i, DAY, new Set(['A:1', 'A:2']), false)).toEqual([]);
    expect(classingMappings(i, DAY, new Set(['A:1', 'Z:1']), true)).toEqual([]);
  });

  it('keep a cycle between tested norms whole', () => {
    const i = index();
    expect(ids(classingMappings(i, DAY, new Set(['A:1', 'B:1', 'X:1']), true))).toEqual(['A:1->B:1', 'A:1->X:1', 'B:1->X:1']);
  });
});

describe('the basis collector', () => {
  it('counts a fact read twice once, by confidence, and lists only the unsettled ones with their sources', () => {
    const i = index();
    const used = new BasisCollector(i);
    for (const n of i.catalogue.norms.slice(0, 3)) used.norm(n);
    used.norm(i.catalogue.norms[0]!);
    for (const m of i.catalogue.mappings.slice(0, 2)) used.mapping(m);
    used.missingRule('PRIVAATRECHTELIJK', 'GGK');
    const basis = used.basis();
    expect(basis.counts).toEqual({ CONFIRMED: 2, INFERRED: 2, ASSUMPTION: 0, UNCONFIRMED: 2 });
    expect(basis.total).toBe(6);
    expect(uncertainFacts(basis).map((f) => [f.kind, f.id])).toEqual([
      ['ELIGIBILITY_RULE', 'PRIVAATRECHTELIJK/GGK'],
      ['NORM', 'A:2'],
      ['MAPPING', 'A:1->X:1'],
      ['MAPPING', 'B:1->X:1'],
    ]);
    expect(uncertainFacts(basis).find((f) => f.id === 'A:1->X:1')!.sources.map((s) => s.title)).toEqual(['Source two']);
  });

  it('builds an answer’s basis when it is read, and a union counts a fact of two answers once', () => {
    const i = index();
    const a = new BasisCollector(i);
    a.norm(i.catalogue.norms[0]!);
    const b = new BasisCollector(i);
    b.norm(i.catalogue.norms[0]!);
    b.norm(i.catalogue.norms[1]!);
    const answerA = withBasis({ name: 'a' }, a);
    const answerB = withBasis({ name: 'b' }, b);
    expect(unionBasis(i, [answerA, answerB]).total).toBe(2);
    expect(answerB.basis.total).toBe(2);
    // Built once: the same object every time it is read.
    expect(answerB.basis).toBe(answerB.basis);
    expect(unionBasis(i, [answerA, { basis: answerB.basis }]).counts).toEqual({ CONFIRMED: 1, INFERRED: 0, ASSUMPTION: 0, UNCONFIRMED: 1 });
  });
});
