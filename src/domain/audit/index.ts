// The minimal joint audit (joint-audit.md): input/output types, the cost definition and the exact optimiser.

export type * from './types.js';
export {
  AuditCostModel,
  AuditInputError,
  NormClasses,
  baselineCost,
  engagementCost,
  feasible,
  normClasses,
  requirementLabel,
  testedNorms,
} from './cost.js';
export type { EngagementCost, Feasibility, NormClass, TestedClass, TestedNorms } from './cost.js';
export { separationsOf, solveMinimalJointAudit } from './solve.js';
export type { LpSolution, LpSolver, SolveOptions } from './solve.js';
