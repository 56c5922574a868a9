// National impact: every collaboration in the graph analysed under one policy and date, and the country as one audit instance.
import { type LpSolver, solveMinimalJointAudit } from './audit/solve.js';
import type { AuditInstance } from './audit/types.js';
import { type Basis, BasisCollector } from './basis.js';
import type { CatalogueIndex } from './catalogue.js';
import { connectionPlan, OIN_KEY } from './connection-plan.js';
import { BadInputError, NotFoundError } from './errors.js';
import { auditFacts, auditInstance } from './joint-audit.js';
import type { Collaboration, IsoDate, Municipality } from './model.js';
import { resolveScope, type PolicyInput } from './scope.js';

export interface NationalCollaboration {
  id: string;
  name: string;
  legalForm: string | null;
  /** True when the legal form is the assumption given for collaborations whose form is unknown. */
  legalFormAssumed: boolean;
  facilities: string[];
  facilitiesAssumed: boolean;
  members: number;
  /** Why it was not analysed, when it was not. */
  skipped: string | null;
  optimal: boolean;
  baselineCost: number;
  totalCost: number;
  savings: number;
  engagements: number;
  connections: number;
  oins: number;
  certificates: number;
}

export interface NationalMunicipality {
  id: string;
  name: string;
  collaborations: number;
  /** Its obligations, each counted once however many collaborations bring it. */
  obligations: number;
  baselineCost: number;
  /** Its share of the national optimum: its subject cost plus an equal share of fixed and norm costs of each engagement it is in. */
  optimalCost: number;
}

export interface NationalTotals {
  collaborations: number;
  analysed: number;
  skipped: number;
  municipalities: number;
  obligations: number;
  baselineCost: number;
  totalCost: number;
  savings: number;
  engagements: number;
  connections: number;
  oins: number;
  certificates: number;
  optimal: boolean;
}

export interface NationalImpact {
  asOf: IsoDate;
  collaborations: NationalCollaboration[];
  municipalities: NationalMunicipality[];
  totals: NationalTotals;
  solver: { status: string; millis: number; method: string };
  /** Every fact the analysis of every collaboration read: the collaborations, their memberships and what their audits rest on. */
  basis: Basis;
}

export interface NationalAssumptions {
  /** Legal form assumed for collaborations whose form the graph does not know; without it they are skipped. */
  unknownLegalForm?: string | null;
  /** Facilities assumed for collaborations the graph knows none for; without them they are skipped. */
  defaultFacilities?: string[] | null;
}

export interface NationalOptions extends NationalAssumptions {
  policy?: PolicyInput | null;
  asOf: IsoDate;
  lpSolver: LpSolver;
  onProgress?: (done: number, total: number) => void;
}

const zero = (): Omit<NationalCollaboration, 'id' | 'name' | 'legalForm' | 'legalFormAssumed' | 'facilities' | 'facilitiesAssumed' | 'members' | 'skipped'> => ({
  optimal: true, baselineCost: 0, totalCost: 0, savings: 0, engagements: 0, connections: 0, oins: 0, certificates: 0,
});

