// The curator's worklist: every INFERRED or UNCONFIRMED fact in force, and how many answers of the national data set rest on it.
import { type Basis, BasisCollector, FACT_KINDS, type UsedFact } from './basis.js';
import type { CatalogueIndex } from './catalogue.js';
import { connectionPlan } from './connection-plan.js';
import { eligibility } from './eligibility.js';
import { BadInputError, NotFoundError } from './errors.js';
import { auditBasis, auditInstance } from './joint-audit.js';
import type { Collaboration, Confidence, IsoDate, Municipality } from './model.js';
import { overlap } from './overlap.js';
import { resolveScope } from './scope.js';

/** The analyses whose answers are counted; `nationalImpact` and `compareScenarios` are made of these. */
export const ANALYSIS_KINDS = ['ELIGIBILITY', 'OVERLAP', 'CONNECTION_PLAN', 'MINIMAL_JOINT_AUDIT'] as const;
export type AnalysisKind = (typeof ANALYSIS_KINDS)[number];

export interface WorklistFact {
  fact: UsedFact;
  dependents: number;
  dependentsByAnalysis: Record<AnalysisKind, number>;
}

export interface FactWorklist {
  asOf: IsoDate;
  /** Set by the caller: whether the collaborations counted over include the imported national data set. */
  nationalDataSet: boolean;
  collaborations: number;
  analysedCollaborations: number;
  answers: Record<AnalysisKind, number>;
  /** Most depended-on first, then by kind and id. */
  facts: WorklistFact[];
}

const UNSETTLED: ReadonlySet<Confidence> = new Set(['INFERRED', 'UNCONFIRMED']);
const keyOf = (f: Pick<UsedFact, 'kind' | 'id' | 'version'>) => `${f.kind}\u0000${f.id}\u0000${f.version ?? ''}`;
const zero = (): Record<AnalysisKind, number> => ({ ELIGIBILITY: 0, OVERLAP: 0, CONNECTION_PLAN: 0, MINIMAL_JOINT_AUDIT: 0 });
const endsBefore = (fact: { validTo: IsoDate | null }, asOf: IsoDate) => fact.validTo !== null && fact.validTo <= asOf;

/**
 * Every unsettled fact of the graph that has not ended before `asOf` (the catalogue, the collaborations and their
 * memberships), as the basis of an answer would list it.
 */
function unsettledFacts(index: CatalogueIndex, collaborations: readonly Collaboration[], asOf: IsoDate): Basis {
  const used = new BasisCollector(index);
  const c = index.catalogue;
  const open = <T extends { confidence: Confidence; validTo: IsoDate | null }>(xs: readonly T[]) => xs.filter((x) => UNSETTLED.has(x.confidence) && !endsBefore(x, asOf));
  for (const f of c.facilities) if (UNSETTLED.has(f.confidence)) used.facility(f);
  for (const l of c.legalForms) if (UNSETTLED.has(l.confidence)) used.legalForm(l);
  for (const r of open(c.eligibilityRules)) used.eligibilityRule(r);
  for (const r of open(c.connectionRequirements)) used.connectionRequirement(r);
  for (const r of open(c.auditRequirements)) used.auditRequirement(r);
  for (const f of open(c.frameworks)) used.framework(f);
  for (const n of open(c.norms)) used.norm(n);
  for (const m of open(c.mappings)) used.mapping(m);
  for (const e of open(c.costModel)) used.evidenceCost(e);
  for (const col of collaborations) {
    if (UNSETTLED.has(col.confidence)) used.collaboration(col);
    for (const m of col.members) if (UNSETTLED.has(m.confidence)) used.membership(col, m.municipality, m.confidence);
  }
  return used.basis();
}

/**
 * The worklist over `collaborations` (the national data set: every collaboration in the store). An answer is one
 * analysis of one collaboration whose members, legal form and facilities are known, at `asOf` without a policy: the
 * eligibility of its legal form for each of its facilities, the overlap of its facilities, its connection plan and its
 * minimal joint audit (whose basis does not depend on the solution, so nothing is solved here). Gaps the answers rest
 * on (a missing eligibility rule) join the list.
 */
export function factWorklist(
  index: CatalogueIndex,
  collaborations: ReadonlyArray<{ collaboration: Collaboration; members: Municipality[] }>,
  asOf: IsoDate,
): Omit<FactWorklist, 'nationalDataSet'> {
  const entries = new Map<string, WorklistFact>();
  for (const fact of unsettledFacts(index, collaborations.map((c) => c.collaboration), asOf).facts) {
    entries.set(keyOf(fact), { fact, dependents: 0, dependentsByAnalysis: zero() });
  }
  const answers = zero();
  const count = (analysis: AnalysisKind, basis: Basis) => {
    answers[analysis] += 1;
    for (const f of basis.facts) {
      if (!UNSETTLED.has(f.confidence)) continue;
      const key = keyOf(f);
      let entry = entries.get(key);
      if (!entry) entries.set(key, (entry = { fact: f, dependents: 0, dependentsByAnalysis: zero() }));
      entry.dependents += 1;
      entry.dependentsByAnalysis[analysis] += 1;
    }
  };
  // Collaborations of one legal form share their eligibility answers, and of one facility set their overlap.
  const eligibilities = new Map<string, Basis>();
  const overlaps = new Map<string, Basis>();
  let analysed = 0;
  for (const { collaboration: c, members } of collaborations) {
    if (members.length === 0 || c.legalForm === null || c.facilities.length === 0) continue;
    let scope;
    try {
      scope = resolveScope(index, { collaboration: c.id, asOf }, { collaboration: c, municipalities: members });
    } catch (error) {
      // A collaboration the analyses refuse (e.g. a facility no longer in the graph) has no answers to count.
      if (error instanceof BadInputError || error instanceof NotFoundError) continue;
      throw error;
    }
    analysed += 1;
    for (const f of scope.facilities) {
      const key = `${scope.legalForm.code}\u0000${f.code}`;
      let basis = eligibilities.get(key);
      if (!basis) eligibilities.set(key, (basis = eligibility(index, scope.legalForm.code, f.code, asOf).basis));
      count('ELIGIBILITY', basis);
    }
    const facilityKey = scope.facilities.map((f) => f.code).join('\u0000');
    let overlapBasis = overlaps.get(facilityKey);
    if (!overlapBasis) overlaps.set(facilityKey, (overlapBasis = overlap(index, scope.facilities, asOf).basis));
    count('OVERLAP', overlapBasis);
    const plan = connectionPlan(index, scope);
    count('CONNECTION_PLAN', plan.basis);
    count('MINIMAL_JOINT_AUDIT', auditBasis(index, plan, auditInstance(index, plan).requirements.values()));
  }
  const facts = [...entries.values()].sort(
    (a, b) => b.dependents - a.dependents || FACT_KINDS.indexOf(a.fact.kind) - FACT_KINDS.indexOf(b.fact.kind) || (keyOf(a.fact) < keyOf(b.fact) ? -1 : keyOf(a.fact) > keyOf(b.fact) ? 1 : 0),
  );
  return { asOf, collaborations: collaborations.length, analysedCollaborations: analysed, answers, facts };
}
