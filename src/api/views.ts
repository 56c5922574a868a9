// What the resolvers hand down the tree where a domain object alone is not enough. Not the date an answer is read at:
// that is recorded once per response path (resolvers/dates.ts).
import type { ConnectionPlan } from '../domain/connection-plan.js';
import type { AuditPlan, PlannedEngagement, PlannedObligation } from '../domain/joint-audit.js';
import type { AuditRequirement, Confidence, Municipality, Norm } from '../domain/model.js';
import type { CurationRecord } from '../domain/curation.js';
import type { AccessLogEntry, CollaborationRecord, Page, Scenario } from '../store/port.js';

/** Norm weights after a request's policy, where the requirement comes from an analysis. */
type Weighted = { weights?: ReadonlyMap<string, number> };
export type AuditRequirementView = AuditRequirement & Weighted;
export type NormView = Norm & Weighted;
export interface MembershipView {
  municipality: Municipality;
  confidence: Confidence;
}
export type MunicipalityPage = Page<Municipality>;
export type CollaborationPage = Page<CollaborationRecord>;

/** An audit plan together with the connection plan it was built from. */
export type AuditPlanView = AuditPlan & { connectionPlan: ConnectionPlan };
export type EngagementView = PlannedEngagement & { plan: AuditPlanView };
export type ObligationView = PlannedObligation & { plan: AuditPlanView };
export type ScenarioPage = Page<Scenario>;
export type AccessLogPage = Page<AccessLogEntry>;
export type CurationPage = Page<CurationRecord>;
