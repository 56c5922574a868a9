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
        fact: { evidence: 'IT_AUDIT', fixedCost: it0.fixedCost + 1000, subjectCost: it0.subjectCost, sources: ['harmonie-cost-assumptions'], confidence: 'ASSUMPTION', note: { nl: 'met 1000 verhoogd', en: 'raised by 1000' } },
      },
    }, h.CURATOR);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.curate).toMatchObject({ version: 'IT_AUDIT@2027-01-01', closedVersion: it0.version, closedOn: '2027-01-01', author: { name: 'curator', organisation: ORG } });
    expect(res.body.data!.curate.after.fixedCost - res.body.data!.curate.before.fixedCost).toBe(1000);
    const later = await t.gql<Cost>(COST, { d: '2027-02-01' }, h.ANALYST);
    expect(later.body.data!.costModel.find((c) => c.evidence === 'IT_AUDIT')!.fixedCost).toBe(it0.fixedCost + 1000);
    // The curated note, in the language each request asks for.
    const NOTE = 'query($d: Date) { costModel(asOf: $d) { evidence note } }';
    const noteIn = async (headers: Record<string, string>) =>
      (await t.gql<Cost>(NOTE, { d: '2027-02-01' }, headers)).body.data!.costModel.find((c) => c.evidence === 'IT_AUDIT')!.note;
    expect(await noteIn(h.ANALYST!)).toBe('met 1000 verhoogd');
    expect(await noteIn({ ...h.ANALYST, 'accept-language': 'en' })).toBe('raised by 1000');
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

  it('refuses a text in one language only, naming the field and the missing language, and writes nothing', async () => {
    const before = await t.gql<{ curations: { totalCount: number } }>('{ curations { totalCount } }', undefined, h.ANALYST);
    const fact = { evidence: 'SELF_EVALUATION', fixedCost: 1, subjectCost: 1, sources: ['harmonie-cost-assumptions'], confidence: 'ASSUMPTION' };
    const onlyDutch = await t.gql(CURATE, { input: { kind: 'EVIDENCE_COST', reason: 'x', effectiveFrom: '2027-05-01', expectedVersion: 'SELF_EVALUATION@origin', fact: { ...fact, note: { nl: 'alleen Nederlands' } } } }, h.CURATOR);
    expect(onlyDutch.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fact.note.en' });
    expect(onlyDutch.body.errors?.[0]?.message).toMatch(/English \(en\) text is missing/);
    const plain = await t.gql(CURATE, { input: { kind: 'EVIDENCE_COST', reason: 'x', effectiveFrom: '2027-05-01', expectedVersion: 'SELF_EVALUATION@origin', fact: { ...fact, note: 'plain' } } }, h.CURATOR);
    expect(plain.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fact.note' });
    expect(plain.body.errors?.[0]?.message).toMatch(/Dutch and English/);
    const after = await t.gql<{ curations: { totalCount: number } }>('{ curations { totalCount } }', undefined, h.ANALYST);
    expect(after.body.data!.curations.totalCount).toBe(before.body.data!.curations.totalCount);
  });

  it('validates the fact like the seed, naming the field', async () => {
    const res = await t.gql(CURATE, { input: { kind: 'MAPPING', reason: 'x', fact: { from: 'DIGID-3.0:C.08', to: 'BIO2:8.32.01', relation: 'ROUGHLY', rationale: 'SEMANTIC', sources: ['harmonie-mapping'] } } }, h.CURATOR);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fact.relation' });
  });
});
