// The analyses on the real knowledge graph: the 2015 barriers come out of the data, plans follow the rules of joint-audit.md.
import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogueIndex } from '../../src/domain/catalogue.js';
import { connectionPlan } from '../../src/domain/connection-plan.js';
import { eligibility } from '../../src/domain/eligibility.js';
import { BadInputError, NotFoundError } from '../../src/domain/errors.js';
import { minimalJointAudit, planSeparationTexts } from '../../src/domain/joint-audit.js';
import type { SeedGraph } from '../../src/domain/model.js';
import { overlap } from '../../src/domain/overlap.js';
import { resolveScope, type AnalysisInput } from '../../src/domain/scope.js';
import { loadSeed } from '../../src/seed/load.js';
import { highsSolver } from '../../src/solver/highs.js';

let graph: SeedGraph;
let index: CatalogueIndex;
const TODAY = '2026-11-28';
const THEN = '2015-06-01';

beforeAll(async () => {
  graph = (await loadSeed()).graph;
  index = new CatalogueIndex(graph);
});

const members = (n: number) => graph.municipalities.slice(0, n).map((m) => m.id);
const scopeOf = (input: AnalysisInput) =>
  resolveScope(index, input, {
    collaboration: graph.collaborations.find((c) => c.id === input.collaboration) ?? null,
    municipalities: graph.municipalities,
  });

describe('eligibility: the barriers of the 2015 analysis come out of the graph', () => {
  it('keeps a private collaboration off Gemnet; the GGK is reached over Gemnet or Diginetwerk, so the better route counts', () => {
    const gemnet = eligibility(index, 'PRIVAATRECHTELIJK', 'GEMNET', THEN);
    expect(gemnet.status).toBe('BLOCKED');
    expect(gemnet.reasons[0]!.sources.length).toBeGreaterThan(0);
    const ggk = eligibility(index, 'PRIVAATRECHTELIJK', 'GGK', THEN);
    expect(ggk.status).toBe('BLOCKED'); // by the GGK rule of its own, not by the network
    // Issue 10 §1.8: the networks are alternatives, so Gemnet's block is not carried over; Diginetwerk's conditions are.
    expect(ggk.reasons.some((r) => r.rule === 'PRIVAATRECHTELIJK:GEMNET')).toBe(false);
    expect(ggk.reasons.some((r) => /^Reached over Gemnet or Diginetwerk; over Diginetwerk/.test(r.text.en) && /^Bereikbaar via Gemnet of Diginetwerk; via Diginetwerk/.test(r.text.nl) && r.rule === 'PRIVAATRECHTELIJK:DIGINETWERK')).toBe(true);
    expect(ggk.conditions.map((c) => c.en)).toContain('a public task of its own');
  });

  it('gives a light arrangement no joint DigiD connection, and names workarounds', () => {
    const e = eligibility(index, 'REGELING_ZONDER_MEER', 'DIGID', TODAY);
    expect(e.status).toBe('BLOCKED');
    expect(e.workarounds.length).toBeGreaterThan(0);
  });

  it('lets an openbaar lichaam onto BRP-V only under conditions, and keeps NHR closed to it', () => {
    expect(eligibility(index, 'OPENBAAR_LICHAAM', 'BRP_V', THEN).status).toBe('CONDITIONAL');
    expect(eligibility(index, 'OPENBAAR_LICHAAM', 'NHR', THEN).status).toBe('BLOCKED');
  });

  it('puts a municipality on GBA-V under a condition', () => {
    const e = eligibility(index, 'GEMEENTE', 'BRP_V', THEN);
    expect(e.status).toBe('CONDITIONAL');
    expect(e.conditions.length).toBeGreaterThan(0);
  });

  it('follows the data: change the rule and the answer changes', () => {
    const changed = structuredClone(graph);
    const opened = new Set(['GEMNET', 'GGK', 'DIGINETWERK']);
    for (const r of changed.eligibilityRules) if (r.legalForm === 'PRIVAATRECHTELIJK' && opened.has(r.facility)) r.status = 'ALLOWED';
    expect(eligibility(new CatalogueIndex(changed), 'PRIVAATRECHTELIJK', 'GGK', THEN).status).toBe('ALLOWED');
  });

  it('says CONDITIONAL, not ALLOWED, when the graph holds no rule', () => {
    const changed = structuredClone(graph);
    changed.eligibilityRules = changed.eligibilityRules.filter((r) => !(r.legalForm === 'GEMEENTE' && r.facility === 'NHR'));
    const e = eligibility(new CatalogueIndex(changed), 'GEMEENTE', 'NHR', TODAY);
    expect(e.status).toBe('CONDITIONAL');
    expect(e.reasons[0]!.confidence).toBe('UNCONFIRMED');
  });
});

