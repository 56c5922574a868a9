import { describe, expect, it } from 'vitest';
import { seededServer } from '../helpers/server.js';

const t = seededServer();

const SIX = ['GM0014', 'GM0034', 'GM0037', 'GM0047', 'GM0050', 'GM0059'];

const AUDIT = /* GraphQL */ `query($input: AnalysisInput!) { minimalJointAudit(input: $input) {
  optimal totalCost baselineCost savings collaboration { id kind }
  engagements { id evidence cycleMonths cost subjects { id } requirements { id jointAllowed } testedNorms { id weight } }
  obligations { engagement subject { id } requirement { id } }
  separations { text } solver { status millis method } } }`;

type Plan = { minimalJointAudit: { optimal: boolean; totalCost: number; baselineCost: number; savings: number; engagements: Array<{ id: string; cost: number; subjects: Array<{ id: string }>; requirements: Array<{ id: string; jointAllowed: boolean }>; testedNorms: Array<{ id: string; weight: number }> }>; obligations: Array<{ engagement: string }>; separations: Array<{ text: string }>; solver: { status: string } } };

describe('analyses over GraphQL', () => {
  it('answers the headline: six DigiD assessments in 2015, one joint assessment as a what-if today, with the saving', async () => {
    const base = { members: SIX, legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'] };
    const then = await t.gql<Plan>(AUDIT, { input: { ...base, asOf: '2015-06-01' } });
    expect(then.body.errors).toBeUndefined();
    const a = then.body.data!.minimalJointAudit;
    expect(a.optimal).toBe(true);
    expect(a.engagements).toHaveLength(6);
    for (const e of a.engagements) expect(e.cost).toBeGreaterThanOrEqual(10_000);
    for (const e of a.engagements) expect(e.cost).toBeLessThanOrEqual(15_000);

    const whatIf = await t.gql<Plan>(AUDIT, { input: { ...base, asOf: '2026-11-28', policy: { auditRequirements: [{ id: 'digid-assessment', jointAllowed: true }] } } });
    const b = whatIf.body.data!.minimalJointAudit;
    expect(b.optimal).toBe(true);
    expect(b.engagements).toHaveLength(1);
    expect(b.engagements[0]!.subjects).toHaveLength(6);
    expect(b.engagements[0]!.requirements[0]!.jointAllowed).toBe(true);
    expect(b.savings).toBeGreaterThan(0);
    expect(b.savings).toBeCloseTo(b.baselineCost - b.totalCost, 6);
    expect(b.obligations.every((o) => o.engagement === b.engagements[0]!.id)).toBe(true);
    expect(b.engagements[0]!.cost).toBeCloseTo(b.totalCost, 6);
  });

  it('reports norm weights after the policy override', async () => {
    const res = await t.gql<Plan>(AUDIT, { input: { members: SIX.slice(0, 2), legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'], policy: { normWeights: [{ framework: 'DIGID-3.0', weight: 7 }] } } });
    const norms = res.body.data!.minimalJointAudit.engagements[0]!.testedNorms;
    expect(norms.length).toBeGreaterThan(0);
    for (const n of norms) expect(n.weight).toBe(7);
  });

  it('answers eligibility with reasons and sources', async () => {
    const res = await t.gql<{ eligibility: { status: string; reasons: Array<{ text: string; rule: string; source: { title: string } | null }>; workarounds: string[] } }>(
      '{ eligibility(legalForm: "PRIVAATRECHTELIJK", facility: "GGK", asOf: "2015-06-01") { status reasons { text legalBasis rule confidence source { title url } } conditions workarounds } }',
    );
    expect(res.body.data!.eligibility.status).toBe('BLOCKED');
    expect(res.body.data!.eligibility.reasons.every((r) => r.source !== null || r.rule === 'none')).toBe(true);
  });

  it('answers overlap and the connection plan', async () => {
    const res = await t.gql<{ overlap: { normOverlap: Array<{ a: { id: string }; b: { id: string }; shared: number; jaccard: number }> }; connectionPlan: { facilities: Array<{ mode: string; oins: number; certificates: number }>; totals: { certificates: number }; statusQuo: { certificates: number } } }>(
      `query($input: AnalysisInput!) {
        overlap(facilities: ["DIGID", "GGK", "BRP_V"]) { sharedRequirements { key facilities { code } } normOverlap { a { id } b { id } shared union jaccard pairs { a { id } b { id } } partial { a { id } b { id } } } testOnce { id } normsBefore }
        connectionPlan(input: $input) { collaboration { id } facilities { facility { code } mode oins oinKind certificates holders { id } reasons counts { certificates } statusQuo { certificates } } totals { oins certificates } statusQuo { oins certificates } }
      }`,
      { input: { members: SIX, legalForm: 'OPENBAAR_LICHAAM', facilities: ['DIGID', 'GGK'] } },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.overlap.normOverlap).toHaveLength(3);
    const plan = res.body.data!.connectionPlan;
    expect(plan.facilities.map((f) => f.mode)).toEqual(['JOINT', 'PER_MEMBER']);
    expect(plan.totals.certificates).toBeLessThan(plan.statusQuo.certificates);
  });

  it('answers BAD_USER_INPUT and NOT_FOUND with the path of the bad field', async () => {
    const q = 'query($input: AnalysisInput!) { minimalJointAudit(input: $input) { totalCost } }';
    const dup = await t.gql(q, { input: { members: ['GM0014', 'GM0014'], legalForm: 'GEMEENTE', facilities: ['DIGID'] } });
    expect(dup.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.members' });
    const unknown = await t.gql(q, { input: { members: ['GM0014', 'GM9999'], legalForm: 'GEMEENTE', facilities: ['DIGID'] } });
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.members[1]' });
    const override = await t.gql(q, { input: { members: ['GM0014'], legalForm: 'GEMEENTE', facilities: ['DIGID'], policy: { auditRequirements: [{ id: 'nope', jointAllowed: true }] } } });
    expect(override.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.policy.auditRequirements[0].id' });
    const collab = await t.gql(q, { input: { collaboration: 'nope' } });
    expect(collab.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.collaboration' });
    const cost = await t.gql(q, { input: { members: ['GM0014'], legalForm: 'GEMEENTE', facilities: ['DIGID'], policy: { costModel: [{ evidence: 'IT_AUDIT', fixedCost: -5 }] } } });
    expect(cost.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.policy.costModel[0].fixedCost' });
    const elig = await t.gql('{ eligibility(legalForm: "NOPE", facility: "DIGID") { status } }');
    expect(elig.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'legalForm' });
  });
});
