// The connection plan: per facility who holds the connection (joint, per member, blocked) and what it takes, beside the per-member status quo.
import { type Basis, BasisCollector, collectScope, withBasis } from './basis.js';
import type { CatalogueIndex } from './catalogue.js';
import { eligibility, type Eligibility } from './eligibility.js';
import type { ConnectionRequirement, Facility, LocalizedText } from './model.js';
import type { AnalysisScope, ConnectionMode, Organisation } from './scope.js';

export type ConnectionPlanMode = 'JOINT' | 'PER_MEMBER' | 'BLOCKED';
/** The legal form a member municipality connects under. */
export const MEMBER_LEGAL_FORM = 'GEMEENTE';
/** The key of the identity requirement every Digikoppeling/PKIoverheid connection rests on. */
export const OIN_KEY = 'OIN';

export type OinKind = 'OWN' | 'SUB_OIN' | 'MEMBERS' | 'NONE';

export interface RequirementCounts {
  connections: number;
  certificates: number;
  networkConnections: number;
  agreements: number;
  authorisations: number;
  registrations: number;
  accounts: number;
}

export interface FacilityConnection {
  facility: Facility;
  mode: ConnectionPlanMode;
  holders: Organisation[];
  reasons: LocalizedText[];
  oinKind: OinKind;
  /** Eligibility of the collaboration's legal form, and of a member municipality, for this facility. */
  jointEligibility: Eligibility;
  memberEligibility: Eligibility;
  requirements: ConnectionRequirement[];
  counts: RequirementCounts;
  /** The same facility when every member connects itself. */
  statusQuo: RequirementCounts;
}

export interface PlanTotals extends RequirementCounts {
  /** Distinct OINs the connections rest on. */
  oins: number;
}

export interface ConnectionPlan {
  scope: AnalysisScope;
  facilities: FacilityConnection[];
  totals: PlanTotals;
  statusQuoTotals: PlanTotals;
  /** The facts the plan rests on: the scope's, both eligibilities per facility, and every connection requirement it counted. */
  basis: Basis;
}

const COUNTED: Array<[keyof RequirementCounts, ConnectionRequirement['kind']]> = [
  ['certificates', 'CERTIFICATE'],
  ['agreements', 'AGREEMENT'],
  ['authorisations', 'AUTHORISATION'],
  ['registrations', 'REGISTRATION'],
  ['accounts', 'ACCOUNT'],
];

function countFor(requirements: ConnectionRequirement[], holders: number): RequirementCounts {
  const distinct = (kind: ConnectionRequirement['kind']) => new Set(requirements.filter((r) => r.kind === kind).map((r) => r.key)).size;
  const counts: RequirementCounts = { connections: holders, certificates: 0, networkConnections: 0, agreements: 0, authorisations: 0, registrations: 0, accounts: 0 };
  // One certificate per OIN per connection point: each holder needs each certificate the facility asks for.
  for (const [field, kind] of COUNTED) counts[field] = distinct(kind) * holders;
  // Network requirements sharing a key are alternatives: one connection meets them.
  counts.networkConnections = new Set(requirements.filter((r) => r.kind === 'NETWORK').map((r) => r.key)).size * holders;
  return counts;
}

function decide(mode: ConnectionMode, joint: Eligibility, member: Eligibility, facility: Facility, form: LocalizedText): { mode: ConnectionPlanMode; reasons: LocalizedText[] } {
  const jointOk = joint.status !== 'BLOCKED';
  const memberOk = member.status !== 'BLOCKED';
  const why = (e: Eligibility) => ({ nl: e.reasons.map((r) => r.text.nl).join(' '), en: e.reasons.map((r) => r.text.en).join(' ') });
  const name = facility.name;
  if (mode === 'JOINT' || (mode === 'AUTO' && jointOk)) {
    if (jointOk) {
      const conditional = joint.status === 'CONDITIONAL';
      return {
        mode: 'JOINT',
        reasons: [
          { nl: `${form.nl} mag zelf aansluiten op ${name}${conditional ? ' zodra aan de voorwaarden is voldaan' : ''}.`, en: `${form.en} may connect to ${name} itself${conditional ? ' once its conditions are met' : ''}.` },
          ...(joint.conditions.length
            ? [{ nl: `Voorwaarden: ${joint.conditions.map((c) => c.nl).join('; ')}`, en: `Conditions: ${joint.conditions.map((c) => c.en).join('; ')}` }]
            : []),
        ],
      };
    }
    const w = why(joint);
    return { mode: 'BLOCKED', reasons: [{ nl: `Er is om een gezamenlijke aansluiting gevraagd, maar ${form.nl} kan niet aansluiten op ${name}: ${w.nl}`, en: `A joint connection was asked for, but ${form.en} cannot connect to ${name}: ${w.en}` }] };
  }
  if (memberOk) {
    const w = why(joint);
    const lead = mode === 'PER_MEMBER'
      ? { nl: 'Er is om aansluitingen per deelnemer gevraagd.', en: 'Per-member connections were asked for.' }
      : { nl: `${form.nl} kan niet zelf aansluiten op ${name}: ${w.nl}`, en: `${form.en} cannot connect to ${name} itself: ${w.en}` };
    const conditional = member.status === 'CONDITIONAL';
    return {
      mode: 'PER_MEMBER',
      reasons: [lead, { nl: `Elke deelnemende gemeente sluit zelf aan${conditional ? ', onder voorwaarden' : ''}.`, en: `Each member municipality connects itself${conditional ? ' under conditions' : ''}.` }],
    };
  }
  const w = why(member);
  return { mode: 'BLOCKED', reasons: [{ nl: `Noch ${form.nl} noch de deelnemende gemeenten kunnen aansluiten op ${name}: ${w.nl}`, en: `Neither ${form.en} nor its member municipalities can connect to ${name}: ${w.en}` }] };
}

