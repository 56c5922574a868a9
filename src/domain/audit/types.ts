// Input and output types of the minimal joint audit (../shared/design/joint-audit.md), free of store and API concerns.

import type { AuditScope, Evidence, MappingRelation } from '../model.js';
import type { NormStructure } from './cost.js';
import type { Separation } from './separations.js';

/** One audit requirement as it holds on `asOf`, after the policy overrides of the request. */
export interface AuditRequirementInput {
  id: string;
  /** Human-readable name (e.g. "DigiD assessment"), used only when separations are worded; the id is used when absent. */
  name?: string;
  facility: string;
  evidence: Evidence;
  cycleMonths: number;
  scope: AuditScope;
  jointAllowed: boolean;
  /** The norm ids `N(a)` the requirement tests. */
  norms: string[];
}

/** A norm with its effective cost weight (own weight, framework default or policy override already resolved). */
export interface NormInput {
  id: string;
  framework: string;
  weight: number;
}

export interface MappingInput {
  from: string;
  to: string;
  relation: MappingRelation;
}

/** One obligation `(a, subject)`; the caller derives them from holders (PER_CONNECTION) and members (PER_MEMBER). */
export interface ObligationInput {
  /** Requirement id. */
  requirement: string;
  /** Organisation id (a municipality or the collaboration itself). */
  subject: string;
}

export interface EvidenceCostInput {
  fixedCost: number;
  subjectCost: number;
}

export interface AuditInstance {
  requirements: AuditRequirementInput[];
  norms: NormInput[];
  mappings: MappingInput[];
  obligations: ObligationInput[];
  costModel: Record<Evidence, EvidenceCostInput>;
  crossFacilityBundling: boolean;
  /** The norm classing computed before for these norm ids and mappings (a cache); ignored unless it fits them. */
  normStructure?: NormStructure;
}

export interface EngagementResult {
  /** Indices into `instance.obligations`, ascending. */
  obligations: number[];
  evidence: Evidence;
  cycleMonths: number;
  /** Distinct subject ids, sorted. */
  subjects: string[];
  /** Distinct requirement ids, sorted. */
  requirements: string[];
  /** One representative norm id per tested norm class, sorted. */
  testedNorms: string[];
  cost: number;
}

/** Size of the optimisation models built for one solve; independent of how many members share a signature. */
export interface ModelSize {
  /** Independent compatibility groups. */
  groups: number;
  /** Groups that needed an ILP (the rest were solved in closed form). */
  ilpGroups: number;
  variables: number;
  integerVariables: number;
  constraints: number;
}

export interface SolverInfo {
  /** `Optimal` when every group is proven optimal; otherwise the first non-optimal HiGHS status. */
  status: string;
  millis: number;
  /** `closed-form`, `ilp (HiGHS …)` or `closed-form + ilp (HiGHS …)`. */
  method: string;
  model: ModelSize;
}

export interface AuditSolution {
  optimal: boolean;
  totalCost: number;
  baselineCost: number;
  savings: number;
  engagements: EngagementResult[];
  solver: SolverInfo;
  /** The rules that kept obligations apart, in a deterministic order (`separationTexts` words them). */
  separations: Separation[];
}
