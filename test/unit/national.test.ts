import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogueIndex } from '../../src/domain/catalogue.js';
import type { Collaboration, Municipality, SeedGraph } from '../../src/domain/model.js';
import { nationalImpact } from '../../src/domain/national-impact.js';
import { loadSeed } from '../../src/seed/load.js';
import { highsSolver } from '../../src/solver/highs.js';

let graph: SeedGraph;
let index: CatalogueIndex;
beforeAll(async () => {
  graph = (await loadSeed()).graph;
  index = new CatalogueIndex(graph);
});

const m = (id: string): Municipality => graph.municipalities.find((x) => x.id === id)!;
const collab = (id: string, members: string[], over: Partial<Collaboration> = {}) => ({
  collaboration: { id, name: id, legalForm: 'REGELING_ZONDER_MEER', description: { nl: 'test', en: 'test' }, facilities: ['GGK', 'DIGID'], members: members.map((x) => ({ municipality: x, confidence: 'CONFIRMED' as const })), sources: [], confidence: 'CONFIRMED' as const, note: null, ...over },
  members: members.map(m),
});

describe('national impact', () => {
  it('counts a municipality in several collaborations once per obligation', async () => {
    const result = await nationalImpact(index, [collab('a', ['GM0014', 'GM0034']), collab('b', ['GM0034', 'GM0037'])], { asOf: '2026-11-28', lpSolver: highsSolver });
    // DigiD per member and Suwinet per member, for the three distinct municipalities: 6 obligations, not 8.
    expect(result.totals.obligations).toBe(6);
    const shared = result.municipalities.find((x) => x.id === 'GM0034')!;
    expect(shared.collaborations).toBe(2);
    expect(shared.obligations).toBe(2);
    const perCollaboration = result.collaborations.reduce((s, c) => s + c.baselineCost, 0);
    expect(result.totals.baselineCost).toBeLessThan(perCollaboration);
    expect(result.municipalities.reduce((s, x) => s + x.optimalCost, 0)).toBeCloseTo(result.totals.totalCost, 6);
    expect(result.municipalities.reduce((s, x) => s + x.baselineCost, 0)).toBeCloseTo(result.totals.baselineCost, 6);
    expect(result.totals.optimal).toBe(true);
  });

  it('skips what it cannot analyse unless an assumption is given, and flags the assumption', async () => {
    const unknown = collab('u', ['GM0014'], { legalForm: null, facilities: [] });
    const skipped = await nationalImpact(index, [unknown], { asOf: '2026-11-28', lpSolver: highsSolver });
    expect(skipped.collaborations[0]!.skipped).toBe('legal form unknown');
    const assumed = await nationalImpact(index, [unknown], { asOf: '2026-11-28', unknownLegalForm: 'REGELING_ZONDER_MEER', defaultFacilities: ['DIGID'], lpSolver: highsSolver });
    expect(assumed.collaborations[0]).toMatchObject({ skipped: null, legalFormAssumed: true, facilitiesAssumed: true, legalForm: 'REGELING_ZONDER_MEER' });
    await expect(nationalImpact(index, [unknown], { asOf: '2026-11-28', unknownLegalForm: 'NOPE', lpSolver: highsSolver })).rejects.toThrow(/legal form "NOPE"/);
  });

  it('finds the national saving of a joint DigiD assessment', async () => {
    const cs = [collab('a', ['GM0014', 'GM0034']), collab('b', ['GM0037', 'GM0047'])];
    const today = await nationalImpact(index, cs, { asOf: '2026-11-28', lpSolver: highsSolver });
    const joint = await nationalImpact(index, cs, { asOf: '2026-11-28', policy: { auditRequirements: [{ id: 'digid-assessment', jointAllowed: true }] }, lpSolver: highsSolver });
    expect(joint.totals.totalCost).toBeLessThan(today.totals.totalCost);
    expect(joint.totals.savings).toBeCloseTo(joint.totals.baselineCost - joint.totals.totalCost, 6);
  });
});
