// Eligibility of a legal form for a facility on a date: the graph's rules, combined, and carried through the networks a facility runs over.
import { type Basis, BasisCollector, withBasis } from './basis.js';
import type { CatalogueIndex } from './catalogue.js';
import type { Confidence, EligibilityStatus, IsoDate, Source } from './model.js';
import { versionUid } from './model.js';

export interface EligibilityReason {
  text: string;
  legalBasis: string | null;
  /** The rule this reason comes from. */
  rule: string;
  /** The rule version (id@validFrom); null when no rule exists. */
  version: string | null;
  confidence: Confidence;
  sources: Source[];
}

export interface Eligibility {
  legalForm: string;
  facility: string;
  asOf: IsoDate;
  status: EligibilityStatus;
  reasons: EligibilityReason[];
  conditions: string[];
  workarounds: string[];
  /** The facts the answer rests on: the rules in force, the legal form, the facility and the networks it is reached over. */
  basis: Basis;
}

const SEVERITY: Record<EligibilityStatus, number> = { ALLOWED: 0, CONDITIONAL: 1, BLOCKED: 2 };
const worst = (a: EligibilityStatus, b: EligibilityStatus): EligibilityStatus => (SEVERITY[a] >= SEVERITY[b] ? a : b);
const unique = (xs: string[]) => [...new Set(xs)];

/**
 * Combines every rule in force for (legal form, facility) — the most restrictive status wins — and, for each network
 * the facility is reached over (an `OVER_NETWORK` connection requirement), the eligibility for that network: a form
 * that may not join Gemnet cannot reach the GGK either. With no rule at all the answer is CONDITIONAL, saying so.
 */
export function eligibility(index: CatalogueIndex, legalForm: string, facility: string, asOf: IsoDate): Eligibility {
  const used = new BasisCollector(index);
  const form = index.legalForm(legalForm);
  if (form) used.legalForm(form);
  return withBasis(evaluate(index, legalForm, facility, asOf, new Set(), used), used);
}

function evaluate(index: CatalogueIndex, legalForm: string, facility: string, asOf: IsoDate, visiting: Set<string>, used: BasisCollector): Omit<Eligibility, 'basis'> {
  visiting.add(facility);
  const facilityFact = index.facility(facility);
  if (facilityFact) used.facility(facilityFact);
  const rules = index.eligibilityRules(legalForm, facility, asOf);
  let status: EligibilityStatus = 'ALLOWED';
  const reasons: EligibilityReason[] = [];
  const conditions: string[] = [];
  const workarounds: string[] = [];

  if (rules.length === 0) {
    status = 'CONDITIONAL';
    used.missingRule(legalForm, facility);
    const owner = index.facility(facility)?.owner ?? 'the facility owner';
    reasons.push({ text: `The graph holds no eligibility rule for this legal form and facility on ${asOf}.`, legalBasis: null, rule: 'none', version: null, confidence: 'UNCONFIRMED', sources: [] });
    conditions.push(`Confirm eligibility with ${owner}.`);
  }
  for (const rule of rules) {
    used.eligibilityRule(rule);
    status = worst(status, rule.status);
    reasons.push({ text: rule.reason, legalBasis: rule.legalBasis, rule: rule.id, version: versionUid(rule), confidence: rule.confidence, sources: index.sources(rule.sources) });
    conditions.push(...rule.conditions);
    workarounds.push(...rule.workarounds);
  }

  for (const requirement of index.connectionRequirements(facility, asOf)) {
    const network = requirement.network;
    if (!network || visiting.has(network)) continue;
    used.connectionRequirement(requirement);
    const via = evaluate(index, legalForm, network, asOf, visiting, used);
    const name = index.facility(network)?.name ?? network;
    if (via.status !== 'ALLOWED') {
      status = worst(status, via.status);
      for (const r of via.reasons) reasons.push({ ...r, text: `Reached only over ${name}: ${r.text}` });
      conditions.push(...via.conditions);
      workarounds.push(...via.workarounds);
    }
  }
  visiting.delete(facility);
  return { legalForm, facility, asOf, status, reasons, conditions: unique(conditions), workarounds: unique(workarounds) };
}
