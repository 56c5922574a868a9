// What every answer rests on, over GraphQL on one store: the basis of each analysis, the inferred facts a collaboration's
// answer uses, the cost assumptions and the request's own figures, a curation that changes a fact's confidence, and the
// curator's worklist (CURATOR only) checked against the bases of the answers it counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../../src/app/keys.js';
import { today } from '../../src/domain/dates.js';
import type { GraphStore } from '../../src/store/port.js';
import { serve, type TestServer } from '../helpers/server.js';

const ORG = '00000001001234567000';
const COLLABORATION = 'szw-noardwest-fryslan';

export const BASIS = /* GraphQL */ `basis { confirmed inferred assumption unconfirmed total
  costAssumptions { kind id figure value origin sources { id } }
  uncertainFacts { kind id version text confidence note sources { id title url } } }`;

export interface Fact { kind: string; id: string; version: string | null; text: string; confidence: string; note: string | null; sources: Array<{ id: string; title: string; url: string | null }> }
export interface Basis { confirmed: number; inferred: number; assumption: number; unconfirmed: number; total: number; costAssumptions: Array<{ kind: string; id: string; figure: string; value: number; origin: string; sources: Array<{ id: string }> }>; uncertainFacts: Fact[] }

/** What any basis must satisfy: counts that add up, and only unsettled facts listed, each with its sources. */
export function expectConsistent(basis: Basis): void {
  expect(basis.total).toBeGreaterThan(0);
  expect(basis.confirmed + basis.inferred + basis.assumption + basis.unconfirmed).toBe(basis.total);
  expect(basis.uncertainFacts).toHaveLength(basis.inferred + basis.unconfirmed);
  for (const f of basis.uncertainFacts) {
    expect(['INFERRED', 'UNCONFIRMED']).toContain(f.confidence);
    expect(f.text.length).toBeGreaterThan(0);
    for (const s of f.sources) expect(s.title.length).toBeGreaterThan(0);
  }
  // A fact is listed once.
  expect(new Set(basis.uncertainFacts.map((f) => `${f.kind} ${f.id} ${f.version}`)).size).toBe(basis.uncertainFacts.length);
}

const key = (f: Pick<Fact, 'kind' | 'id' | 'version'>) => `${f.kind} ${f.id} ${f.version ?? ''}`;

