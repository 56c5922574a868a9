// The minimal joint audit of a collaboration: obligations from the connection plan and the audit requirements (after policy overrides), solved exactly.
import { requirementLabel } from './audit/cost.js';
import { type Separation, separationTexts } from './audit/separations.js';
import { type LpSolver, solveMinimalJointAudit } from './audit/solve.js';
import type { AuditInstance, AuditRequirementInput, AuditSolution } from './audit/types.js';
import { type Basis, BasisCollector, classingMappings, COST_ASSUMPTION_SOURCE, withBasis } from './basis.js';
import type { CatalogueIndex } from './catalogue.js';
import type { ConnectionPlan } from './connection-plan.js';
import type { AuditRequirement, Evidence, Language, Norm } from './model.js';
import { EVIDENCE } from './model.js';
import type { AnalysisScope, Organisation, Policy } from './scope.js';

/** An audit requirement as the request sees it: the version in force on `asOf`, with the policy's overrides applied. */
export interface EffectiveRequirement {
  requirement: AuditRequirement;
  /** Norm ids tested, N(a): the framework's norms valid on `asOf`. */
  norms: string[];
  overridden: Array<'evidence' | 'cycleMonths' | 'scope' | 'jointAllowed'>;
}

export interface PlannedEngagement {
  id: string;
  evidence: AuditRequirement['evidence'];
  cycleMonths: number;
  subjects: Organisation[];
  requirements: AuditRequirement[];
  testedNorms: Norm[];
  cost: number;
}

export interface PlannedObligation {
  requirement: AuditRequirement;
  subject: Organisation;
  engagement: string;
}

export interface AuditPlan {
  scope: AnalysisScope;
  optimal: boolean;
  totalCost: number;
  baselineCost: number;
  savings: number;
  engagements: PlannedEngagement[];
  obligations: PlannedObligation[];
  /** The rules that kept obligations apart, with requirement and subject ids (`planSeparationTexts` words them). */
  separations: Separation[];
  solver: AuditSolution['solver'];
  /** Effective weight of every norm the plan uses, after the policy's framework weights. */
  normWeights: Map<string, number>;
  /** The facts the plan rests on and the cost figures that are assumptions (see `auditBasis`). */
  basis: Basis;
}

/** A norm's weight under the policy: a framework weight from the request wins over the norm's own and the default. */
export function policyWeight(index: CatalogueIndex, policy: Policy, norm: Norm): number {
  return policy.normWeights.get(norm.framework) ?? index.weight(norm);
}

export function effectiveRequirements(index: CatalogueIndex, scope: AnalysisScope, facility: string): EffectiveRequirement[] {
  return index.auditRequirements(facility, scope.asOf).map((base) => {
    const o = scope.policy.auditRequirements.find((x) => x.id === base.id);
    const requirement: AuditRequirement = {
      ...base,
      evidence: o?.evidence ?? base.evidence,
      cycleMonths: o?.cycleMonths ?? base.cycleMonths,
      scope: o?.scope ?? base.scope,
      jointAllowed: o?.jointAllowed ?? base.jointAllowed,
    };
    const overridden = (['evidence', 'cycleMonths', 'scope', 'jointAllowed'] as const).filter((k) => requirement[k] !== base[k]);
    return { requirement, norms: index.normsOf(base.framework, scope.asOf).map((n) => n.id), overridden };
  });
}

/** Builds the optimisation instance of joint-audit.md §1–§4 for a connection plan. */
export function auditInstance(index: CatalogueIndex, plan: ConnectionPlan): { instance: AuditInstance; requirements: Map<string, EffectiveRequirement>; organisations: Map<string, Organisation> } {
  const { scope } = plan;
  const requirements = new Map<string, EffectiveRequirement>();
  const organisations = new Map<string, Organisation>([[scope.collaboration.id, scope.collaboration], ...scope.members.map((m) => [m.id, m] as const)]);
  const obligations: AuditInstance['obligations'] = [];
  for (const fc of plan.facilities) {
    if (fc.mode === 'BLOCKED') continue; // a blocked facility yields no obligations (§1)
    for (const eff of effectiveRequirements(index, scope, fc.facility.code)) {
      // A standing obligation is each municipality's own, there with or without the collaboration: not part of its audit.
      if (eff.requirement.scope === 'STANDING') continue;
      requirements.set(eff.requirement.id, eff);
      const subjects = eff.requirement.scope === 'PER_CONNECTION' ? fc.holders : scope.members;
      for (const s of subjects) obligations.push({ requirement: eff.requirement.id, subject: s.id });
    }
  }
  const norms = index.normsOn(scope.asOf);
  const instance: AuditInstance = {
    requirements: [...requirements.values()].map(
      (e): AuditRequirementInput => ({
        id: e.requirement.id,
        // The solver words its separations in English (the API's `separations` text); the report words its own.
        name: e.requirement.name.en,
        facility: e.requirement.facility,
        evidence: e.requirement.evidence,
        cycleMonths: e.requirement.cycleMonths,
        scope: e.requirement.scope,
        jointAllowed: e.requirement.jointAllowed,
        norms: e.norms,
      }),
    ),
    norms: norms.map((n) => ({ id: n.id, framework: n.framework, weight: policyWeight(index, scope.policy, n) })),
    mappings: index.normMappings(scope.asOf).map((m) => ({ from: m.from, to: m.to, relation: m.relation })),
    obligations,
    costModel: scope.policy.costModel,
    crossFacilityBundling: scope.policy.crossFacilityBundling,
    normStructure: index.normStructure(scope.asOf),
  };
  return { instance, requirements, organisations };
}

