// What the resolvers hand down the tree: domain objects plus the date they are read at.
import type { ConnectionPlan } from '../domain/connection-plan.js';
import type { AuditPlan, PlannedEngagement, PlannedObligation } from '../domain/joint-audit.js';
import type { FrameworkOverlap, SharedRequirement } from '../domain/overlap.js';
import type { AuditRequirement, Confidence, ConnectionRequirement, Facility, IsoDate, Municipality, Norm, NormFramework, NormMapping } from '../domain/model.js';
import type { CurationRecord } from '../domain/curation.js';
import type { AccessLogEntry, CollaborationRecord, Page, Scenario } from '../store/port.js';

/** The date children read the graph at, inherited from the query that reached them. */
interface AtDate {
  asOf: IsoDate;
}

export type FacilityView = Facility & AtDate;
export type ConnectionRequirementView = ConnectionRequirement & AtDate;
/** Norm weights after a request's policy, where the requirement comes from an analysis. */
type Weighted = { weights?: ReadonlyMap<string, number> };
export type AuditRequirementView = AuditRequirement & AtDate & Weighted;
/** `asOf` is null when the framework was listed without a date: then all its norms are shown. */
export type NormFrameworkView = NormFramework & { asOf: IsoDate | null };
export type NormView = Norm & { asOf: IsoDate | null } & Weighted;
export type NormMappingView = NormMapping & { asOf: IsoDate | null };
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
export type SharedRequirementView = SharedRequirement & AtDate;
export type FrameworkOverlapView = FrameworkOverlap & AtDate;
export type ScenarioPage = Page<Scenario>;
export type AccessLogPage = Page<AccessLogEntry>;
export type CurationPage = Page<CurationRecord>;