export async function nationalImpact(
  index: CatalogueIndex,
  collaborations: Array<{ collaboration: Collaboration; members: Municipality[] }>,
  options: NationalOptions,
): Promise<NationalImpact> {
  if (options.unknownLegalForm && !index.hasLegalForm(options.unknownLegalForm)) {
    throw new NotFoundError('legal form', options.unknownLegalForm, 'unknownLegalForm');
  }
  (options.defaultFacilities ?? []).forEach((f, i) => {
    if (!index.facility(f)) throw new NotFoundError('facility', f, `defaultFacilities[${i}]`);
  });

  const rows: NationalCollaboration[] = [];
  const national: AuditInstance = { requirements: [], norms: [], mappings: [], obligations: [], costModel: { IT_AUDIT: { fixedCost: 0, subjectCost: 0 }, SELF_EVALUATION: { fixedCost: 0, subjectCost: 0 } }, crossFacilityBundling: true };
  const requirementIds = new Set<string>();
  const obligationKeys = new Set<string>();
  const connections = new Set<string>();
  const certificates = new Set<string>();
  const oins = new Set<string>();
  const membership = new Map<string, { municipality: Municipality; collaborations: number }>();
  let solveMillis = 0;
  let policySeen = false;
  const used = new BasisCollector(index);

  for (const [i, { collaboration: c, members }] of collaborations.entries()) {
    options.onProgress?.(i, collaborations.length);
    const legalForm = c.legalForm ?? options.unknownLegalForm ?? null;
    const facilities = c.facilities.length > 0 ? c.facilities : (options.defaultFacilities ?? []);
    const row: NationalCollaboration = {
      id: c.id, name: c.name, legalForm, legalFormAssumed: c.legalForm === null && legalForm !== null, facilities,
      facilitiesAssumed: c.facilities.length === 0 && facilities.length > 0, members: members.length, skipped: null, ...zero(),
    };
    rows.push(row);
    used.collaboration(c);
    for (const m of c.members) used.membership(c, m.municipality, m.confidence);
    for (const m of members) {
      const entry = membership.get(m.id) ?? { municipality: m, collaborations: 0 };
      entry.collaborations += 1;
      membership.set(m.id, entry);
    }
    row.skipped = members.length === 0 ? 'no members known' : legalForm === null ? 'legal form unknown' : facilities.length === 0 ? 'no facilities known' : null;
    if (row.skipped) continue;

    const scope = resolveScope(index, { members: members.map((m) => m.id), legalForm, facilities, asOf: options.asOf, policy: options.policy ?? null }, { collaboration: null, municipalities: members }, 'policy');
    // Keep the collaboration's own identity for joint holders, so two collaborations never share a holder.
    scope.collaboration = { id: c.id, name: c.name, kind: 'COLLABORATION', oin: null };
    const plan = connectionPlan(index, scope);
    const { instance, requirements } = auditInstance(index, plan);
    used.merge(auditFacts(index, plan, requirements.values()));
    const t0 = performance.now();
    const solution = await solveMinimalJointAudit(instance, options);
    solveMillis += performance.now() - t0;
    Object.assign(row, {
      optimal: solution.optimal, baselineCost: solution.baselineCost, totalCost: solution.totalCost, savings: solution.savings,
      engagements: solution.engagements.length, connections: plan.totals.connections, oins: plan.totals.oins, certificates: plan.totals.certificates,
    });

    if (!policySeen) {
      national.costModel = instance.costModel;
      national.crossFacilityBundling = instance.crossFacilityBundling;
      national.norms = instance.norms;
      national.mappings = instance.mappings;
      policySeen = true;
    }
    for (const r of instance.requirements) if (!requirementIds.has(r.id)) {
      requirementIds.add(r.id);
      national.requirements.push(r);
    }
    for (const o of instance.obligations) {
      const key = `${o.requirement}\u0000${o.subject}`;
      if (obligationKeys.has(key)) continue;
      obligationKeys.add(key);
      national.obligations.push(o);
    }
    for (const f of plan.facilities) {
      const certKeys = new Set(f.requirements.filter((r) => r.kind === 'CERTIFICATE').map((r) => r.key));
      for (const h of f.holders) {
        connections.add(`${f.facility.code}\u0000${h.id}`);
        for (const k of certKeys) certificates.add(`${f.facility.code}\u0000${h.id}\u0000${k}`);
        if (f.requirements.some((r) => r.key === OIN_KEY)) oins.add(h.id);
      }
    }
  }
  options.onProgress?.(collaborations.length, collaborations.length);

  // The country as one instance: every obligation once, engagements free to span collaborations as the rules allow.
  const t0 = performance.now();
  const solution = await solveMinimalJointAudit(national, options);
  solveMillis += performance.now() - t0;
  if (!Number.isFinite(solution.totalCost)) throw new BadInputError('policy', 'the national instance could not be solved');

  const perMunicipality = new Map<string, { obligations: number; baselineCost: number; optimalCost: number }>();
  const at = (id: string) => {
    let e = perMunicipality.get(id);
    if (!e) perMunicipality.set(id, (e = { obligations: 0, baselineCost: 0, optimalCost: 0 }));
    return e;
  };
  for (const e of solution.engagements) {
    const c = national.costModel[e.evidence];
    const shared = (e.cost - c.subjectCost * e.subjects.length) / e.subjects.length;
    for (const s of e.subjects) at(s).optimalCost += c.subjectCost + shared;
  }
  // Baseline per subject: each obligation alone. That cost depends on the requirement only, so it is computed once per requirement.
  const standalone = new Map<string, number>();
  for (const r of national.requirements) {
    standalone.set(r.id, (await solveMinimalJointAudit({ ...national, obligations: [{ requirement: r.id, subject: 'one' }] }, options)).baselineCost);
  }
  for (const o of national.obligations) {
    const e = at(o.subject);
    e.obligations += 1;
    e.baselineCost += standalone.get(o.requirement) ?? 0;
  }

  const municipalities: NationalMunicipality[] = [...membership.values()]
    .map(({ municipality, collaborations: n }) => ({ id: municipality.id, name: municipality.name, collaborations: n, ...(perMunicipality.get(municipality.id) ?? { obligations: 0, baselineCost: 0, optimalCost: 0 }) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const analysed = rows.filter((r) => r.skipped === null);
  return {
    asOf: options.asOf,
    collaborations: rows.sort((a, b) => (a.id < b.id ? -1 : 1)),
    municipalities,
    totals: {
      collaborations: rows.length,
      analysed: analysed.length,
      skipped: rows.length - analysed.length,
      municipalities: municipalities.length,
      obligations: national.obligations.length,
      baselineCost: solution.baselineCost,
      totalCost: solution.totalCost,
      savings: solution.savings,
      engagements: solution.engagements.length,
      connections: connections.size,
      oins: oins.size,
      certificates: certificates.size,
      optimal: solution.optimal && analysed.every((r) => r.optimal),
    },
    solver: { status: solution.solver.status, millis: solveMillis, method: solution.solver.method },
    basis: used.basis(),
  };
}