describe('connection plan', () => {
  it('connects a light arrangement per member, with a certificate per member', () => {
    const plan = connectionPlan(index, scopeOf({ members: members(3), legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID', 'GGK'], asOf: TODAY }));
    expect(plan.facilities.map((f) => f.mode)).toEqual(['PER_MEMBER', 'PER_MEMBER']);
    const digid = plan.facilities[0]!;
    expect(digid.holders.map((h) => h.id)).toEqual(members(3));
    expect(digid.oinKind).toBe('MEMBERS');
    expect(digid.counts.certificates).toBe(3);
    expect(plan.totals).toEqual(plan.statusQuoTotals);
  });

  it('connects an openbaar lichaam jointly to DigiD on its own OIN: one certificate instead of one per member', () => {
    const plan = connectionPlan(index, scopeOf({ members: members(5), legalForm: 'OPENBAAR_LICHAAM', facilities: ['DIGID'], asOf: TODAY }));
    const digid = plan.facilities[0]!;
    expect(digid.mode).toBe('JOINT');
    expect(digid.oinKind).toBe('OWN');
    expect(digid.holders).toHaveLength(1);
    expect(digid.counts.certificates).toBe(1);
    expect(digid.statusQuo.certificates).toBe(5);
    expect(plan.totals.oins).toBe(1);
    expect(plan.statusQuoTotals.oins).toBe(5);
  });

  it('reports a forced joint connection that the law does not allow as blocked, with the reason', () => {
    const plan = connectionPlan(index, scopeOf({ members: members(2), legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'], policy: { connectionMode: 'JOINT' } }));
    expect(plan.facilities[0]!.mode).toBe('BLOCKED');
    expect(plan.facilities[0]!.reasons[0]!.en).toMatch(/joint connection was asked for/);
    expect(plan.facilities[0]!.reasons[0]!.nl).toMatch(/gezamenlijke aansluiting gevraagd/);
  });

  it('forces per-member connections when asked', () => {
    const plan = connectionPlan(index, scopeOf({ members: members(4), legalForm: 'OPENBAAR_LICHAAM', facilities: ['DIGID'], policy: { connectionMode: 'PER_MEMBER' } }));
    expect(plan.facilities[0]!.mode).toBe('PER_MEMBER');
    expect(plan.facilities[0]!.holders).toHaveLength(4);
  });
});

describe('overlap', () => {
  it('finds the OIN and certificates shared by DigiD and eHerkenning', () => {
    const o = overlap(index, ['DIGID', 'EHERKENNING'].map((c) => index.facility(c)!), TODAY);
    expect(o.sharedRequirements.map((s) => s.key)).toContain('OIN');
    for (const s of o.sharedRequirements) expect(s.facilities).toEqual(['DIGID', 'EHERKENNING']);
  });

  it('finds DigiD and Suwinet norms that meet in BIO, with a Jaccard index, and reports partial overlap apart', () => {
    const o = overlap(index, ['DIGID', 'GGK'].map((c) => index.facility(c)!), TODAY);
    const pair = o.normOverlap.find((p) => p.a.id === 'DIGID-3.0' && p.b.id === 'SUWINET')!;
    expect(pair.shared).toBeGreaterThanOrEqual(1);
    expect(pair.pairs.map((p) => `${p.a.id}~${p.b.id}`)).toContain('DIGID-3.0:C.08~SUWINET:12.1.2.1');
    expect(pair.jaccard).toBeCloseTo(pair.shared / pair.union, 12);
    expect(pair.union).toBeLessThan(21 + 4);
    expect(o.testOnce.length).toBeLessThan(o.normsBefore);
    const tested = new Set(o.testOnce.map((n) => n.id));
    expect(tested.has('DIGID-3.0:C.08') && tested.has('SUWINET:12.1.2.1')).toBe(false);
  });

  it('uses the frameworks in force on the date asked', () => {
    const then = overlap(index, [index.facility('DIGID')!], THEN);
    expect(then.frameworks.map((f) => f.id)).toEqual(['DIGID-1.0']);
  });
});

describe('minimal joint audit on the real graph', () => {
  it('gives six members of a light arrangement on DigiD in 2015 six assessments of 10–15k euro each', async () => {
    const scope = scopeOf({ members: members(6), legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'], asOf: THEN });
    const plan = await minimalJointAudit(index, connectionPlan(index, scope), highsSolver);
    expect(plan.optimal).toBe(true);
    expect(plan.engagements).toHaveLength(6);
    for (const e of plan.engagements) {
      expect(e.cost).toBeGreaterThanOrEqual(10_000);
      expect(e.cost).toBeLessThanOrEqual(15_000);
      expect(e.subjects).toHaveLength(1);
    }
    expect(plan.savings).toBe(0);
    expect(planSeparationTexts(plan).some((s) => /digid-assessment/.test(s) && /not jointAllowed/.test(s))).toBe(true);
  });

  it('answers the what-if "joint DigiD assessment allowed today" with one engagement and the saving', async () => {
    const input: AnalysisInput = { members: members(6), legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'], asOf: TODAY };
    const before = await minimalJointAudit(index, connectionPlan(index, scopeOf(input)), highsSolver);
    const after = await minimalJointAudit(
      index,
      connectionPlan(index, scopeOf({ ...input, policy: { auditRequirements: [{ id: 'digid-assessment', jointAllowed: true }] } })),
      highsSolver,
    );
    expect(after.optimal).toBe(true);
    expect(after.engagements).toHaveLength(1);
    expect(after.baselineCost).toBe(before.baselineCost);
    expect(after.totalCost).toBeLessThan(before.totalCost);
    expect(after.savings).toBeCloseTo(after.baselineCost - after.totalCost, 6);
    expect(after.engagements[0]!.requirements[0]!.jointAllowed).toBe(true);
  });

  it('bundles each member\'s DigiD and Suwinet audits and tests the norms they share once (the worked example on the graph)', async () => {
    const scope = scopeOf({ members: members(3), legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID', 'GGK'], asOf: TODAY });
    const plan = await minimalJointAudit(index, connectionPlan(index, scope), highsSolver);
    expect(plan.optimal).toBe(true);
    expect(plan.engagements).toHaveLength(3);
    for (const e of plan.engagements) {
      expect(e.requirements.map((r) => r.id).sort()).toEqual(['digid-assessment', 'suwinet-audit']);
      const ids = e.testedNorms.map((n) => n.id);
      expect(ids.includes('DIGID-3.0:C.08') && ids.includes('SUWINET:12.1.2.1')).toBe(false);
      const cost = scope.policy.costModel.IT_AUDIT;
      expect(e.cost).toBeCloseTo(cost.fixedCost + cost.subjectCost + e.testedNorms.reduce((s, n) => s + plan.normWeights.get(n.id)!, 0), 6);
    }
    expect(plan.savings).toBeGreaterThan(0);
  });

  it('applies framework weights from the policy', async () => {
    const input: AnalysisInput = { members: members(2), legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'], asOf: TODAY };
    const plan = await minimalJointAudit(index, connectionPlan(index, scopeOf({ ...input, policy: { normWeights: [{ framework: 'DIGID-3.0', weight: 0 }], costModel: [{ evidence: 'IT_AUDIT', fixedCost: 100, subjectCost: 10 }] } })), highsSolver);
    expect(plan.totalCost).toBe(2 * 110);
  });
});

describe('analysis input', () => {
  it('names the bad field', () => {
    expect(() => scopeOf({ members: ['GM0363', 'GM0363'], legalForm: 'GEMEENTE', facilities: [] })).toThrow(BadInputError);
    try {
      scopeOf({ members: ['GM0363', 'GM9999'], legalForm: 'GEMEENTE', facilities: [] });
    } catch (e) {
      expect(e).toBeInstanceOf(NotFoundError);
      expect((e as NotFoundError).field).toBe('input.members[1]');
    }
    expect(() => scopeOf({ members: ['GM0363'], legalForm: 'GEMEENTE', facilities: ['DIGID'], policy: { auditRequirements: [{ id: 'nope' }] } })).toThrow(/audit requirement "nope"/);
    expect(() => scopeOf({ members: ['GM0363'], legalForm: 'GEMEENTE', facilities: ['DIGID'], policy: { costModel: [{ evidence: 'IT_AUDIT', fixedCost: -1 }] } })).toThrow(/fixedCost/);
    expect(() => scopeOf({ members: ['GM0363'], legalForm: 'GEMEENTE', facilities: ['DIGID'], asOf: '2015-02-30' })).toThrow(/asOf/);
  });

  it('gives explicit members a stable synthetic id', () => {
    const a = scopeOf({ members: ['GM0363', 'GM0014'], legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'] });
    const b = scopeOf({ members: ['GM0014', 'GM0363'], legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'] });
    expect(a.collaboration.id).toMatch(/^adhoc-[0-9a-f]{12}$/);
    expect(a.collaboration.id).toBe(b.collaboration.id);
  });

  it('uses a collaboration\'s own members, form and facilities', () => {
    const c = graph.collaborations.find((x) => x.id === 'szw-noardwest-fryslan')!;
    const s = scopeOf({ collaboration: c.id });
    expect(s.collaboration.id).toBe(c.id);
    expect(s.members.map((m) => m.id).sort()).toEqual(c.members.map((m) => m.municipality).sort());
    expect(s.legalForm.code).toBe(c.legalForm);
  });
});