export function describeBasis(name: string, open: () => Promise<{ store: GraphStore; cleanup: () => Promise<void> }>): void {
  describe(`the basis of every answer on ${name}`, () => {
    let t: TestServer;
    const h: Record<string, Record<string, string>> = {};
    const asOf = today();
    beforeAll(async () => {
      const { store, cleanup } = await open();
      for (const role of ['ANALYST', 'CURATOR', 'ADMIN'] as const) {
        const { token } = await createKey(store, { role, organisation: ORG, name: role.toLowerCase() });
        h[role] = { authorization: `Bearer ${token}`, 'x-acting-for': ORG, 'x-purpose': 'basis test' };
      }
      t = await serve(store, cleanup, undefined, { enabled: true, ratePerMinute: 10_000 });
    });
    afterAll(() => t?.close());

    const gql = async <T,>(query: string, variables?: Record<string, unknown>, role: keyof typeof h = 'ANALYST'): Promise<T> => {
      const res = await t.gql<T>(query, variables, h[role]);
      expect(res.body.errors).toBeUndefined();
      return res.body.data!;
    };
    const auditBasis = async (input: Record<string, unknown>) =>
      (await gql<{ minimalJointAudit: { basis: Basis } }>(`query($i: AnalysisInput!) { minimalJointAudit(input: $i) { ${BASIS} } }`, { i: input })).minimalJointAudit.basis;

    it('is on every analysis answer, its counts add up to the facts used and it lists only inferred and unconfirmed facts', async () => {
      const input = { collaboration: COLLABORATION, asOf };
      const data = await gql<Record<string, { basis: Basis }>>(
        `query($i: AnalysisInput!, $v: AnalysisInput!, $d: Date) {
          eligibility(legalForm: "PRIVAATRECHTELIJK", facility: "GGK", asOf: $d) { ${BASIS} }
          overlap(facilities: ["DIGID", "GGK", "BRP_V"], asOf: $d) { ${BASIS} }
          connectionPlan(input: $i) { ${BASIS} }
          minimalJointAudit(input: $i) { ${BASIS} }
          compareScenarios(baseline: $i, scenario: $v) { ${BASIS} }
          nationalImpact(asOf: $d) { ${BASIS} }
        }`,
        { i: input, v: { ...input, legalForm: 'REGELING_ZONDER_MEER' }, d: asOf },
      );
      for (const field of ['eligibility', 'overlap', 'connectionPlan', 'minimalJointAudit', 'compareScenarios', 'nationalImpact']) {
        expect(data[field], field).toBeDefined();
        expectConsistent(data[field]!.basis);
      }
      const uncertain = (field: string) => new Set(data[field]!.basis.uncertainFacts.map(key));
      // An audit rests on its connection plan; a comparison on both its sides; the national picture on every collaboration's audit.
      for (const f of uncertain('connectionPlan')) expect(uncertain('minimalJointAudit').has(f), f).toBe(true);
      for (const f of uncertain('minimalJointAudit')) expect(uncertain('compareScenarios').has(f), f).toBe(true);
      expect(data.compareScenarios!.basis.total).toBeGreaterThan(data.minimalJointAudit!.basis.total);
      for (const f of uncertain('minimalJointAudit')) expect(uncertain('nationalImpact').has(f), f).toBe(true);
    });

    it("lists the inferred facts a collaboration's answer uses, with their sources; explicit fields replace the collaboration's", async () => {
      type Requirement = { id: string; version: string; confidence: string; sources: Array<{ id: string }> };
      const graph = await gql<{ collaboration: { confidence: string; legalForm: { code: string }; facilities: Array<{ code: string }>; memberships: Array<{ confidence: string; municipality: { id: string } }> }; facilities: Array<{ code: string; connectionRequirements: Requirement[] }> }>(
        `query($id: ID!, $d: Date) { collaboration(id: $id) { confidence legalForm { code } facilities { code } memberships { confidence municipality { id } } }
          facilities(asOf: $d) { code connectionRequirements { id version confidence sources { id } } } }`,
        { id: COLLABORATION, d: asOf },
      );
      const c = graph.collaboration;
      const plan = (await gql<{ connectionPlan: { basis: Basis } }>(`query($i: AnalysisInput!) { connectionPlan(input: $i) { ${BASIS} } }`, { i: { collaboration: COLLABORATION, asOf } })).connectionPlan.basis;
      const listed = new Map(plan.uncertainFacts.map((f) => [key(f), f]));
      // Every inferred connection requirement of its facilities in force today is listed, with the sources the catalogue gives it.
      const inferred = graph.facilities.filter((f) => c.facilities.some((x) => x.code === f.code)).flatMap((f) => f.connectionRequirements).filter((r) => r.confidence === 'INFERRED');
      expect(inferred.length).toBeGreaterThan(0);
      for (const r of inferred) {
        const fact = listed.get(`CONNECTION_REQUIREMENT ${r.id} ${r.version}`);
        expect(fact, r.id).toBeDefined();
        expect(fact!.sources.map((s) => s.id)).toEqual(r.sources.map((s) => s.id));
      }
      // The collaboration's own legal form and facilities are a fact of its answer, with the confidence the graph gives.
      if (c.confidence !== 'CONFIRMED') expect(listed.get(`COLLABORATION ${COLLABORATION} `)?.confidence).toBe(c.confidence);
      for (const m of c.memberships.filter((x) => x.confidence !== 'CONFIRMED')) expect(listed.has(`MEMBERSHIP ${COLLABORATION}/${m.municipality.id} `)).toBe(true);

      // With explicit members, legal form and facilities nothing of the stored collaboration is read.
      const explicit = (await gql<{ connectionPlan: { basis: Basis } }>(`query($i: AnalysisInput!) { connectionPlan(input: $i) { ${BASIS} } }`, {
        i: { collaboration: COLLABORATION, members: c.memberships.map((m) => m.municipality.id), legalForm: c.legalForm.code, facilities: c.facilities.map((f) => f.code), asOf },
      })).connectionPlan.basis;
      expect(explicit.uncertainFacts.filter((f) => f.kind === 'COLLABORATION' || f.kind === 'MEMBERSHIP')).toEqual([]);
      expect(explicit.total).toBe(plan.total - (listed.has(`COLLABORATION ${COLLABORATION} `) || c.confidence === 'CONFIRMED' ? 1 : 0) - c.memberships.length);
    });

    it("names the cost model's assumptions, and the request's own figures as the policy's", async () => {
      const { costModel } = await gql<{ costModel: Array<{ evidence: string; fixedCost: number; subjectCost: number; confidence: string; sources: Array<{ id: string }> }> }>(
        'query($d: Date) { costModel(asOf: $d) { evidence fixedCost subjectCost confidence sources { id } } }', { d: asOf });
      const it = costModel.find((c) => c.evidence === 'IT_AUDIT')!;
      const input = { members: ['GM0014', 'GM0034'], legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'], asOf };
      const graph = await auditBasis(input);
      const fixed = graph.costAssumptions.find((c) => c.kind === 'EVIDENCE_COST' && c.id === 'IT_AUDIT' && c.figure === 'fixedCost');
      if (it.confidence === 'CONFIRMED') expect(fixed).toBeUndefined();
      else expect(fixed).toMatchObject({ value: it.fixedCost, origin: 'GRAPH', sources: it.sources });
      // DigiD's norms are priced by its framework's default weight, a calibration of the cost model.
      expect(graph.costAssumptions.some((c) => c.kind === 'NORM_FRAMEWORK' && c.figure === 'defaultWeight' && c.origin === 'GRAPH')).toBe(true);
      // A self-evaluation is not in a DigiD-only audit, so its cost is not a figure this answer used.
      expect(graph.costAssumptions.some((c) => c.id === 'SELF_EVALUATION')).toBe(false);

      const policy = await auditBasis({ ...input, policy: { costModel: [{ evidence: 'IT_AUDIT', fixedCost: 1234 }], normWeights: [{ framework: 'DIGID-3.0', weight: 9 }] } });
      expect(policy.costAssumptions).toContainEqual({ kind: 'EVIDENCE_COST', id: 'IT_AUDIT', figure: 'fixedCost', value: 1234, origin: 'POLICY', sources: [] });
      expect(policy.costAssumptions).toContainEqual({ kind: 'NORM_FRAMEWORK', id: 'DIGID-3.0', figure: 'weight', value: 9, origin: 'POLICY', sources: [] });
      expect(policy.costAssumptions.some((c) => c.id === 'DIGID-3.0' && c.figure === 'defaultWeight')).toBe(false);
    });

    it('lists a rule the graph lacks as an unconfirmed gap, exactly when an eligibility reason says there is none', async () => {
      const { legalForms, facilities } = await gql<{ legalForms: Array<{ code: string }>; facilities: Array<{ code: string }> }>('{ legalForms { code } facilities { code } }');
      const pairs = legalForms.flatMap((l) => facilities.map((f) => [l.code, f.code] as const));
      const data: Record<string, { reasons: Array<{ rule: string }>; basis: Basis }> = {};
      // In batches under the alias limit.
      for (let start = 0; start < pairs.length; start += 20) {
        Object.assign(data, await gql<typeof data>(
          `query($d: Date) { ${pairs.slice(start, start + 20).map(([l, f], i) => `p${start + i}: eligibility(legalForm: "${l}", facility: "${f}", asOf: $d) { reasons { rule } ${BASIS} }`).join('\n')} }`, { d: asOf }));
      }
      pairs.forEach(([legalForm, facility], i) => {
        const e = data[`p${i}`]!;
        expectConsistent(e.basis);
        const gaps = e.basis.uncertainFacts.filter((f) => f.kind === 'ELIGIBILITY_RULE' && f.version === null);
        expect(gaps.length > 0, `${legalForm}/${facility}`).toBe(e.reasons.some((r) => r.rule === 'none'));
        for (const g of gaps) expect(g).toMatchObject({ confidence: 'UNCONFIRMED', sources: [] });
        for (const g of gaps) expect(g.id.startsWith(`${legalForm}/`)).toBe(true);
      });
    });

    it('is the curator worklist, for curators only, counting the answers that rest on each fact', async () => {
      const WORKLIST = `{ factWorklist { asOf nationalDataSet collaborations analysedCollaborations answers { analysis count }
        facts { dependents dependentsByAnalysis { analysis count } fact { kind id version confidence text sources { id title } } } } }`;
      for (const role of ['ANALYST'] as const) {
        const refused = await t.gql(WORKLIST, undefined, h[role]);
        expect(refused.status).toBe(403);
        expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      type Worklist = { asOf: string; nationalDataSet: boolean; collaborations: number; analysedCollaborations: number; answers: Array<{ analysis: string; count: number }>; facts: Array<{ dependents: number; dependentsByAnalysis: Array<{ analysis: string; count: number }>; fact: Fact }> };
      const w = (await gql<{ factWorklist: Worklist }>(WORKLIST, undefined, 'CURATOR')).factWorklist;
      expect(w.asOf).toBe(asOf);
      expect(w.nationalDataSet).toBe(false);

      // The answers it counts, asked one by one through the API: the reference the worklist's counts must match.
      const { collaborations } = await gql<{ collaborations: { totalCount: number; edges: Array<{ node: { id: string; legalForm: { code: string } | null; members: Array<{ id: string }>; facilities: Array<{ code: string }> } }> } }>(
        '{ collaborations(first: 100) { totalCount edges { node { id legalForm { code } members { id } facilities { code } } } } }');
      expect(w.collaborations).toBe(collaborations.totalCount);
      const analysable = collaborations.edges.map((e) => e.node).filter((c) => c.legalForm && c.members.length > 0 && c.facilities.length > 0);
      expect(w.analysedCollaborations).toBe(analysable.length);
      expect(analysable.length).toBeGreaterThan(0);
      const expected = new Map<string, Record<string, number>>();
      const answers: Record<string, number> = { ELIGIBILITY: 0, OVERLAP: 0, CONNECTION_PLAN: 0, MINIMAL_JOINT_AUDIT: 0 };
      const count = (analysis: string, basis: Basis) => {
        answers[analysis]! += 1;
        for (const f of basis.uncertainFacts) {
          const entry = expected.get(key(f)) ?? {};
          entry[analysis] = (entry[analysis] ?? 0) + 1;
          expected.set(key(f), entry);
        }
      };
      for (const c of analysable) {
        const facilities = c.facilities.map((f) => f.code);
        const data = await gql<{ connectionPlan: { basis: Basis }; minimalJointAudit: { basis: Basis }; overlap: { basis: Basis } } & Record<string, { basis: Basis }>>(
          `query($i: AnalysisInput!, $f: [ID!]!, $d: Date) {
            ${facilities.map((f, i) => `e${i}: eligibility(legalForm: "${c.legalForm!.code}", facility: "${f}", asOf: $d) { ${BASIS} }`).join('\n')}
            overlap(facilities: $f, asOf: $d) { ${BASIS} } connectionPlan(input: $i) { ${BASIS} } minimalJointAudit(input: $i) { ${BASIS} } }`,
          { i: { collaboration: c.id, asOf }, f: facilities, d: asOf },
        );
        facilities.forEach((_, i) => count('ELIGIBILITY', data[`e${i}`]!.basis));
        count('OVERLAP', data.overlap.basis);
        count('CONNECTION_PLAN', data.connectionPlan.basis);
        count('MINIMAL_JOINT_AUDIT', data.minimalJointAudit.basis);
      }
      expect(Object.fromEntries(w.answers.map((a) => [a.analysis, a.count]))).toEqual(answers);
      const listed = new Map(w.facts.map((f) => [key(f.fact), f]));
      for (const [k, byAnalysis] of expected) {
        const entry = listed.get(k);
        expect(entry, k).toBeDefined();
        expect(Object.fromEntries(entry!.dependentsByAnalysis.filter((a) => a.count > 0).map((a) => [a.analysis, a.count])), k).toEqual(byAnalysis);
      }
      for (const f of w.facts) {
        expect(['INFERRED', 'UNCONFIRMED']).toContain(f.fact.confidence);
        expect(f.dependents).toBe(f.dependentsByAnalysis.reduce((a, b) => a + b.count, 0));
        if (!expected.has(key(f.fact))) expect(f.dependents, key(f.fact)).toBe(0);
      }
      // Most depended-on first; facts no answer uses are on the list too (the graph's, in force today).
      expect(w.facts.map((f) => f.dependents)).toEqual([...w.facts.map((f) => f.dependents)].sort((a, b) => b - a));
      expect(w.facts.some((f) => f.dependents === 0)).toBe(true);
    });

    it("changes when a curator changes a fact's confidence", async () => {
      const input = { collaboration: COLLABORATION, asOf };
      const before = await auditBasis(input);
      // 1. A cost entry from ASSUMPTION to CONFIRMED: its figures leave the assumptions, the counts move with it.
      const { costModel } = await gql<{ costModel: Array<{ evidence: string; fixedCost: number; subjectCost: number; version: string; confidence: string; sources: Array<{ id: string }> }> }>(
        'query($d: Date) { costModel(asOf: $d) { evidence fixedCost subjectCost version confidence sources { id } } }', { d: asOf });
      const it = costModel.find((c) => c.evidence === 'IT_AUDIT')!;
      expect(it.confidence).toBe('ASSUMPTION');
      expect(before.costAssumptions.filter((c) => c.kind === 'EVIDENCE_COST' && c.id === 'IT_AUDIT')).toHaveLength(2);
      const CURATE = 'mutation($input: CurationInput!) { curate(input: $input) { version } }';
      await gql(CURATE, { input: { kind: 'EVIDENCE_COST', reason: 'tariff published', expectedVersion: it.version, fact: { evidence: 'IT_AUDIT', fixedCost: it.fixedCost, subjectCost: it.subjectCost, sources: it.sources.map((s) => s.id), confidence: 'CONFIRMED' } } }, 'CURATOR');
      const afterCost = await auditBasis(input);
      expect(afterCost.costAssumptions.filter((c) => c.kind === 'EVIDENCE_COST' && c.id === 'IT_AUDIT')).toEqual([]);
      expect(afterCost.assumption).toBe(before.assumption - 1);
      expect(afterCost.confirmed).toBe(before.confirmed + 1);
      expect(afterCost.total).toBe(before.total);

      // 2. An inferred mapping the audit rests on, confirmed: it leaves the uncertain facts (and the worklist).
      const mapping = before.uncertainFacts.find((f) => f.kind === 'MAPPING' && f.confidence === 'INFERRED');
      expect(mapping, 'the audit of DigiD and GGK rests on an inferred mapping').toBeDefined();
      const [from, to] = mapping!.id.split('->') as [string, string];
      const { normFrameworks } = await gql<{ normFrameworks: Array<{ norms: Array<{ id: string; mappings: Array<{ version: string; relation: string; strength: number | null; rationale: string; target: { id: string }; sources: Array<{ id: string }> }> }> }> }>(
        '{ normFrameworks { norms { id mappings { version relation strength rationale target { id } sources { id } } } } }');
      const m = normFrameworks.flatMap((f) => f.norms).find((n) => n.id === from)!.mappings.find((x) => x.target.id === to)!;
      await gql(CURATE, { input: { kind: 'MAPPING', reason: 'confirmed by the framework owner', expectedVersion: m.version, fact: { from, to, relation: m.relation, strength: m.strength, rationale: m.rationale, sources: m.sources.map((s) => s.id), confidence: 'CONFIRMED' } } }, 'CURATOR');
      const afterMapping = await auditBasis(input);
      expect(afterMapping.uncertainFacts.some((f) => f.kind === 'MAPPING' && f.id === mapping!.id)).toBe(false);
      expect(afterMapping.inferred).toBe(afterCost.inferred - 1);
      expect(afterMapping.confirmed).toBe(afterCost.confirmed + 1);
      const worklist = (await gql<{ factWorklist: { facts: Array<{ fact: { kind: string; id: string } }> } }>('{ factWorklist { facts { fact { kind id } } } }', undefined, 'CURATOR')).factWorklist;
      expect(worklist.facts.some((f) => f.fact.kind === 'MAPPING' && f.fact.id === mapping!.id)).toBe(false);
    });
  });
}
