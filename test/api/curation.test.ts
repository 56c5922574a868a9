import { describe, expect, it } from 'vitest';
import { createKey } from '../../src/app/keys.js';
import { seededServer } from '../helpers/server.js';

const ORG = '00000001001234567000';
const h: Record<string, Record<string, string>> = {};
const t = seededServer({
  access: { enabled: true, ratePerMinute: 10_000 },
  async prepare(store) {
    for (const role of ['ANALYST', 'CURATOR'] as const) {
      const { token } = await createKey(store, { role, organisation: ORG, name: role.toLowerCase() });
      h[role] = { authorization: `Bearer ${token}`, 'x-acting-for': ORG, 'x-purpose': 'curation test' };
    }
  },
});

const CURATE = 'mutation($input: CurationInput!) { curate(input: $input) { id kind factId version closedVersion closedOn at author { keyId name organisation } reason before after } }';
const COST = 'query($d: Date) { costModel(asOf: $d) { evidence fixedCost subjectCost version validFrom validTo } }';
type Cost = { costModel: Array<{ evidence: string; fixedCost: number; subjectCost: number; version: string; validFrom: string | null; note?: string }> };

describe('curation over GraphQL', () => {
  it('lets a curator change the cost model from a date; earlier dates see the old figures; the history says who, why and what', async () => {
    const now = await t.gql<Cost>(COST, { d: '2026-11-28' }, h.ANALYST);
    const it0 = now.body.data!.costModel.find((c) => c.evidence === 'IT_AUDIT')!;
    const res = await t.gql<{ curate: { version: string; closedVersion: string; closedOn: string; author: { name: string; organisation: string }; before: { fixedCost: number }; after: { fixedCost: number } } }>(CURATE, {
      input: {
        kind: 'EVIDENCE_COST', reason: 'new tariff of the auditors', effectiveFrom: '2027-01-01', expectedVersion: it0.version,
        fact: { evidence: 'IT_AUDIT', fixedCost: it0.fixedCost + 1000, subjectCost: it0.subjectCost, sources: ['harmonie-cost-assumptions'], confidence: 'ASSUMPTION', note: 'raised by 1000' },
      },
    }, h.CURATOR);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.curate).toMatchObject({ version: 'IT_AUDIT@2027-01-01', closedVersion: it0.version, closedOn: '2027-01-01', author: { name: 'curator', organisation: ORG } });
    expect(res.body.data!.curate.after.fixedCost - res.body.data!.curate.before.fixedCost).toBe(1000);
    const later = await t.gql<Cost>(COST, { d: '2027-02-01' }, h.ANALYST);
    expect(later.body.data!.costModel.find((c) => c.evidence === 'IT_AUDIT')!.fixedCost).toBe(it0.fixedCost + 1000);
    const earlier = await t.gql<Cost>(COST, { d: '2026-11-28' }, h.ANALYST);
    expect(earlier.body.data!.costModel.find((c) => c.evidence === 'IT_AUDIT')!.fixedCost).toBe(it0.fixedCost);
    const history = await t.gql<{ curations: { totalCount: number; edges: Array<{ node: { reason: string } }> } }>('{ curations(kind: EVIDENCE_COST) { totalCount edges { node { reason } } } }', undefined, h.ANALYST);
    expect(history.body.data!.curations.edges.map((e) => e.node.reason)).toEqual(['new tariff of the auditors']);

    // The same change again, based on the version that is no longer in force: CONFLICT, HTTP 409.
    const stale = await t.gql(CURATE, {
      input: { kind: 'EVIDENCE_COST', reason: 'again', effectiveFrom: '2027-03-01', expectedVersion: it0.version, fact: { evidence: 'IT_AUDIT', fixedCost: 1, subjectCost: 1, sources: ['harmonie-cost-assumptions'] } },
    }, h.CURATOR);
    expect(stale.status).toBe(409);
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('is for curators only', async () => {
    const res = await t.gql(CURATE, { input: { kind: 'MAPPING', reason: 'x', fact: {} } }, h.ANALYST);
    expect(res.status).toBe(403);
  });

  it('validates the fact like the seed, naming the field', async () => {
    const res = await t.gql(CURATE, { input: { kind: 'MAPPING', reason: 'x', fact: { from: 'DIGID-3.0:C.08', to: 'BIO2:8.32.01', relation: 'ROUGHLY', rationale: 'SEMANTIC', sources: ['harmonie-mapping'] } } }, h.CURATOR);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fact.relation' });
  });
});