export function connectionPlan(index: CatalogueIndex, scope: AnalysisScope): ConnectionPlan {
  const { asOf, legalForm, members, collaboration } = scope;
  const used = new BasisCollector(index);
  collectScope(used, scope);
  const facilities = scope.facilities.map((facility): FacilityConnection => {
    const joint = eligibility(index, legalForm.code, facility.code, asOf);
    const member = eligibility(index, MEMBER_LEGAL_FORM, facility.code, asOf);
    const decision = decide(scope.policy.connectionMode, joint, member, facility, legalForm.name);
    const requirements = index.connectionRequirements(facility.code, asOf);
    used.include(joint);
    used.include(member);
    for (const r of requirements) used.connectionRequirement(r);
    const needsOin = requirements.some((r) => r.key === OIN_KEY);
    const holders = decision.mode === 'JOINT' ? [collaboration] : decision.mode === 'PER_MEMBER' ? members : [];
    const oinKind: OinKind = !needsOin || decision.mode === 'BLOCKED' ? 'NONE' : decision.mode === 'PER_MEMBER' ? 'MEMBERS' : legalForm.ownOin ? 'OWN' : 'SUB_OIN';
    const reasons = [...decision.reasons];
    if (oinKind === 'SUB_OIN') {
      reasons.push({
        nl: `${legalForm.name.nl} krijgt geen eigen OIN: de gezamenlijke aansluiting rust op een SubOIN die een deelnemer aanvraagt.`,
        en: `${legalForm.name.en} gets no OIN of its own: the joint connection rests on a SubOIN requested by a member.`,
      });
    }
    return {
      facility,
      mode: decision.mode,
      holders,
      reasons,
      oinKind,
      jointEligibility: joint,
      memberEligibility: member,
      requirements,
      counts: countFor(requirements, holders.length),
      statusQuo: countFor(requirements, member.status === 'BLOCKED' ? 0 : members.length),
    };
  });
  const memberHolders = (f: FacilityConnection) => (f.memberEligibility.status === 'BLOCKED' ? [] : members);
  const plan = {
    scope,
    facilities,
    totals: totalsOf(facilities, (f) => f.counts, (f) => f.holders),
    statusQuoTotals: totalsOf(facilities, (f) => f.statusQuo, memberHolders),
  };
  return withBasis(plan, used);
}

function totalsOf(
  facilities: FacilityConnection[],
  counts: (f: FacilityConnection) => RequirementCounts,
  holdersOf: (f: FacilityConnection) => Organisation[],
): PlanTotals {
  const totals: PlanTotals = { connections: 0, certificates: 0, networkConnections: 0, agreements: 0, authorisations: 0, registrations: 0, accounts: 0, oins: 0 };
  for (const f of facilities) {
    const c = counts(f);
    for (const key of Object.keys(c) as Array<keyof RequirementCounts>) totals[key] += c[key];
  }
  // A holder joins a network once, and rests on one OIN, however many facilities use them.
  const oins = new Set<string>();
  const networks = new Set<string>();
  // Alternatives (network requirements of one facility sharing a key) are met by a network the holder already joins
  // for another facility, else by the first alternative; single networks are counted first so that can be seen.
  const grouped = (f: FacilityConnection) => {
    const byKey = new Map<string, string[]>();
    for (const r of f.requirements) if (r.kind === 'NETWORK') byKey.set(r.key, [...(byKey.get(r.key) ?? []), r.network ?? r.key]);
    return [...byKey.values()];
  };
  for (const f of facilities) {
    for (const h of holdersOf(f)) {
      if (f.requirements.some((r) => r.key === OIN_KEY)) oins.add(h.id);
      for (const g of grouped(f)) if (g.length === 1) networks.add(`${h.id}\u0000${g[0]}`);
    }
  }
  for (const f of facilities) {
    for (const h of holdersOf(f)) {
      for (const g of grouped(f)) {
        if (g.length > 1 && !g.some((n) => networks.has(`${h.id}\u0000${n}`))) networks.add(`${h.id}\u0000${g[0]}`);
      }
    }
  }
  totals.oins = oins.size;
  totals.networkConnections = networks.size;
  return totals;
}
