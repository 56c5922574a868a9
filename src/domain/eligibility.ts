// Eligibility of a legal form for a facility on a date: the graph's rules, combined, and carried through the networks a facility runs over.
import type { CatalogueIndex } from './catalogue.js';
import type { Confidence, EligibilityStatus, IsoDate, LocalizedText, Source } from './model.js';
import { versionUid } from './model.js';

export interface EligibilityReason {
  text: LocalizedText;
  legalBasis: LocalizedText | null;
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
  conditions: LocalizedText[];
  workarounds: LocalizedText[];
}

const SEVERITY: Record<EligibilityStatus, number> = { ALLOWED: 0, CONDITIONAL: 1, BLOCKED: 2 };
const worst = (a: EligibilityStatus, b: EligibilityStatus): EligibilityStatus => (SEVERITY[a] >= SEVERITY[b] ? a : b);
/** The texts without repeats (the same condition may come from a rule and from a network it needs). */
const unique = (xs: LocalizedText[]) => [...new Map(xs.map((x) => [`${x.nl}\u0000${x.en}`, x])).values()];

/**
 * Combines every rule in force for (legal form, facility) — the most restrictive status wins — and, for each network
 * the facility is reached over (an `OVER_NETWORK` connection requirement), the eligibility for that network: a form
 * that may not join Gemnet cannot reach the GGK either. With no rule at all the answer is CONDITIONAL, saying so.
 */
export function eligibility(index: CatalogueIndex, legalForm: string, facility: string, asOf: IsoDate): Eligibility {
  return evaluate(index, legalForm, facility, asOf, new Set());
}

function evaluate(index: CatalogueIndex, legalForm: string, facility: string, asOf: IsoDate, visiting: Set<string>): Eligibility {
  visiting.add(facility);
  const rules = index.eligibilityRules(legalForm, facility, asOf);
  let status: EligibilityStatus = 'ALLOWED';
  const reasons: EligibilityReason[] = [];
  const conditions: LocalizedText[] = [];
  const workarounds: LocalizedText[] = [];

  if (rules.length === 0) {
    status = 'CONDITIONAL';
    const owner = index.facility(facility)?.owner;
    reasons.push({
      text: {
        nl: `De kennisgraaf bevat op ${asOf} geen toelatingsregel voor deze rechtsvorm en deze voorziening.`,
        en: `The graph holds no eligibility rule for this legal form and facility on ${asOf}.`,
      },
      legalBasis: null, rule: 'none', version: null, confidence: 'UNCONFIRMED', sources: [],
    });
    conditions.push({
      nl: `Laat de toelating bevestigen door ${owner ?? 'de beheerder van de voorziening'}.`,
      en: `Confirm eligibility with ${owner ?? 'the facility owner'}.`,
    });
  }
  for (const rule of rules) {
    status = worst(status, rule.status);
    reasons.push({ text: rule.reason, legalBasis: rule.legalBasis, rule: rule.id, version: versionUid(rule), confidence: rule.confidence, sources: index.sources(rule.sources) });
    conditions.push(...rule.conditions);
    workarounds.push(...rule.workarounds);
  }

  for (const requirement of index.connectionRequirements(facility, asOf)) {
    const network = requirement.network;
    if (!network || visiting.has(network)) continue;
    const via = evaluate(index, legalForm, network, asOf, visiting);
    const name = index.facility(network)?.name ?? network;
    if (via.status !== 'ALLOWED') {
      status = worst(status, via.status);
      for (const r of via.reasons) reasons.push({ ...r, text: { nl: `Alleen bereikbaar via ${name}: ${r.text.nl}`, en: `Reached only over ${name}: ${r.text.en}` } });
      conditions.push(...via.conditions);
      workarounds.push(...via.workarounds);
    }
  }
  visiting.delete(facility);
  return { legalForm, facility, asOf, status, reasons, conditions: unique(conditions), workarounds: unique(workarounds) };
}