/**
 * The facts a minimal joint audit rests on: its connection plan's, the audit requirements it put obligations under, their
 * frameworks and norms, the mappings that class those norms together, and the cost figures that priced them (the
 * graph's assumptions, or the request's own figures). It does not depend on the solution, so it is known before solving.
 */
export function auditBasis(index: CatalogueIndex, plan: ConnectionPlan, requirements: Iterable<EffectiveRequirement>): Basis {
  return auditFacts(index, plan, requirements).basis();
}

/** Where a cost weight comes from: the graph records no confidence of its own for a weight, every one is a calibration of the cost model. */
const WEIGHT_SOURCES: readonly string[] = [COST_ASSUMPTION_SOURCE];

/** What `auditBasis` sums up, collected: for an analysis that gathers the bases of many audits. */
export function auditFacts(index: CatalogueIndex, plan: ConnectionPlan, requirements: Iterable<EffectiveRequirement>): BasisCollector {
  const { scope } = plan;
  const { policy, asOf } = scope;
  const used = new BasisCollector(index);
  used.include(plan);
  const tested = new Set<string>();
  const evidences = new Set<Evidence>();
  for (const eff of requirements) {
    const graphVersion = index.auditRequirement(eff.requirement.id, asOf);
    if (graphVersion) used.auditRequirement(graphVersion);
    evidences.add(eff.requirement.evidence);
    const framework = index.framework(eff.requirement.framework);
    if (framework) used.framework(framework);
    const requestWeight = policy.normWeights.get(eff.requirement.framework);
    if (requestWeight !== undefined) used.cost({ kind: 'NORM_FRAMEWORK', id: eff.requirement.framework, figure: 'weight', value: requestWeight, origin: 'POLICY' }, []);
    for (const id of eff.norms) {
      const norm = index.norm(id);
      if (!norm) continue;
      used.norm(norm);
      tested.add(id);
      if (requestWeight !== undefined) continue;
      if (norm.weight !== null) used.cost({ kind: 'NORM', id, figure: 'weight', value: norm.weight, origin: 'GRAPH' }, WEIGHT_SOURCES);
      else if (framework) used.cost({ kind: 'NORM_FRAMEWORK', id: framework.id, figure: 'defaultWeight', value: framework.defaultWeight, origin: 'GRAPH' }, WEIGHT_SOURCES);
    }
  }
  for (const m of classingMappings(index, asOf, tested, false)) used.mapping(m);
  const inForce = index.costModel(asOf);
  for (const evidence of EVIDENCE) {
    if (!evidences.has(evidence)) continue;
    const graph = inForce.find((c) => c.evidence === evidence);
    if (graph) used.evidenceCost(graph);
    for (const figure of ['fixedCost', 'subjectCost'] as const) {
      const value = policy.costModel[evidence][figure];
      if (graph && graph[figure] === value) {
        if (graph.confidence !== 'CONFIRMED') used.cost({ kind: 'EVIDENCE_COST', id: evidence, figure, value, origin: 'GRAPH' }, graph.sources);
      } else {
        used.cost({ kind: 'EVIDENCE_COST', id: evidence, figure, value, origin: 'POLICY' }, []);
      }
    }
  }
  return used;
}

export async function minimalJointAudit(index: CatalogueIndex, plan: ConnectionPlan, lpSolver: LpSolver): Promise<AuditPlan> {
  const { instance, requirements, organisations } = auditInstance(index, plan);
  const used = auditFacts(index, plan, requirements.values());
  const solution = await solveMinimalJointAudit(instance, { lpSolver });
  const org = (id: string) => organisations.get(id)!;
  const req = (id: string) => requirements.get(id)!.requirement;
  const engagements = solution.engagements.map((e, i): PlannedEngagement => ({
    id: `E${i + 1}`,
    evidence: e.evidence,
    cycleMonths: e.cycleMonths,
    subjects: e.subjects.map(org),
    requirements: e.requirements.map(req),
    testedNorms: e.testedNorms.map((id) => index.norm(id)).filter((n): n is Norm => n !== undefined),
    cost: e.cost,
  }));
  const engagementOf = new Map<number, string>();
  solution.engagements.forEach((e, i) => e.obligations.forEach((o) => engagementOf.set(o, `E${i + 1}`)));
  return withBasis({
    scope: plan.scope,
    optimal: solution.optimal,
    totalCost: solution.totalCost,
    baselineCost: solution.baselineCost,
    savings: solution.savings,
    engagements,
    obligations: instance.obligations.map((o, i) => ({ requirement: req(o.requirement), subject: org(o.subject), engagement: engagementOf.get(i)! })),
    separations: solution.separations,
    solver: solution.solver,
    normWeights: new Map(instance.norms.map((n) => [n.id, n.weight])),
  }, used);
}

/** The plan's separations as the API and the CLI state them, in `language`, each requirement named as the plan knows it. */
export function planSeparationTexts(plan: AuditPlan, language: Language = 'en'): string[] {
  const requirements = new Map(plan.obligations.map((o) => [o.requirement.id, o.requirement]));
  return separationTexts(plan.separations, (id) => {
    const r = requirements.get(id);
    return r === undefined ? id : requirementLabel({ id: r.id, name: r.name[language] });
  }, language);
}
