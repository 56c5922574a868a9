// The shape of a what-if comparison: baseline beside variant, every difference with the input change that causes it.
import type { Basis } from './basis.js';
import type { ConnectionPlan, ConnectionPlanMode, PlanTotals } from './connection-plan.js';
import type { Eligibility } from './eligibility.js';
import type { AuditPlan } from './joint-audit.js';
import type { EligibilityStatus, LocalizedText } from './model.js';
import type { AnalysisInput } from './scope.js';

/** The dimensions in which a variant's input can differ from its baseline's. */
export const INPUT_DIMENSIONS = ['LEGAL_FORM', 'MEMBERS', 'FACILITIES', 'POLICY', 'DATE'] as const;
export type InputDimension = (typeof INPUT_DIMENSIONS)[number];

export interface InputChange {
  dimension: InputDimension;
  /** What changed, e.g. "rechtsvorm REGELING_ZONDER_MEER → OPENBAAR_LICHAAM" / "legal form REGELING_ZONDER_MEER → OPENBAAR_LICHAAM". */
  description: LocalizedText;
}

/** One analysed side of a comparison. */
export interface ScenarioSide {
  input: AnalysisInput;
  /** Eligibility of the side's legal form for each of its facilities. */
  eligibility: Eligibility[];
  connectionPlan: ConnectionPlan;
  audit: AuditPlan;
}

export interface Difference {
  /** What differs, e.g. `eligibility`, `connection mode`, `certificates`, `optimal audit cost`. */
  aspect: string;
  /** The facility it concerns, when it concerns one. */
  facility: string | null;
  baseline: string;
  variant: string;
  /** Numeric change (variant − baseline) for counts and costs; null for statuses and modes. */
  delta: number | null;
  /** The input changes that, applied alone to the baseline, already produce this difference. Empty when only their combination does. */
  causes: InputDimension[];
}

export type ScenarioTotals = PlanTotals & { engagements: number; baselineCost: number; totalCost: number; savings: number };

export interface ScenarioComparison {
  baseline: ScenarioSide;
  variant: ScenarioSide;
  inputChanges: InputChange[];
  eligibilityChanges: Array<{ facility: string; baseline: EligibilityStatus | null; variant: EligibilityStatus | null; causes: InputDimension[] }>;
  connectionChanges: Array<{ facility: string; baseline: ConnectionPlanMode | null; variant: ConnectionPlanMode | null; causes: InputDimension[] }>;
  totals: { baseline: ScenarioTotals; variant: ScenarioTotals; /** variant − baseline */ delta: ScenarioTotals };
  differences: Difference[];
  /** Every fact the comparison read: both sides, and the sides it analysed to find the cause of each difference. */
  basis: Basis;
}
