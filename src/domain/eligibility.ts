// Eligibility of a legal form for a facility on a date: the graph's rules, combined, and carried through the networks a facility runs over.
import { type Basis, BasisCollector, withBasis } from './basis.js';
import type { CatalogueIndex } from './catalogue.js';
import type { Confidence, ConnectionRequirement, EligibilityStatus, IsoDate, LocalizedText, Source } from './model.js';
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
  /** The facts the answer rests on: the rules in force, the legal form, the facility and the networks it is reached over. */
  basis: Basis;
}

const SEVERITY: Record<EligibilityStatus, number> = { ALLOWED: 0, CONDITIONAL: 1, BLOCKED: 2 };
const worst = (a: EligibilityStatus, b: EligibilityStatus): EligibilityStatus => (SEVERITY[a] >= SEVERITY[b] ? a : b);
/** The texts without repeats (the same condition may come from a rule and from a network it needs). */
const unique = (xs: LocalizedText[]) => [...new Map(xs.map((x) => [`${x.nl}\u0000${x.en}`, x])).values()];

/**
 * Combines every rule in force for (legal form, facility) — the most restrictive status wins — and, for each network
 * the facility is reached over (an `OVER_NETWORK` connection requirement), the eligibility for that network: a form
 * that may not join Gemnet cannot reach the GGK either. Network requirements of one facility that share a `key` are
 * alternatives ("any of"): the most permissive of them counts. With no rule at all the answer is CONDITIONAL, saying so.
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
  const conditions: LocalizedText[] = [];
  const workarounds: LocalizedText[] = [];

  if (rules.length === 0) {
    status = 'CONDITIONAL';
    used.missingRule(legalForm, facility);
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
    used.eligibilityRule(rule);
    status = worst(status, rule.status);
    reasons.push({ text: rule.reason, legalBasis: rule.legalBasis, rule: rule.id, version: versionUid(rule), confidence: rule.confidence, sources: index.sources(rule.sources) });
    conditions.push(...rule.conditions);
    workarounds.push(...rule.workarounds);
  }

  const requirements = index.connectionRequirements(facility, asOf);
  for (const r of requirements) if (r.kind === 'NETWORK' && r.network && !visiting.has(r.network)) used.connectionRequirement(r);
  for (const alternatives of networkAlternatives(requirements)) {
    const options = alternatives.filter((n) => !visiting.has(n)).map((network) => ({ network, via: evaluate(index, legalForm, network, asOf, visiting, used) }));
    if (options.length === 0) continue;
    const bestStatus = options.map((o) => o.via.status).reduce((a, b) => (SEVERITY[a] <= SEVERITY[b] ? a : b));
    if (bestStatus === 'ALLOWED') continue;
    status = worst(status, bestStatus);
    const names = options.map((o) => index.facility(o.network)?.name ?? o.network);
    const lead: LocalizedText =
      names.length === 1 ? { nl: `Alleen bereikbaar via ${names[0]}`, en: `Reached only over ${names[0]}` } : { nl: `Bereikbaar via ${names.join(' of ')}`, en: `Reached over ${names.join(' or ')}` };
    for (const { network, via } of options.filter((o) => o.via.status === bestStatus)) {
      const name = index.facility(network)?.name ?? network;
      for (const r of via.reasons) {
        const text: LocalizedText =
          names.length === 1
            ? { nl: `${lead.nl}: ${r.text.nl}`, en: `${lead.en}: ${r.text.en}` }
            : { nl: `${lead.nl}; via ${name}: ${r.text.nl}`, en: `${lead.en}; over ${name}: ${r.text.en}` };
        reasons.push({ ...r, text });
      }
      conditions.push(...via.conditions);
      workarounds.push(...via.workarounds);
    }
  }
  visiting.delete(facility);
  return { legalForm, facility, asOf, status, reasons, conditions: unique(conditions), workarounds: unique(workarounds) };
}

/** The networks a facility is reached over, grouped: requirements that share a key are alternatives, any one suffices. */
export function networkAlternatives(requirements: ConnectionRequirement[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const r of requirements) {
    if (r.kind !== 'NETWORK' || !r.network) continue;
    const group = groups.get(r.key) ?? [];
    if (!group.includes(r.network)) group.push(r.network);
    groups.set(r.key, group);
  }
  return [...groups.values()];
}
