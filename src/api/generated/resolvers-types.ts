import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Facility as FacilityModel, ConnectionRequirement as ConnectionRequirementModel, NormFramework as NormFrameworkModel, NormMapping as NormMappingModel, CertificateType as CertificateTypeModel, LegalForm as LegalFormModel, EvidenceCost as EvidenceCostModel, Source as SourceModel, Municipality as MunicipalityModel } from '../../domain/model.js';
import type { AuditRequirementView as AuditRequirementViewModel, NormView as NormViewModel, MembershipView as MembershipViewModel, MunicipalityPage as MunicipalityPageModel, CollaborationPage as CollaborationPageModel, AuditPlanView as AuditPlanViewModel, ScenarioPage as ScenarioPageModel, AccessLogPage as AccessLogPageModel, CurationPage as CurationPageModel, EngagementView as EngagementViewModel, ObligationView as ObligationViewModel } from '../views.js';
import type { CollaborationRecord as CollaborationRecordModel, Scenario as ScenarioModel } from '../../store/port.js';
import type { Organisation as OrganisationModel } from '../../domain/scope.js';
import type { Eligibility as EligibilityModel, EligibilityReason as EligibilityReasonModel } from '../../domain/eligibility.js';
import type { Overlap as OverlapModel, SharedRequirement as SharedRequirementModel, FrameworkOverlap as FrameworkOverlapModel, NormPair as NormPairModel } from '../../domain/overlap.js';
import type { ConnectionPlan as ConnectionPlanModel, FacilityConnection as FacilityConnectionModel } from '../../domain/connection-plan.js';
import type { ScenarioComparison as ScenarioComparisonModel, InputChange as InputChangeModel, ScenarioSide as ScenarioSideModel, Difference as DifferenceModel } from '../../domain/comparison-types.js';
import type { CurationRecord as CurationRecordModel } from '../../domain/curation.js';
import type { NationalImpact as NationalImpactModel } from '../../domain/national-impact.js';
import type { Basis as BasisModel, UsedFact as UsedFactModel, CostFigure as CostFigureModel } from '../../domain/basis.js';
import type { FactWorklist as FactWorklistModel, WorklistFact as WorklistFactModel } from '../../domain/fact-worklist.js';
import type { RequestContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** Any JSON object. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** A page of access-log entries. */
export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  edges: Array<AccessLogEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An access-log entry and its cursor. */
export type AccessLogEdge = {
  __typename?: 'AccessLogEdge';
  cursor: Scalars['String']['output'];
  node: AccessLogEntry;
};

/** One protocol entry (protocollering): who asked what, for whom, why, and how it ended. */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** The organisation (OIN) the request acted for. */
  actingFor?: Maybe<Scalars['ID']['output']>;
  /** When the request arrived (ISO 8601). */
  at: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The API key's id; null when authentication is disabled or no valid key was given. */
  keyId?: Maybe<Scalars['ID']['output']>;
  /** The operation name (or 'anonymous query'). */
  operation?: Maybe<Scalars['String']['output']>;
  /** OK, the error code it ended with, or PENDING while it runs. A query's outcome is written just after its answer leaves (within a quarter second); an entry still PENDING after that was admitted, but how it ended was not kept. */
  outcome: Scalars['String']['output'];
  /** Why, as the request said (X-Purpose). */
  purpose?: Maybe<Scalars['String']['output']>;
  /** The key's role. */
  role?: Maybe<Scalars['String']['output']>;
  /** sha256 of the variables as sent, hex. */
  variablesHash?: Maybe<Scalars['String']['output']>;
};

/** What to analyse: an existing collaboration, or explicit members, legal form and facilities (explicit fields override the collaboration's). */
export type AnalysisInput = {
  /** The date whose rules apply (default today). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** An existing collaboration. */
  collaboration?: InputMaybe<Scalars['ID']['input']>;
  /** Facility codes. */
  facilities?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Legal form code. */
  legalForm?: InputMaybe<Scalars['ID']['input']>;
  /** Member municipalities (ids GM + CBS code). */
  members?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Overrides for this request. */
  policy?: InputMaybe<PolicyInput>;
};

/** The analyses whose answers a fact can carry. */
export type AnalysisKind =
  | 'CONNECTION_PLAN'
  | 'ELIGIBILITY'
  | 'MINIMAL_JOINT_AUDIT'
  | 'OVERLAP';

/** An analysis input as stored in a scenario, exactly as it was given. */
export type AnalysisRequest = {
  __typename?: 'AnalysisRequest';
  asOf?: Maybe<Scalars['Date']['output']>;
  collaboration?: Maybe<Scalars['ID']['output']>;
  facilities?: Maybe<Array<Scalars['ID']['output']>>;
  legalForm?: Maybe<Scalars['ID']['output']>;
  members?: Maybe<Array<Scalars['ID']['output']>>;
  policy?: Maybe<Policy>;
};

/** How many answers of one analysis kind. */
export type AnswerCount = {
  __typename?: 'AnswerCount';
  analysis: AnalysisKind;
  count: Scalars['Int']['output'];
};

/** The minimal joint audit of a collaboration (joint-audit.md). */
export type AuditPlan = {
  __typename?: 'AuditPlan';
  /** The date whose rules apply. */
  asOf: Scalars['Date']['output'];
  /** Cost of the status quo: every obligation its own engagement. */
  baselineCost: Scalars['Float']['output'];
  /** What the plan rests on: the connection plan's facts, the audit requirements, frameworks, norms and mappings, and the cost figures that are assumptions. */
  basis: Basis;
  /** The collaboration. */
  collaboration: Organisation;
  /** The connection plan the obligations come from. */
  connectionPlan: ConnectionPlan;
  /** The engagements of the optimal plan. */
  engagements: Array<Engagement>;
  /** Every obligation with the engagement covering it. */
  obligations: Array<Obligation>;
  /** True only when optimality is proven. */
  optimal: Scalars['Boolean']['output'];
  /** baselineCost − totalCost. */
  savings: Scalars['Float']['output'];
  /** The rules that kept obligations apart. */
  separations: Array<Separation>;
  /** Solver status and time. */
  solver: SolverInfo;
  /** Cost of the optimal plan, in euro. */
  totalCost: Scalars['Float']['output'];
};

/** An audit a connection brings, e.g. the DigiD assessment. */
export type AuditRequirement = {
  __typename?: 'AuditRequirement';
  /** How settled this fact is. */
  confidence: Confidence;
  /** How often, in months. */
  cycleMonths: Scalars['Int']['output'];
  /** Evidence asked for. */
  evidence: Evidence;
  /** The facility it belongs to. */
  facility: Facility;
  /** Identifier, e.g. digid-assessment; with `validFrom` it names one version. */
  id: Scalars['ID']['output'];
  /** Whether one engagement may cover the obligations of several organisations. */
  jointAllowed: Scalars['Boolean']['output'];
  /** The condition under which one engagement may cover several organisations, where the rule has one (e.g. one identical service of one service organisation); `jointAllowed` is false while the graph cannot tell it is met, and a what-if policy may assume it. */
  jointCondition?: Maybe<Scalars['String']['output']>;
  /** Name of the audit. */
  name: Scalars['String']['output'];
  /** The norm framework the audit tests against. */
  normFramework: NormFramework;
  /** The norms tested (those of the framework valid on the date asked). */
  norms: Array<Norm>;
  /** Inference, assumption or gap, where there is one. */
  note?: Maybe<Scalars['String']['output']>;
  /** Whether it falls per connection or per member. */
  scope: AuditScope;
  /** Sources of this fact. */
  sources: Array<Source>;
  /** First day this version holds. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** First day it no longer holds. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** This version's name (id@validFrom), the `expectedVersion` of a curation based on it. */
  version: Scalars['String']['output'];
};

/** A stored audit requirement override. */
export type AuditRequirementChange = {
  __typename?: 'AuditRequirementChange';
  cycleMonths?: Maybe<Scalars['Int']['output']>;
  evidence?: Maybe<Evidence>;
  id: Scalars['ID']['output'];
  jointAllowed?: Maybe<Scalars['Boolean']['output']>;
  scope?: Maybe<AuditScope>;
};

/** Changes to one audit requirement; fields left out keep the graph's value. */
export type AuditRequirementOverride = {
  cycleMonths?: InputMaybe<Scalars['Int']['input']>;
  evidence?: InputMaybe<Evidence>;
  /** Audit requirement id, e.g. digid-assessment. */
  id: Scalars['ID']['input'];
  jointAllowed?: InputMaybe<Scalars['Boolean']['input']>;
  scope?: InputMaybe<AuditScope>;
};

/** Who an audit obligation falls on. */
export type AuditScope =
  /** One obligation per connection holder. */
  | 'PER_CONNECTION'
  /** One obligation per member municipality, whoever holds the connection: accountability stays with each municipality. */
  | 'PER_MEMBER'
  /** Every municipality's own standing obligation, whatever it connects to: a collaboration neither adds nor multiplies it, so a joint audit holds no obligation for it. */
  | 'STANDING';

/** What an answer rests on (waarop het advies rust): the facts it used by confidence, the cost assumptions, and the facts that are not settled. */
export type Basis = {
  __typename?: 'Basis';
  /** Facts used that are modelling assumptions (cost entries). */
  assumption: Scalars['Int']['output'];
  /** Facts used that their sources state. */
  confirmed: Scalars['Int']['output'];
  /** The cost figures used that are assumptions or the request's own. */
  costAssumptions: Array<CostAssumption>;
  /** Facts used that the analysts derived. */
  inferred: Scalars['Int']['output'];
  /** Every fact used, once: confirmed + inferred + assumption + unconfirmed. */
  total: Scalars['Int']['output'];
  /** The INFERRED and UNCONFIRMED facts used, with their sources. */
  uncertainFacts: Array<BasisFact>;
  /** Facts used that no public source identifies, and rules the graph lacks. */
  unconfirmed: Scalars['Int']['output'];
};

/** One fact of the knowledge graph an answer used. */
export type BasisFact = {
  __typename?: 'BasisFact';
  confidence: Confidence;
  /** The fact's id (a code for facilities and legal forms, the evidence for a cost entry). */
  id: Scalars['ID']['output'];
  kind: FactKind;
  /** Why it was inferred, or what is still unknown. */
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  /** The fact's title, name or reason. */
  text: Scalars['String']['output'];
  /** The version read (id@validFrom), for a fact with versions. */
  version?: Maybe<Scalars['String']['output']>;
};

/** A type of certificate a connection needs. */
export type CertificateType = {
  __typename?: 'CertificateType';
  /** Identifier. */
  code: Scalars['ID']['output'];
  /** How settled this fact is. */
  confidence: Confidence;
  /** Who issues it. */
  issuer: Scalars['String']['output'];
  /** Name, e.g. PKIoverheid Private Services Server G1. */
  name: Scalars['String']['output'];
  /** Inference, assumption or gap, where there is one. */
  note?: Maybe<Scalars['String']['output']>;
  /** Sources of this fact. */
  sources: Array<Source>;
  /** First day it can be had. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** First day it can no longer be had. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** How long one is valid, in months. */
  validityMonths?: Maybe<Scalars['Int']['output']>;
};

/** A collaboration of municipalities (samenwerkingsverband). */
export type Collaboration = {
  __typename?: 'Collaboration';
  /** How settled this fact is. */
  confidence: Confidence;
  /** What it does. */
  description: Scalars['String']['output'];
  /** Facilities it uses for its joint tasks. */
  facilities: Array<Facility>;
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Its legal form, when known. */
  legalForm?: Maybe<LegalForm>;
  /** Member municipalities. */
  members: Array<Municipality>;
  /** Member municipalities with how settled each membership is. */
  memberships: Array<Membership>;
  /** Name. */
  name: Scalars['String']['output'];
  /** Inference, assumption or gap, where there is one. */
  note?: Maybe<Scalars['String']['output']>;
  /** Sources of this fact. */
  sources: Array<Source>;
};

/** A page of collaborations. */
export type CollaborationConnection = {
  __typename?: 'CollaborationConnection';
  /** The items with their cursors. */
  edges: Array<CollaborationEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of collaborations matching the search. */
  totalCount: Scalars['Int']['output'];
};

/** A collaboration and its cursor. */
export type CollaborationEdge = {
  __typename?: 'CollaborationEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The collaboration. */
  node: Collaboration;
};

/** How settled a fact is. INFERRED and ASSUMPTION facts are not settled law. */
export type Confidence =
  /** A modelling assumption, e.g. a cost figure; see the note. */
  | 'ASSUMPTION'
  /** Stated by the cited source. */
  | 'CONFIRMED'
  /** Derived by the analysts from the cited sources; see the note. */
  | 'INFERRED'
  /** Known to exist but not identified by any public source; a visible gap. */
  | 'UNCONFIRMED';

/** A facility whose connection mode differs. */
export type ConnectionChange = {
  __typename?: 'ConnectionChange';
  baseline?: Maybe<ConnectionPlanMode>;
  /** The input changes that alone already cause it; empty when only their combination does. */
  causes: Array<InputDimension>;
  facility: Facility;
  variant?: Maybe<ConnectionPlanMode>;
};

/** Counts of what connections take. */
export type ConnectionCounts = {
  __typename?: 'ConnectionCounts';
  /** User account arrangements. */
  accounts: Scalars['Int']['output'];
  /** Agreements to sign. */
  agreements: Scalars['Int']['output'];
  /** Authorisation decisions. */
  authorisations: Scalars['Int']['output'];
  /** Certificates (one per OIN per connection point). */
  certificates: Scalars['Int']['output'];
  /** Connections (one per holder per facility). */
  connections: Scalars['Int']['output'];
  /** Closed-network connections (one per holder per network). */
  networkConnections: Scalars['Int']['output'];
  /** Registrations, e.g. eHerkenning service catalogue entries. */
  registrations: Scalars['Int']['output'];
};

/** How a collaboration connects to its facilities (joint-audit.md §1). */
export type ConnectionMode =
  /** Joint where the legal form is eligible, else per member. */
  | 'AUTO'
  /** The collaboration itself, where legally possible; otherwise the facility is reported blocked. */
  | 'JOINT'
  /** Every member connects itself, where legally possible; otherwise the facility is reported blocked. */
  | 'PER_MEMBER';

/** The connection plan of a collaboration. */
export type ConnectionPlan = {
  __typename?: 'ConnectionPlan';
  /** The date whose rules apply. */
  asOf: Scalars['Date']['output'];
  /** What the plan rests on: the collaboration's facts, both eligibilities per facility and every requirement counted. */
  basis: Basis;
  /** The collaboration (synthetic for explicit members). */
  collaboration: Organisation;
  /** Per facility. */
  facilities: Array<FacilityConnection>;
  /** Its legal form. */
  legalForm: LegalForm;
  /** Its members. */
  members: Array<Organisation>;
  /** Totals when every member connects itself (the status quo). */
  statusQuo: ConnectionTotals;
  /** Totals of the plan. */
  totals: ConnectionTotals;
};

/** Who holds a facility's connection in a plan. */
export type ConnectionPlanMode =
  /** Nobody can: the facility yields no obligations, and the plan says why. */
  | 'BLOCKED'
  /** The collaboration itself. */
  | 'JOINT'
  /** Every member municipality. */
  | 'PER_MEMBER';

/** A condition for connecting to a facility. */
export type ConnectionRequirement = {
  __typename?: 'ConnectionRequirement';
  /** The certificate type needed, if any. */
  certificateType?: Maybe<CertificateType>;
  /** How settled this fact is. */
  confidence: Confidence;
  /** What it takes. */
  description: Scalars['String']['output'];
  /** The facility it belongs to. */
  facility: Facility;
  /** Identifier; with `validFrom` it names one version. */
  id: Scalars['ID']['output'];
  /** Requirements of different facilities with the same key are the same thing, met once (e.g. OIN). */
  key: Scalars['String']['output'];
  /** What kind of requirement it is. */
  kind: ConnectionRequirementKind;
  /** The network facility needed, if any (e.g. Gemnet). */
  network?: Maybe<Facility>;
  /** Inference, assumption or gap, where there is one. */
  note?: Maybe<Scalars['String']['output']>;
  /** Sources of this fact. */
  sources: Array<Source>;
  /** Short title. */
  title: Scalars['String']['output'];
  /** First day this version holds. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** First day it no longer holds. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** This version's name (id@validFrom), the `expectedVersion` of a curation based on it. */
  version: Scalars['String']['output'];
};

/** The kind of a connection requirement. */
export type ConnectionRequirementKind =
  /** User accounts. */
  | 'ACCOUNT'
  /** An agreement or connection conditions (aansluitvoorwaarden) to sign. */
  | 'AGREEMENT'
  /** An authorisation decision, e.g. the autorisatiebesluit for BRP-V. */
  | 'AUTHORISATION'
  /** A certificate, e.g. PKIoverheid private services server. */
  | 'CERTIFICATE'
  /** An identity such as the OIN (Organisatie-identificatienummer). */
  | 'IDENTITY'
  /** A legal basis, e.g. a public task and BSN use. */
  | 'LEGAL_BASIS'
  /** A closed network connection, e.g. Gemnet or Diginetwerk. */
  | 'NETWORK'
  /** A registration, e.g. a service in the eHerkenning service catalogue. */
  | 'REGISTRATION'
  /** A test before connecting. */
  | 'TEST';

/** Plan totals; OINs counted once per holder. */
export type ConnectionTotals = {
  __typename?: 'ConnectionTotals';
  accounts: Scalars['Int']['output'];
  agreements: Scalars['Int']['output'];
  authorisations: Scalars['Int']['output'];
  certificates: Scalars['Int']['output'];
  connections: Scalars['Int']['output'];
  networkConnections: Scalars['Int']['output'];
  /** Distinct OINs the connections rest on. */
  oins: Scalars['Int']['output'];
  registrations: Scalars['Int']['output'];
};

/** A cost figure an answer used that is not settled: an assumption of the graph, or the request's own figure. */
export type CostAssumption = {
  __typename?: 'CostAssumption';
  /** `fixedCost`, `subjectCost`, `defaultWeight` or `weight`. */
  figure: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** EVIDENCE_COST (id: the evidence), NORM_FRAMEWORK (its default weight, or the request's weight) or NORM (its own weight). */
  kind: FactKind;
  origin: CostFigureOrigin;
  sources: Array<Source>;
  /** In euro. */
  value: Scalars['Float']['output'];
};

/** Where a cost figure an answer used came from. */
export type CostFigureOrigin =
  /** The knowledge graph: a figure of the cost model that is an assumption, not a published price. */
  | 'GRAPH'
  /** The request's policy (a what-if), in place of the graph's figure. */
  | 'POLICY';

/** One recorded change: who, when, why, before → after. Nothing is overwritten. */
export type Curation = {
  __typename?: 'Curation';
  /** The new version, as JSON. */
  after: Scalars['JSONObject']['output'];
  /** When the change was made. */
  at: Scalars['String']['output'];
  author: CurationAuthor;
  /** The version in force before, as JSON. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** The day the closed version ended. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** The version it closed, if any. */
  closedVersion?: Maybe<Scalars['String']['output']>;
  /** The fact's id. */
  factId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: CurationKind;
  reason: Scalars['String']['output'];
  /** The new version (id@validFrom). */
  version: Scalars['String']['output'];
};

/** Who made a change. */
export type CurationAuthor = {
  __typename?: 'CurationAuthor';
  keyId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  organisation?: Maybe<Scalars['ID']['output']>;
};

/** A page of curations. */
export type CurationConnection = {
  __typename?: 'CurationConnection';
  edges: Array<CurationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A curation and its cursor. */
export type CurationEdge = {
  __typename?: 'CurationEdge';
  cursor: Scalars['String']['output'];
  node: Curation;
};

/** A change to the knowledge graph, validated as the seed is. */
export type CurationInput = {
  /** First day the new version holds (default today); the version it replaces ends that day. */
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  /** The `version` (id@validFrom) in force on effectiveFrom the change is based on; leave out to add a new fact. A stale one answers CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['String']['input']>;
  /** The fact as the seed files write it (with its `facility` or `framework` where the seed nests it), without validFrom/validTo. Every human text is given in Dutch and English, `{"nl": "…", "en": "…"}`; names stay one string. */
  fact: Scalars['JSONObject']['input'];
  kind: CurationKind;
  /** Why the change is made. */
  reason: Scalars['String']['input'];
};

/** What a curation may change. */
export type CurationKind =
  | 'AUDIT_REQUIREMENT'
  | 'CONNECTION_REQUIREMENT'
  | 'ELIGIBILITY_RULE'
  | 'EVIDENCE_COST'
  | 'MAPPING'
  /** Norms can be added; a norm changes with a new framework version. */
  | 'NORM'
  /** Frameworks can be added (an imported library); a framework changes with a new version. */
  | 'NORM_FRAMEWORK'
  /** Sources can be added (an imported library), never changed. */
  | 'SOURCE';

/** One difference between baseline and variant. */
export type Difference = {
  __typename?: 'Difference';
  /** What differs: eligibility, connection mode, OIN, holders, certificates, connections, OINs, engagements, baseline audit cost, optimal audit cost, savings, … */
  aspect: Scalars['String']['output'];
  /** Baseline value. */
  baseline: Scalars['String']['output'];
  /** The input changes that alone already cause it; empty when only their combination does. */
  causes: Array<InputDimension>;
  /** Variant − baseline, for counts and costs. */
  delta?: Maybe<Scalars['Float']['output']>;
  /** The facility it concerns, if any. */
  facility?: Maybe<Facility>;
  /** Variant value. */
  variant: Scalars['String']['output'];
};

/** Whether a legal form may connect to a facility on a date, and why. */
export type Eligibility = {
  __typename?: 'Eligibility';
  /** The date whose rules apply. */
  asOf: Scalars['Date']['output'];
  /** What the answer rests on: the rules, the legal form, the facility and the networks it is reached over. */
  basis: Basis;
  /** Conditions still to meet, e.g. own OIN, autorisatiebesluit. */
  conditions: Array<Scalars['String']['output']>;
  /** The facility. */
  facility: Facility;
  /** The legal form. */
  legalForm: LegalForm;
  /** Every rule behind the status. */
  reasons: Array<EligibilityReason>;
  /** The most restrictive status of the rules in force, including those of the networks the facility is reached over. */
  status: EligibilityStatus;
  /** Known workarounds, e.g. connect per member, a SubOIN under a member. */
  workarounds: Array<Scalars['String']['output']>;
};

/** A facility whose eligibility differs. */
export type EligibilityChange = {
  __typename?: 'EligibilityChange';
  baseline?: Maybe<EligibilityStatus>;
  /** The input changes that alone already cause it; empty when only their combination does. */
  causes: Array<InputDimension>;
  facility: Facility;
  variant?: Maybe<EligibilityStatus>;
};

/** One rule behind an eligibility status. */
export type EligibilityReason = {
  __typename?: 'EligibilityReason';
  /** How settled the rule is. */
  confidence: Confidence;
  /** Its legal basis, where known. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** The rule's id in the graph ('none' when the graph holds no rule). */
  rule: Scalars['ID']['output'];
  /** Its first source. */
  source?: Maybe<Source>;
  /** All its sources. */
  sources: Array<Source>;
  /** What the rule says. */
  text: Scalars['String']['output'];
  /** The rule version (id@validFrom), the `expectedVersion` of a curation based on it. */
  version?: Maybe<Scalars['String']['output']>;
};

/** Whether a legal form may connect to a facility. */
export type EligibilityStatus =
  /** May connect. */
  | 'ALLOWED'
  /** Cannot connect. */
  | 'BLOCKED'
  /** May connect once the listed conditions are met. */
  | 'CONDITIONAL';

/** One audit engagement: obligations audited together. */
export type Engagement = {
  __typename?: 'Engagement';
  /** Cost in euro: fixedCost + subjectCost × subjects + Σ tested norm weights. */
  cost: Scalars['Float']['output'];
  /** Cycle of every requirement in it, in months. */
  cycleMonths: Scalars['Int']['output'];
  /** Evidence of every requirement in it. */
  evidence: Evidence;
  /** Identifier within this plan (E1, E2, …). */
  id: Scalars['ID']['output'];
  /** Requirements it covers (after policy overrides). */
  requirements: Array<AuditRequirement>;
  /** Organisations it covers. */
  subjects: Array<Organisation>;
  /** Norms tested, one per norm class after de-duplication (weights after policy overrides). */
  testedNorms: Array<Norm>;
};

/** The kind of evidence an audit requirement asks for. */
export type Evidence =
  /** An IT audit by a RE-registered IT auditor, e.g. the DigiD ICT-beveiligingsassessment. */
  | 'IT_AUDIT'
  /** A self-evaluation by the organisation itself (zelfevaluatie), e.g. the BRP self-evaluation in ENSIA. */
  | 'SELF_EVALUATION';

/** Cost parameters per kind of evidence (assumptions of the cost model, each with its source). */
export type EvidenceCost = {
  __typename?: 'EvidenceCost';
  /** How settled this fact is. */
  confidence: Confidence;
  /** Kind of evidence. */
  evidence: Evidence;
  /** Cost in euro of one engagement, whatever its size. */
  fixedCost: Scalars['Float']['output'];
  /** Calibration of the figure. */
  note?: Maybe<Scalars['String']['output']>;
  /** Sources of this fact. */
  sources: Array<Source>;
  /** Cost in euro per organisation covered by an engagement. */
  subjectCost: Scalars['Float']['output'];
  /** First day these figures hold. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** First day they no longer hold. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** This version's name (id@validFrom), the `expectedVersion` of a curation based on it. */
  version: Scalars['String']['output'];
};

/** A stored cost override. */
export type EvidenceCostChange = {
  __typename?: 'EvidenceCostChange';
  evidence: Evidence;
  fixedCost?: Maybe<Scalars['Float']['output']>;
  subjectCost?: Maybe<Scalars['Float']['output']>;
};

/** Changed cost parameters for one kind of evidence; fields left out keep the graph's value. */
export type EvidenceCostInput = {
  evidence: Evidence;
  fixedCost?: InputMaybe<Scalars['Float']['input']>;
  subjectCost?: InputMaybe<Scalars['Float']['input']>;
};

/** A national facility (landelijke voorziening) that municipalities connect to. */
export type Facility = {
  __typename?: 'Facility';
  /** Audits a connection brings, valid on `asOf` (default: the parent query's date, else today). */
  auditRequirements: Array<AuditRequirement>;
  /** Facility code, e.g. DIGID, BRP_V (GBA-V), GGK. */
  code: Scalars['ID']['output'];
  /** How settled this fact is. */
  confidence: Confidence;
  /** Requirements for connecting, valid on `asOf` (default: the parent query's date, else today). */
  connectionRequirements: Array<ConnectionRequirement>;
  /** What it is for. */
  description: Scalars['String']['output'];
  /** Name of the facility. */
  name: Scalars['String']['output'];
  /** Inference, assumption or gap, where there is one. */
  note?: Maybe<Scalars['String']['output']>;
  /** Who runs it, e.g. Logius, RvIG, BKWI. */
  owner: Scalars['String']['output'];
  /** Sources of this fact. */
  sources: Array<Source>;
};


/** A national facility (landelijke voorziening) that municipalities connect to. */
export type FacilityAuditRequirementsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A national facility (landelijke voorziening) that municipalities connect to. */
export type FacilityConnectionRequirementsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** How one facility is connected in the plan. */
export type FacilityConnection = {
  __typename?: 'FacilityConnection';
  /** Certificates needed (one per OIN per connection point). */
  certificates: Scalars['Int']['output'];
  /** All counts for this facility in the plan. */
  counts: ConnectionCounts;
  /** Eligibility of the collaboration's legal form. */
  eligibility: Eligibility;
  /** The facility. */
  facility: Facility;
  /** Who holds the connection. */
  holders: Array<Organisation>;
  /** Eligibility of a member municipality. */
  memberEligibility: Eligibility;
  /** Joint, per member, or blocked. */
  mode: ConnectionPlanMode;
  /** Whose OIN. */
  oinKind: OinKind;
  /** Number of OINs these connections rest on. */
  oins: Scalars['Int']['output'];
  /** Why. */
  reasons: Array<Scalars['String']['output']>;
  /** The connection requirements in force. */
  requirements: Array<ConnectionRequirement>;
  /** The same counts when every member connects itself. */
  statusQuo: ConnectionCounts;
};

/** The kind of a fact of the knowledge graph an answer rests on. */
export type FactKind =
  | 'AUDIT_REQUIREMENT'
  /** A collaboration's legal form and facilities. */
  | 'COLLABORATION'
  | 'CONNECTION_REQUIREMENT'
  /** An eligibility rule; a rule the graph lacks for a legal form and facility is an UNCONFIRMED fact with the id `LEGAL_FORM/FACILITY`. */
  | 'ELIGIBILITY_RULE'
  /** A cost entry of the cost model (id: the evidence). */
  | 'EVIDENCE_COST'
  | 'FACILITY'
  | 'LEGAL_FORM'
  | 'MAPPING'
  /** A municipality's membership of a collaboration (id: `collaboration/municipality`). */
  | 'MEMBERSHIP'
  | 'NORM'
  | 'NORM_FRAMEWORK';

/** The curator's worklist: every INFERRED or UNCONFIRMED fact in force, most depended-on first. */
export type FactWorklist = {
  __typename?: 'FactWorklist';
  analysedCollaborations: Scalars['Int']['output'];
  /** The answers counted, per analysis kind: per analysed collaboration one eligibility per facility, one overlap of its facilities, one connection plan and one minimal joint audit, at today's date without a policy. */
  answers: Array<AnswerCount>;
  /** The date every counted answer is analysed at (today). */
  asOf: Scalars['Date']['output'];
  /** Collaborations in the store, and how many of them could be analysed (members, legal form and facilities known). */
  collaborations: Scalars['Int']['output'];
  facts: Array<WorklistFact>;
  /** True when the national data set (imported collaborations) is loaded; false: the answers are counted over the seeded collaborations only. */
  nationalDataSet: Scalars['Boolean']['output'];
};

/** The norms two audit frameworks share. */
export type FrameworkOverlap = {
  __typename?: 'FrameworkOverlap';
  /** First framework. */
  a: NormFramework;
  /** Second framework. */
  b: NormFramework;
  /** shared / union. */
  jaccard: Scalars['Float']['output'];
  /** The norm pairs behind the shared units. */
  pairs: Array<NormPair>;
  /** Pairs that overlap only partly (INTERSECTS): shown, never a saving. */
  partial: Array<NormPair>;
  /** Units of norm content both test (EQUAL classes and SUBSET_OF chains, through any framework such as BIO). */
  shared: Scalars['Int']['output'];
  /** Units of norm content of either. */
  union: Scalars['Int']['output'];
};

/** The library an import read. */
export type ImportedLibrary = {
  __typename?: 'ImportedLibrary';
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
  refId: Scalars['String']['output'];
  /** The source id the imported facts cite. */
  source: Scalars['ID']['output'];
  urn: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** A change of input between baseline and variant. */
export type InputChange = {
  __typename?: 'InputChange';
  /** What changed. */
  description: Scalars['String']['output'];
  /** Which dimension. */
  dimension: InputDimension;
};

/** The dimensions in which a scenario's variant can differ from its baseline. */
export type InputDimension =
  | 'DATE'
  | 'FACILITIES'
  | 'LEGAL_FORM'
  | 'MEMBERS'
  | 'POLICY';

/** Report languages. */
export type Language =
  /** English. */
  | 'EN'
  /** Dutch (the default). */
  | 'NL';

/** A legal form of collaboration under the Wet gemeenschappelijke regelingen (Wgr), or a municipality itself. */
export type LegalForm = {
  __typename?: 'LegalForm';
  /** Code, e.g. OPENBAAR_LICHAAM. */
  code: Scalars['ID']['output'];
  /** How settled this fact is. */
  confidence: Confidence;
  /** What it means for connecting. */
  description: Scalars['String']['output'];
  /** Whether it is a legal person. */
  legalPersonality: Scalars['Boolean']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Inference, assumption or gap, where there is one. */
  note?: Maybe<Scalars['String']['output']>;
  /** Whether it can get an OIN of its own. */
  ownOin: Scalars['Boolean']['output'];
  /** Sources of this fact. */
  sources: Array<Source>;
  /** First day this version holds. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** First day it no longer holds. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** The Wgr article it rests on, where any. */
  wgrArticle?: Maybe<Scalars['String']['output']>;
};

/** A framework of an imported library: which of ours it matched, node by node. */
export type LibraryFrameworkImport = {
  __typename?: 'LibraryFrameworkImport';
  /** Assessable nodes: those become norms. */
  assessable: Scalars['Int']['output'];
  /** The framework its norms are in. */
  framework: Scalars['ID']['output'];
  /** Our framework it matched (by urn, ref_id or alias); null when it is new. */
  matchedFramework?: Maybe<Scalars['ID']['output']>;
  matchedNorms: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  newNorms: Scalars['Int']['output'];
  /** Requirement nodes in the library. */
  nodes: Scalars['Int']['output'];
  refId: Scalars['String']['output'];
  urn: Scalars['String']['output'];
};

/** What importing a CISO Assistant library did (or, on a dry run, would do). */
export type LibraryImport = {
  __typename?: 'LibraryImport';
  /** Curations the import makes. */
  curations: Scalars['Int']['output'];
  frameworks: Array<LibraryFrameworkImport>;
  library: ImportedLibrary;
  mappingSets: Array<LibraryMappingSetImport>;
  /** True when they were written (never on a dry run). */
  written: Scalars['Boolean']['output'];
};

/** A mapping set of an imported library. */
export type LibraryMappingSetImport = {
  __typename?: 'LibraryMappingSetImport';
  byRelationship: MappingRelationCounts;
  /** The same pair with the same relationship given again. */
  duplicates: Scalars['Int']['output'];
  /** Mappings that hold after the import (new, changed or already there). */
  mappings: Scalars['Int']['output'];
  /** not_related entries, skipped. */
  skipped: Scalars['Int']['output'];
  sourceFramework: Scalars['ID']['output'];
  targetFramework: Scalars['ID']['output'];
  /** Mappings already in the graph exactly so. */
  unchanged: Scalars['Int']['output'];
  /** Entries naming a node that is no norm of the framework. */
  unresolved: Scalars['Int']['output'];
  urn?: Maybe<Scalars['String']['output']>;
};

/** Why a mapping holds (NIST IR 8477 STRM rationale). */
export type MappingRationale =
  | 'FUNCTIONAL'
  | 'SEMANTIC'
  | 'SYNTACTIC';

/** Set-theoretic relation between two norms (NIST IR 8477 STRM). */
export type MappingRelation =
  | 'EQUAL'
  | 'INTERSECTS'
  | 'NOT_RELATED'
  | 'SUBSET_OF'
  | 'SUPERSET_OF';

/** Imported mappings per relation. */
export type MappingRelationCounts = {
  __typename?: 'MappingRelationCounts';
  EQUAL: Scalars['Int']['output'];
  INTERSECTS: Scalars['Int']['output'];
  SUBSET_OF: Scalars['Int']['output'];
  SUPERSET_OF: Scalars['Int']['output'];
};

/** A municipality's membership of a collaboration. */
export type Membership = {
  __typename?: 'Membership';
  /** CONFIRMED when a source names it a member; INFERRED otherwise (see the collaboration's note). */
  confidence: Confidence;
  /** The member. */
  municipality: Municipality;
};

/** A municipality (gemeente). */
export type Municipality = {
  __typename?: 'Municipality';
  /** CBS municipality code (four digits). */
  cbsCode: Scalars['String']['output'];
  /** Identifier: GM followed by the CBS code. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Sources of this fact. */
  sources: Array<Source>;
};

/** A page of municipalities. */
export type MunicipalityConnection = {
  __typename?: 'MunicipalityConnection';
  /** The items with their cursors. */
  edges: Array<MunicipalityEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of municipalities matching the search. */
  totalCount: Scalars['Int']['output'];
};

/** A municipality and its cursor. */
export type MunicipalityEdge = {
  __typename?: 'MunicipalityEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The municipality. */
  node: Municipality;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Changes the knowledge graph (CURATOR): a new version from `effectiveFrom`, recorded in the history. */
  curate: Curation;
  /** Deletes a scenario; NOT_FOUND when there is none. */
  deleteScenario: Scalars['Boolean']['output'];
  /** Imports a CISO Assistant library (YAML) as curations (CURATOR); `dryRun` only plans it. A library that cannot be imported is refused (BAD_USER_INPUT naming the path) and nothing is written. */
  importLibrary: LibraryImport;
  /** Saves a scenario (creates, or replaces the one with `id`). */
  saveScenario: Scenario;
};


export type MutationCurateArgs = {
  input: CurationInput;
};


export type MutationDeleteScenarioArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportLibraryArgs = {
  content: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSaveScenarioArgs = {
  input: ScenarioInput;
};

/** One collaboration in the national impact. */
export type NationalCollaboration = {
  __typename?: 'NationalCollaboration';
  baselineCost: Scalars['Float']['output'];
  certificates: Scalars['Int']['output'];
  connections: Scalars['Int']['output'];
  engagements: Scalars['Int']['output'];
  facilities: Array<Scalars['ID']['output']>;
  /** True when the facilities are the assumption given. */
  facilitiesAssumed: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Legal form analysed (null when unknown and not assumed). */
  legalForm?: Maybe<Scalars['ID']['output']>;
  /** True when the legal form is the assumption given, not a fact of the graph. */
  legalFormAssumed: Scalars['Boolean']['output'];
  members: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  oins: Scalars['Int']['output'];
  optimal: Scalars['Boolean']['output'];
  savings: Scalars['Float']['output'];
  /** Why it was not analysed. */
  skipped?: Maybe<Scalars['String']['output']>;
  totalCost: Scalars['Float']['output'];
};

/** The impact of a policy over every collaboration in the graph. */
export type NationalImpact = {
  __typename?: 'NationalImpact';
  asOf: Scalars['Date']['output'];
  /** What the analysis rests on: every collaboration and membership read, and what each audit rests on. */
  basis: Basis;
  collaborations: Array<NationalCollaboration>;
  municipalities: Array<NationalMunicipality>;
  solver: SolverInfo;
  totals: NationalTotals;
};

/** One municipality in the national impact; obligations held by a collaboration itself are in the collaboration's row. */
export type NationalMunicipality = {
  __typename?: 'NationalMunicipality';
  baselineCost: Scalars['Float']['output'];
  /** Collaborations it is a member of. */
  collaborations: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Its audit obligations, each counted once however many collaborations bring it. */
  obligations: Scalars['Int']['output'];
  /** Its share of the national optimum: subject cost plus an equal share of each engagement's fixed and norm costs. */
  optimalCost: Scalars['Float']['output'];
};

/** National totals: every obligation once, the country solved as one audit instance. */
export type NationalTotals = {
  __typename?: 'NationalTotals';
  analysed: Scalars['Int']['output'];
  baselineCost: Scalars['Float']['output'];
  certificates: Scalars['Int']['output'];
  collaborations: Scalars['Int']['output'];
  connections: Scalars['Int']['output'];
  engagements: Scalars['Int']['output'];
  municipalities: Scalars['Int']['output'];
  obligations: Scalars['Int']['output'];
  oins: Scalars['Int']['output'];
  optimal: Scalars['Boolean']['output'];
  savings: Scalars['Float']['output'];
  skipped: Scalars['Int']['output'];
  totalCost: Scalars['Float']['output'];
};

/** One norm (control, guideline or measure) of a framework. */
export type Norm = {
  __typename?: 'Norm';
  /** The code as the framework writes it, e.g. U/WA.05 or 8.24.01. */
  code: Scalars['String']['output'];
  /** How settled this fact is; UNCONFIRMED marks a norm no public source identifies. */
  confidence: Confidence;
  /** The framework it belongs to. */
  framework: NormFramework;
  /** Identifier: framework id and code, e.g. DIGID-3.0:U/WA.05. */
  id: Scalars['ID']['output'];
  /** ISO/IEC 27002:2022 control it belongs to, where known. */
  isoControl?: Maybe<Scalars['String']['output']>;
  /** Its mappings to norms of other frameworks. */
  mappings: Array<NormMapping>;
  /** Inference, assumption or gap, where there is one. */
  note?: Maybe<Scalars['String']['output']>;
  /** From this date the norm is also tested on operating effectiveness (werking), not only on design and existence; null when it is not. */
  operatingEffectivenessFrom?: Maybe<Scalars['Date']['output']>;
  /** Sources of this fact. */
  sources: Array<Source>;
  /** Short subject, in our own words. */
  title: Scalars['String']['output'];
  /** The title in English, whatever language the request asks for. */
  titleEn?: Maybe<Scalars['String']['output']>;
  /** The title in Dutch, whatever language the request asks for. */
  titleNl?: Maybe<Scalars['String']['output']>;
  /** First day it holds. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** First day it no longer holds. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Effective cost weight in euro: its own weight, else the framework's default. */
  weight: Scalars['Float']['output'];
};

/** A set of norms an audit tests against, e.g. the DigiD normenkader 3.0 or BIO2. */
export type NormFramework = {
  __typename?: 'NormFramework';
  /** Other names it is known by (urns, ref_ids), e.g. in CISO Assistant libraries. */
  aliases?: Maybe<Array<Scalars['String']['output']>>;
  /** How settled this fact is. */
  confidence: Confidence;
  /** Cost weight in euro of one norm, unless the norm sets its own (an assumption of the cost model). */
  defaultWeight: Scalars['Float']['output'];
  /** Identifier, e.g. DIGID-3.0, SUWINET, BIO2. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Its norms (those valid on `asOf` when given). */
  norms: Array<Norm>;
  /** Inference, assumption or gap, where there is one. */
  note?: Maybe<Scalars['String']['output']>;
  /** Who owns it. */
  owner: Scalars['String']['output'];
  /** Sources of this fact. */
  sources: Array<Source>;
  /** First day it holds. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** First day it no longer holds. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Version. */
  version: Scalars['String']['output'];
};


/** A set of norms an audit tests against, e.g. the DigiD normenkader 3.0 or BIO2. */
export type NormFrameworkNormsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** A mapping from one norm to another. */
export type NormMapping = {
  __typename?: 'NormMapping';
  /** How settled this fact is. */
  confidence: Confidence;
  /** Inference, assumption or gap, where there is one. */
  note?: Maybe<Scalars['String']['output']>;
  /** Why it holds. */
  rationale: MappingRationale;
  /** The relation: this norm (source) relation target. */
  relation: MappingRelation;
  /** Sources of this fact. */
  sources: Array<Source>;
  /** Strength 0–10 (EQUAL is 10), where given. */
  strength?: Maybe<Scalars['Float']['output']>;
  /** The norm mapped to. */
  target: Norm;
  /** First day it holds. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** First day it no longer holds. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** This version's name (id@validFrom), the `expectedVersion` of a curation based on it. */
  version: Scalars['String']['output'];
};

/** Two norms that overlap. */
export type NormPair = {
  __typename?: 'NormPair';
  a: Norm;
  b: Norm;
};

/** A stored framework weight. */
export type NormWeight = {
  __typename?: 'NormWeight';
  framework: Scalars['ID']['output'];
  weight: Scalars['Float']['output'];
};

/** A weight in euro for every norm of a framework. */
export type NormWeightInput = {
  framework: Scalars['ID']['input'];
  weight: Scalars['Float']['input'];
};

/** One audit obligation: a requirement falling on an organisation. */
export type Obligation = {
  __typename?: 'Obligation';
  /** The engagement that covers it. */
  engagement: Scalars['ID']['output'];
  /** The requirement (after policy overrides). */
  requirement: AuditRequirement;
  /** Who it falls on. */
  subject: Organisation;
};

/** The OIN a facility's connections rest on. */
export type OinKind =
  /** Each member's own OIN. */
  | 'MEMBERS'
  /** The facility needs no OIN, or is blocked. */
  | 'NONE'
  /** The collaboration's own OIN. */
  | 'OWN'
  /** A SubOIN requested by a member for the collaboration. */
  | 'SUB_OIN';

/** An organisation that holds connections or audit obligations: a municipality or a collaboration. */
export type Organisation = {
  __typename?: 'Organisation';
  /** Municipality id (GM + CBS code), collaboration id, or a stable synthetic id (adhoc-…) for explicit members. */
  id: Scalars['ID']['output'];
  /** Municipality or collaboration. */
  kind: OrganisationKind;
  /** Name. */
  name: Scalars['String']['output'];
  /** Its OIN, where the graph holds it. */
  oin?: Maybe<Scalars['String']['output']>;
};

/** What kind of organisation. */
export type OrganisationKind =
  | 'COLLABORATION'
  | 'MUNICIPALITY';

/** The overlap of a set of facilities. */
export type Overlap = {
  __typename?: 'Overlap';
  /** The date whose rules apply. */
  asOf: Scalars['Date']['output'];
  /** What the answer rests on: the facilities, their requirements, frameworks and norms, and the mappings joining those norms. */
  basis: Basis;
  /** The facilities compared. */
  facilities: Array<Facility>;
  /** The audit frameworks of their audit requirements. */
  frameworks: Array<NormFramework>;
  /** Per pair of audit frameworks, what they share. */
  normOverlap: Array<FrameworkOverlap>;
  /** How many norms the frameworks list together, before de-duplication. */
  normsBefore: Scalars['Int']['output'];
  /** Connection requirements several of them share. */
  sharedRequirements: Array<SharedRequirement>;
  /** The norms a combined audit tests, each once. */
  testOnce: Array<Norm>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A policy as stored in a scenario. */
export type Policy = {
  __typename?: 'Policy';
  auditRequirements?: Maybe<Array<AuditRequirementChange>>;
  connectionMode?: Maybe<ConnectionMode>;
  costModel?: Maybe<Array<EvidenceCostChange>>;
  crossFacilityBundling?: Maybe<Scalars['Boolean']['output']>;
  normWeights?: Maybe<Array<NormWeight>>;
};

/** Per-request overrides of rules and costs (what-if). */
export type PolicyInput = {
  /** Changed audit requirements. */
  auditRequirements?: InputMaybe<Array<AuditRequirementOverride>>;
  /** Who holds connections (default AUTO). */
  connectionMode?: InputMaybe<ConnectionMode>;
  /** Changed cost parameters. */
  costModel?: InputMaybe<Array<EvidenceCostInput>>;
  /** Whether one engagement may cover audits of several facilities (default true). */
  crossFacilityBundling?: InputMaybe<Scalars['Boolean']['input']>;
  /** A weight for every norm of a framework. */
  normWeights?: InputMaybe<Array<NormWeightInput>>;
};

export type Query = {
  __typename?: 'Query';
  /** The access log (ADMIN), oldest first; `from` inclusive and `to` exclusive, as ISO 8601 dates or timestamps. */
  accessLog: AccessLogConnection;
  /** The certificate types; with `asOf`, only those that can be had on that date. */
  certificateTypes: Array<CertificateType>;
  /** One collaboration; NOT_FOUND when there is none. */
  collaboration?: Maybe<Collaboration>;
  /** Collaborations by name (or id), a page at a time (at most 100). */
  collaborations: CollaborationConnection;
  /** Baseline beside variant, every difference with the input change that causes it. */
  compareScenarios: ScenarioComparison;
  /** Per facility: joint, per member or blocked, and what it takes, beside the per-member status quo. */
  connectionPlan: ConnectionPlan;
  /** The cost model in force on `asOf` (default today): fixed and per-subject cost per kind of evidence. */
  costModel: Array<EvidenceCost>;
  /** The change history of the knowledge graph, oldest first; optionally of one kind and fact. */
  curations: CurationConnection;
  /** Whether a legal form may connect to a facility on `asOf` (default today), with every reason traced to its rule. */
  eligibility: Eligibility;
  /** The national facilities; requirements below them are those valid on `asOf` (default today). */
  facilities: Array<Facility>;
  /** One facility by code; NOT_FOUND when there is none. */
  facility?: Maybe<Facility>;
  /** The curator's worklist (CURATOR): every INFERRED or UNCONFIRMED fact in force today, with its sources and how many answers of the national data set depend on it. */
  factWorklist: FactWorklist;
  /** The harmonisation advice report for an analysis input, or for a scenario (its baseline, with the comparison to its variant). */
  harmonisationReport: Report;
  /** The legal forms of collaboration as they stand on `asOf` (default today): article, legal personality and OIN change over time. */
  legalForms: Array<LegalForm>;
  /** The cheapest feasible partition of the audit obligations into engagements, proven optimal. */
  minimalJointAudit: AuditPlan;
  /** Municipalities by name (or CBS code), a page at a time (at most 100). */
  municipalities: MunicipalityConnection;
  /** Every collaboration in the graph under one policy and date (default today). Collaborations with an unknown legal form or no facilities are skipped unless `unknownLegalForm` / `defaultFacilities` give an assumption, which the answer flags. */
  nationalImpact: NationalImpact;
  /** The norm frameworks; with `asOf`, only those valid on that date. */
  normFrameworks: Array<NormFramework>;
  /** The connection requirements the facilities share and the norms their audit frameworks share. */
  overlap: Overlap;
  /** One scenario; NOT_FOUND when there is none. */
  scenario?: Maybe<Scenario>;
  /** Scenarios of the organisation the request acts for (with authentication disabled: of `owner`, or all), a page at a time. */
  scenarios: ScenarioConnection;
  /** Every source the graph cites. */
  sources: Array<Source>;
};


export type QueryAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  organisation?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCertificateTypesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryCollaborationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCollaborationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCompareScenariosArgs = {
  baseline: AnalysisInput;
  scenario: AnalysisInput;
};


export type QueryConnectionPlanArgs = {
  input: AnalysisInput;
};


export type QueryCostModelArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryCurationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<CurationKind>;
};


export type QueryEligibilityArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  facility: Scalars['ID']['input'];
  legalForm: Scalars['ID']['input'];
};


export type QueryFacilitiesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryFacilityArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  code: Scalars['ID']['input'];
};


export type QueryHarmonisationReportArgs = {
  format?: InputMaybe<ReportFormat>;
  input?: InputMaybe<AnalysisInput>;
  language?: InputMaybe<Language>;
  scenario?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryLegalFormsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryMinimalJointAuditArgs = {
  input: AnalysisInput;
};


export type QueryMunicipalitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNationalImpactArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  defaultFacilities?: InputMaybe<Array<Scalars['ID']['input']>>;
  policy?: InputMaybe<PolicyInput>;
  unknownLegalForm?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNormFrameworksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryOverlapArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  facilities: Array<Scalars['ID']['input']>;
};


export type QueryScenarioArgs = {
  id: Scalars['ID']['input'];
};


export type QueryScenariosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  owner?: InputMaybe<Scalars['ID']['input']>;
};

/** A rendered harmonisation advice report. */
export type Report = {
  __typename?: 'Report';
  /** The file: UTF-8 text for MARKDOWN, HTML and JSON; base64 for PDF. */
  content: Scalars['String']['output'];
  /** A file name for it. */
  filename: Scalars['String']['output'];
  /** Media type, e.g. application/pdf. */
  mediaType: Scalars['String']['output'];
};

/** Report file formats. */
export type ReportFormat =
  | 'HTML'
  | 'JSON'
  | 'MARKDOWN'
  | 'PDF';

/** A saved what-if: a baseline and a variant analysis input. */
export type Scenario = {
  __typename?: 'Scenario';
  /** The baseline input. */
  baseline: AnalysisRequest;
  /** The comparison of baseline and variant, computed now. */
  comparison: ScenarioComparison;
  /** When it was created. */
  createdAt: Scalars['String']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The organisation that owns it (an OIN, municipality or collaboration id). */
  owner: Scalars['ID']['output'];
  /** When it was last saved. */
  updatedAt: Scalars['String']['output'];
  /** The variant input. */
  variant: AnalysisRequest;
};

/** Baseline beside variant: what changes, and which input change causes it. */
export type ScenarioComparison = {
  __typename?: 'ScenarioComparison';
  /** The baseline's analyses. */
  baseline: ScenarioResult;
  /** What the comparison rests on: both sides, and the sides analysed to find the cause of each difference. */
  basis: Basis;
  /** Facilities whose connection mode differs. */
  connectionChanges: Array<ConnectionChange>;
  /** Variant − baseline totals. */
  delta: ScenarioTotals;
  /** Every difference, with its causes. */
  differences: Array<Difference>;
  /** Facilities whose eligibility differs. */
  eligibilityChanges: Array<EligibilityChange>;
  /** How the inputs differ. */
  inputChanges: Array<InputChange>;
  /** The variant's analyses. */
  variant: ScenarioResult;
};

/** A page of scenarios. */
export type ScenarioConnection = {
  __typename?: 'ScenarioConnection';
  edges: Array<ScenarioEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A scenario and its cursor. */
export type ScenarioEdge = {
  __typename?: 'ScenarioEdge';
  cursor: Scalars['String']['output'];
  node: Scenario;
};

/** A scenario to save; with `id`, the existing scenario is replaced (its creation time kept). */
export type ScenarioInput = {
  baseline: AnalysisInput;
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Name (1–200 characters). */
  name: Scalars['String']['input'];
  /** The owner organisation's id (an OIN, municipality or collaboration id). */
  owner: Scalars['ID']['input'];
  variant: AnalysisInput;
};

/** The analyses of one side of a comparison. */
export type ScenarioResult = {
  __typename?: 'ScenarioResult';
  /** Its minimal joint audit. */
  audit: AuditPlan;
  /** Its connection plan. */
  connectionPlan: ConnectionPlan;
  /** Eligibility of the side's legal form per facility. */
  eligibility: Array<Eligibility>;
  /** Its totals. */
  totals: ScenarioTotals;
};

/** Totals of one side of a comparison, or their difference (variant − baseline). */
export type ScenarioTotals = {
  __typename?: 'ScenarioTotals';
  accounts: Scalars['Int']['output'];
  agreements: Scalars['Int']['output'];
  authorisations: Scalars['Int']['output'];
  baselineCost: Scalars['Float']['output'];
  certificates: Scalars['Int']['output'];
  connections: Scalars['Int']['output'];
  engagements: Scalars['Int']['output'];
  networkConnections: Scalars['Int']['output'];
  oins: Scalars['Int']['output'];
  registrations: Scalars['Int']['output'];
  savings: Scalars['Float']['output'];
  totalCost: Scalars['Float']['output'];
};

/** A rule that kept obligations apart. */
export type Separation = {
  __typename?: 'Separation';
  /** What kept them apart. */
  text: Scalars['String']['output'];
};

/** A connection requirement several facilities share: met once. */
export type SharedRequirement = {
  __typename?: 'SharedRequirement';
  /** The facilities that share it. */
  facilities: Array<Facility>;
  /** The shared key, e.g. OIN. */
  key: Scalars['String']['output'];
  /** The kind of requirement. */
  kind: ConnectionRequirementKind;
  /** The requirements, one or more per facility. */
  requirements: Array<ConnectionRequirement>;
};

/** How the optimum was found. */
export type SolverInfo = {
  __typename?: 'SolverInfo';
  /** closed-form, ilp (HiGHS …), or both. */
  method: Scalars['String']['output'];
  /** Solve time in milliseconds. */
  millis: Scalars['Float']['output'];
  /** Optimal when proven. */
  status: Scalars['String']['output'];
};

/** A public source a fact rests on. */
export type Source = {
  __typename?: 'Source';
  /** Publication date, where known. */
  date?: Maybe<Scalars['Date']['output']>;
  /** Identifier in the source register. */
  id: Scalars['ID']['output'];
  /** Who published it. */
  publisher: Scalars['String']['output'];
  /** The section or paragraph cited. */
  section?: Maybe<Scalars['String']['output']>;
  /** Title of the document or page. */
  title: Scalars['String']['output'];
  /** Where it can be read. */
  url?: Maybe<Scalars['String']['output']>;
};

/** An INFERRED or UNCONFIRMED fact on the curator's worklist, with the answers that depend on it. */
export type WorklistFact = {
  __typename?: 'WorklistFact';
  /** How many answers of the national data set rest on it, in all. */
  dependents: Scalars['Int']['output'];
  /** The same, per analysis kind. */
  dependentsByAnalysis: Array<AnswerCount>;
  fact: BasisFact;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessLogConnection: ResolverTypeWrapper<AccessLogPageModel>;
  AccessLogEdge: ResolverTypeWrapper<AccessLogEdge>;
  AccessLogEntry: ResolverTypeWrapper<AccessLogEntry>;
  AnalysisInput: AnalysisInput;
  AnalysisKind: AnalysisKind;
  AnalysisRequest: ResolverTypeWrapper<AnalysisRequest>;
  AnswerCount: ResolverTypeWrapper<AnswerCount>;
  AuditPlan: ResolverTypeWrapper<AuditPlanViewModel>;
  AuditRequirement: ResolverTypeWrapper<AuditRequirementViewModel>;
  AuditRequirementChange: ResolverTypeWrapper<AuditRequirementChange>;
  AuditRequirementOverride: AuditRequirementOverride;
  AuditScope: AuditScope;
  Basis: ResolverTypeWrapper<BasisModel>;
  BasisFact: ResolverTypeWrapper<UsedFactModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CertificateType: ResolverTypeWrapper<CertificateTypeModel>;
  Collaboration: ResolverTypeWrapper<CollaborationRecordModel>;
  CollaborationConnection: ResolverTypeWrapper<CollaborationPageModel>;
  CollaborationEdge: ResolverTypeWrapper<Omit<CollaborationEdge, 'node'> & { node: ResolversTypes['Collaboration'] }>;
  Confidence: Confidence;
  ConnectionChange: ResolverTypeWrapper<Omit<ConnectionChange, 'facility'> & { facility: ResolversTypes['Facility'] }>;
  ConnectionCounts: ResolverTypeWrapper<ConnectionCounts>;
  ConnectionMode: ConnectionMode;
  ConnectionPlan: ResolverTypeWrapper<ConnectionPlanModel>;
  ConnectionPlanMode: ConnectionPlanMode;
  ConnectionRequirement: ResolverTypeWrapper<ConnectionRequirementModel>;
  ConnectionRequirementKind: ConnectionRequirementKind;
  ConnectionTotals: ResolverTypeWrapper<ConnectionTotals>;
  CostAssumption: ResolverTypeWrapper<CostFigureModel>;
  CostFigureOrigin: CostFigureOrigin;
  Curation: ResolverTypeWrapper<CurationRecordModel>;
  CurationAuthor: ResolverTypeWrapper<CurationAuthor>;
  CurationConnection: ResolverTypeWrapper<CurationPageModel>;
  CurationEdge: ResolverTypeWrapper<Omit<CurationEdge, 'node'> & { node: ResolversTypes['Curation'] }>;
  CurationInput: CurationInput;
  CurationKind: CurationKind;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Difference: ResolverTypeWrapper<DifferenceModel>;
  Eligibility: ResolverTypeWrapper<EligibilityModel>;
  EligibilityChange: ResolverTypeWrapper<Omit<EligibilityChange, 'facility'> & { facility: ResolversTypes['Facility'] }>;
  EligibilityReason: ResolverTypeWrapper<EligibilityReasonModel>;
  EligibilityStatus: EligibilityStatus;
  Engagement: ResolverTypeWrapper<EngagementViewModel>;
  Evidence: Evidence;
  EvidenceCost: ResolverTypeWrapper<EvidenceCostModel>;
  EvidenceCostChange: ResolverTypeWrapper<EvidenceCostChange>;
  EvidenceCostInput: EvidenceCostInput;
  Facility: ResolverTypeWrapper<FacilityModel>;
  FacilityConnection: ResolverTypeWrapper<FacilityConnectionModel>;
  FactKind: FactKind;
  FactWorklist: ResolverTypeWrapper<FactWorklistModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FrameworkOverlap: ResolverTypeWrapper<FrameworkOverlapModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportedLibrary: ResolverTypeWrapper<ImportedLibrary>;
  InputChange: ResolverTypeWrapper<InputChangeModel>;
  InputDimension: InputDimension;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Language: Language;
  LegalForm: ResolverTypeWrapper<LegalFormModel>;
  LibraryFrameworkImport: ResolverTypeWrapper<LibraryFrameworkImport>;
  LibraryImport: ResolverTypeWrapper<LibraryImport>;
  LibraryMappingSetImport: ResolverTypeWrapper<LibraryMappingSetImport>;
  MappingRationale: MappingRationale;
  MappingRelation: MappingRelation;
  MappingRelationCounts: ResolverTypeWrapper<MappingRelationCounts>;
  Membership: ResolverTypeWrapper<MembershipViewModel>;
  Municipality: ResolverTypeWrapper<MunicipalityModel>;
  MunicipalityConnection: ResolverTypeWrapper<MunicipalityPageModel>;
  MunicipalityEdge: ResolverTypeWrapper<Omit<MunicipalityEdge, 'node'> & { node: ResolversTypes['Municipality'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NationalCollaboration: ResolverTypeWrapper<NationalCollaboration>;
  NationalImpact: ResolverTypeWrapper<NationalImpactModel>;
  NationalMunicipality: ResolverTypeWrapper<NationalMunicipality>;
  NationalTotals: ResolverTypeWrapper<NationalTotals>;
  Norm: ResolverTypeWrapper<NormViewModel>;
  NormFramework: ResolverTypeWrapper<NormFrameworkModel>;
  NormMapping: ResolverTypeWrapper<NormMappingModel>;
  NormPair: ResolverTypeWrapper<NormPairModel>;
  NormWeight: ResolverTypeWrapper<NormWeight>;
  NormWeightInput: NormWeightInput;
  Obligation: ResolverTypeWrapper<ObligationViewModel>;
  OinKind: OinKind;
  Organisation: ResolverTypeWrapper<OrganisationModel>;
  OrganisationKind: OrganisationKind;
  Overlap: ResolverTypeWrapper<OverlapModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Policy: ResolverTypeWrapper<Policy>;
  PolicyInput: PolicyInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Report: ResolverTypeWrapper<Report>;
  ReportFormat: ReportFormat;
  Scenario: ResolverTypeWrapper<ScenarioModel>;
  ScenarioComparison: ResolverTypeWrapper<ScenarioComparisonModel>;
  ScenarioConnection: ResolverTypeWrapper<ScenarioPageModel>;
  ScenarioEdge: ResolverTypeWrapper<Omit<ScenarioEdge, 'node'> & { node: ResolversTypes['Scenario'] }>;
  ScenarioInput: ScenarioInput;
  ScenarioResult: ResolverTypeWrapper<ScenarioSideModel>;
  ScenarioTotals: ResolverTypeWrapper<ScenarioTotals>;
  Separation: ResolverTypeWrapper<Separation>;
  SharedRequirement: ResolverTypeWrapper<SharedRequirementModel>;
  SolverInfo: ResolverTypeWrapper<SolverInfo>;
  Source: ResolverTypeWrapper<SourceModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  WorklistFact: ResolverTypeWrapper<WorklistFactModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogConnection: AccessLogPageModel;
  AccessLogEdge: AccessLogEdge;
  AccessLogEntry: AccessLogEntry;
  AnalysisInput: AnalysisInput;
  AnalysisRequest: AnalysisRequest;
  AnswerCount: AnswerCount;
  AuditPlan: AuditPlanViewModel;
  AuditRequirement: AuditRequirementViewModel;
  AuditRequirementChange: AuditRequirementChange;
  AuditRequirementOverride: AuditRequirementOverride;
  Basis: BasisModel;
  BasisFact: UsedFactModel;
  Boolean: Scalars['Boolean']['output'];
  CertificateType: CertificateTypeModel;
  Collaboration: CollaborationRecordModel;
  CollaborationConnection: CollaborationPageModel;
  CollaborationEdge: Omit<CollaborationEdge, 'node'> & { node: ResolversParentTypes['Collaboration'] };
  ConnectionChange: Omit<ConnectionChange, 'facility'> & { facility: ResolversParentTypes['Facility'] };
  ConnectionCounts: ConnectionCounts;
  ConnectionPlan: ConnectionPlanModel;
  ConnectionRequirement: ConnectionRequirementModel;
  ConnectionTotals: ConnectionTotals;
  CostAssumption: CostFigureModel;
  Curation: CurationRecordModel;
  CurationAuthor: CurationAuthor;
  CurationConnection: CurationPageModel;
  CurationEdge: Omit<CurationEdge, 'node'> & { node: ResolversParentTypes['Curation'] };
  CurationInput: CurationInput;
  Date: Scalars['Date']['output'];
  Difference: DifferenceModel;
  Eligibility: EligibilityModel;
  EligibilityChange: Omit<EligibilityChange, 'facility'> & { facility: ResolversParentTypes['Facility'] };
  EligibilityReason: EligibilityReasonModel;
  Engagement: EngagementViewModel;
  EvidenceCost: EvidenceCostModel;
  EvidenceCostChange: EvidenceCostChange;
  EvidenceCostInput: EvidenceCostInput;
  Facility: FacilityModel;
  FacilityConnection: FacilityConnectionModel;
  FactWorklist: FactWorklistModel;
  Float: Scalars['Float']['output'];
  FrameworkOverlap: FrameworkOverlapModel;
  ID: Scalars['ID']['output'];
  ImportedLibrary: ImportedLibrary;
  InputChange: InputChangeModel;
  Int: Scalars['Int']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  LegalForm: LegalFormModel;
  LibraryFrameworkImport: LibraryFrameworkImport;
  LibraryImport: LibraryImport;
  LibraryMappingSetImport: LibraryMappingSetImport;
  MappingRelationCounts: MappingRelationCounts;
  Membership: MembershipViewModel;
  Municipality: MunicipalityModel;
  MunicipalityConnection: MunicipalityPageModel;
  MunicipalityEdge: Omit<MunicipalityEdge, 'node'> & { node: ResolversParentTypes['Municipality'] };
  Mutation: Record<PropertyKey, never>;
  NationalCollaboration: NationalCollaboration;
  NationalImpact: NationalImpactModel;
  NationalMunicipality: NationalMunicipality;
  NationalTotals: NationalTotals;
  Norm: NormViewModel;
  NormFramework: NormFrameworkModel;
  NormMapping: NormMappingModel;
  NormPair: NormPairModel;
  NormWeight: NormWeight;
  NormWeightInput: NormWeightInput;
  Obligation: ObligationViewModel;
  Organisation: OrganisationModel;
  Overlap: OverlapModel;
  PageInfo: PageInfo;
  Policy: Policy;
  PolicyInput: PolicyInput;
  Query: Record<PropertyKey, never>;
  Report: Report;
  Scenario: ScenarioModel;
  ScenarioComparison: ScenarioComparisonModel;
  ScenarioConnection: ScenarioPageModel;
  ScenarioEdge: Omit<ScenarioEdge, 'node'> & { node: ResolversParentTypes['Scenario'] };
  ScenarioInput: ScenarioInput;
  ScenarioResult: ScenarioSideModel;
  ScenarioTotals: ScenarioTotals;
  Separation: Separation;
  SharedRequirement: SharedRequirementModel;
  SolverInfo: SolverInfo;
  Source: SourceModel;
  String: Scalars['String']['output'];
  WorklistFact: WorklistFactModel;
};

export type AccessLogConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccessLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccessLogEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessLogEdge'] = ResolversParentTypes['AccessLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessLogEntry'], ParentType, ContextType>;
};

export type AccessLogEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = {
  actingFor?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  variablesHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AnalysisRequestResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalysisRequest'] = ResolversParentTypes['AnalysisRequest']> = {
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  collaboration?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  facilities?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  legalForm?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  members?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
};

export type AnswerCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnswerCount'] = ResolversParentTypes['AnswerCount']> = {
  analysis?: Resolver<ResolversTypes['AnalysisKind'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditPlanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditPlan'] = ResolversParentTypes['AuditPlan']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  baselineCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  collaboration?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  connectionPlan?: Resolver<ResolversTypes['ConnectionPlan'], ParentType, ContextType>;
  engagements?: Resolver<Array<ResolversTypes['Engagement']>, ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['Obligation']>, ParentType, ContextType>;
  optimal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  savings?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  separations?: Resolver<Array<ResolversTypes['Separation']>, ParentType, ContextType>;
  solver?: Resolver<ResolversTypes['SolverInfo'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AuditRequirementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditRequirement'] = ResolversParentTypes['AuditRequirement']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  cycleMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jointAllowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  jointCondition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  normFramework?: Resolver<ResolversTypes['NormFramework'], ParentType, ContextType>;
  norms?: Resolver<Array<ResolversTypes['Norm']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['AuditScope'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditRequirementChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditRequirementChange'] = ResolversParentTypes['AuditRequirementChange']> = {
  cycleMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jointAllowed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['AuditScope']>, ParentType, ContextType>;
};

export type BasisResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Basis'] = ResolversParentTypes['Basis']> = {
  assumption?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  costAssumptions?: Resolver<Array<ResolversTypes['CostAssumption']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uncertainFacts?: Resolver<Array<ResolversTypes['BasisFact']>, ParentType, ContextType>;
  unconfirmed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BasisFactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BasisFact'] = ResolversParentTypes['BasisFact']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FactKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CertificateTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CertificateType'] = ResolversParentTypes['CertificateType']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validityMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CollaborationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Collaboration'] = ResolversParentTypes['Collaboration']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facilities?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalForm?: Resolver<Maybe<ResolversTypes['LegalForm']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type CollaborationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CollaborationConnection'] = ResolversParentTypes['CollaborationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CollaborationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CollaborationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CollaborationEdge'] = ResolversParentTypes['CollaborationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Collaboration'], ParentType, ContextType>;
};

export type ConnectionChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConnectionChange'] = ResolversParentTypes['ConnectionChange']> = {
  baseline?: Resolver<Maybe<ResolversTypes['ConnectionPlanMode']>, ParentType, ContextType>;
  causes?: Resolver<Array<ResolversTypes['InputDimension']>, ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['ConnectionPlanMode']>, ParentType, ContextType>;
};

export type ConnectionCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConnectionCounts'] = ResolversParentTypes['ConnectionCounts']> = {
  accounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  authorisations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  certificates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  connections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  networkConnections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConnectionPlanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConnectionPlan'] = ResolversParentTypes['ConnectionPlan']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  collaboration?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  facilities?: Resolver<Array<ResolversTypes['FacilityConnection']>, ParentType, ContextType>;
  legalForm?: Resolver<ResolversTypes['LegalForm'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  statusQuo?: Resolver<ResolversTypes['ConnectionTotals'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ConnectionTotals'], ParentType, ContextType>;
};

export type ConnectionRequirementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConnectionRequirement'] = ResolversParentTypes['ConnectionRequirement']> = {
  certificateType?: Resolver<Maybe<ResolversTypes['CertificateType']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConnectionRequirementKind'], ParentType, ContextType>;
  network?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConnectionTotalsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConnectionTotals'] = ResolversParentTypes['ConnectionTotals']> = {
  accounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  authorisations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  certificates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  connections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  networkConnections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oins?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CostAssumptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CostAssumption'] = ResolversParentTypes['CostAssumption']> = {
  figure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FactKind'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['CostFigureOrigin'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CurationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Curation'] = ResolversParentTypes['Curation']> = {
  after?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['CurationAuthor'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  closedVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CurationKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CurationAuthorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CurationAuthor'] = ResolversParentTypes['CurationAuthor']> = {
  keyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CurationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CurationConnection'] = ResolversParentTypes['CurationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CurationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CurationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CurationEdge'] = ResolversParentTypes['CurationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Curation'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DifferenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Difference'] = ResolversParentTypes['Difference']> = {
  aspect?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  baseline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  causes?: Resolver<Array<ResolversTypes['InputDimension']>, ParentType, ContextType>;
  delta?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EligibilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Eligibility'] = ResolversParentTypes['Eligibility']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  legalForm?: Resolver<ResolversTypes['LegalForm'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['EligibilityReason']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EligibilityStatus'], ParentType, ContextType>;
  workarounds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EligibilityChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EligibilityChange'] = ResolversParentTypes['EligibilityChange']> = {
  baseline?: Resolver<Maybe<ResolversTypes['EligibilityStatus']>, ParentType, ContextType>;
  causes?: Resolver<Array<ResolversTypes['InputDimension']>, ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['EligibilityStatus']>, ParentType, ContextType>;
};

export type EligibilityReasonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EligibilityReason'] = ResolversParentTypes['EligibilityReason']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EngagementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Engagement'] = ResolversParentTypes['Engagement']> = {
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cycleMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['AuditRequirement']>, ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  testedNorms?: Resolver<Array<ResolversTypes['Norm']>, ParentType, ContextType>;
};

export type EvidenceCostResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvidenceCost'] = ResolversParentTypes['EvidenceCost']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  fixedCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  subjectCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvidenceCostChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvidenceCostChange'] = ResolversParentTypes['EvidenceCostChange']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  fixedCost?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  subjectCost?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type FacilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility']> = {
  auditRequirements?: Resolver<Array<ResolversTypes['AuditRequirement']>, ParentType, ContextType, Partial<FacilityAuditRequirementsArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  connectionRequirements?: Resolver<Array<ResolversTypes['ConnectionRequirement']>, ParentType, ContextType, Partial<FacilityConnectionRequirementsArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type FacilityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FacilityConnection'] = ResolversParentTypes['FacilityConnection']> = {
  certificates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['ConnectionCounts'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  holders?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  memberEligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ConnectionPlanMode'], ParentType, ContextType>;
  oinKind?: Resolver<ResolversTypes['OinKind'], ParentType, ContextType>;
  oins?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['ConnectionRequirement']>, ParentType, ContextType>;
  statusQuo?: Resolver<ResolversTypes['ConnectionCounts'], ParentType, ContextType>;
};

export type FactWorklistResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FactWorklist'] = ResolversParentTypes['FactWorklist']> = {
  analysedCollaborations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['AnswerCount']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  collaborations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['WorklistFact']>, ParentType, ContextType>;
  nationalDataSet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FrameworkOverlapResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FrameworkOverlap'] = ResolversParentTypes['FrameworkOverlap']> = {
  a?: Resolver<ResolversTypes['NormFramework'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['NormFramework'], ParentType, ContextType>;
  jaccard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pairs?: Resolver<Array<ResolversTypes['NormPair']>, ParentType, ContextType>;
  partial?: Resolver<Array<ResolversTypes['NormPair']>, ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  union?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportedLibraryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportedLibrary'] = ResolversParentTypes['ImportedLibrary']> = {
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InputChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InputChange'] = ResolversParentTypes['InputChange']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['InputDimension'], ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type LegalFormResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LegalForm'] = ResolversParentTypes['LegalForm']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalPersonality?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownOin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  wgrArticle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LibraryFrameworkImportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LibraryFrameworkImport'] = ResolversParentTypes['LibraryFrameworkImport']> = {
  assessable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  framework?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchedFramework?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  matchedNorms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newNorms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LibraryImportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LibraryImport'] = ResolversParentTypes['LibraryImport']> = {
  curations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  frameworks?: Resolver<Array<ResolversTypes['LibraryFrameworkImport']>, ParentType, ContextType>;
  library?: Resolver<ResolversTypes['ImportedLibrary'], ParentType, ContextType>;
  mappingSets?: Resolver<Array<ResolversTypes['LibraryMappingSetImport']>, ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type LibraryMappingSetImportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LibraryMappingSetImport'] = ResolversParentTypes['LibraryMappingSetImport']> = {
  byRelationship?: Resolver<ResolversTypes['MappingRelationCounts'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mappings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceFramework?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetFramework?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unresolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  urn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MappingRelationCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MappingRelationCounts'] = ResolversParentTypes['MappingRelationCounts']> = {
  EQUAL?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  INTERSECTS?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  SUBSET_OF?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  SUPERSET_OF?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
};

export type MunicipalityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality']> = {
  cbsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type MunicipalityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MunicipalityConnection'] = ResolversParentTypes['MunicipalityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MunicipalityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MunicipalityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MunicipalityEdge'] = ResolversParentTypes['MunicipalityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  curate?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationCurateArgs, 'input'>>;
  deleteScenario?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteScenarioArgs, 'id'>>;
  importLibrary?: Resolver<ResolversTypes['LibraryImport'], ParentType, ContextType, RequireFields<MutationImportLibraryArgs, 'content' | 'dryRun'>>;
  saveScenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<MutationSaveScenarioArgs, 'input'>>;
};

export type NationalCollaborationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NationalCollaboration'] = ResolversParentTypes['NationalCollaboration']> = {
  baselineCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  certificates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  connections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  engagements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facilities?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  facilitiesAssumed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalForm?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  legalFormAssumed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oins?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  optimal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  savings?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  skipped?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type NationalImpactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NationalImpact'] = ResolversParentTypes['NationalImpact']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  collaborations?: Resolver<Array<ResolversTypes['NationalCollaboration']>, ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['NationalMunicipality']>, ParentType, ContextType>;
  solver?: Resolver<ResolversTypes['SolverInfo'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['NationalTotals'], ParentType, ContextType>;
};

export type NationalMunicipalityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NationalMunicipality'] = ResolversParentTypes['NationalMunicipality']> = {
  baselineCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  collaborations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  optimalCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type NationalTotalsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NationalTotals'] = ResolversParentTypes['NationalTotals']> = {
  analysed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  baselineCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  certificates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  collaborations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  connections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  engagements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  obligations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oins?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  optimal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  savings?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type NormResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Norm'] = ResolversParentTypes['Norm']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  framework?: Resolver<ResolversTypes['NormFramework'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isoControl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mappings?: Resolver<Array<ResolversTypes['NormMapping']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operatingEffectivenessFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  titleNl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type NormFrameworkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NormFramework'] = ResolversParentTypes['NormFramework']> = {
  aliases?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  defaultWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  norms?: Resolver<Array<ResolversTypes['Norm']>, ParentType, ContextType, Partial<NormFrameworkNormsArgs>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NormMappingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NormMapping'] = ResolversParentTypes['NormMapping']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['MappingRationale'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['MappingRelation'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  strength?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Norm'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NormPairResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NormPair'] = ResolversParentTypes['NormPair']> = {
  a?: Resolver<ResolversTypes['Norm'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Norm'], ParentType, ContextType>;
};

export type NormWeightResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NormWeight'] = ResolversParentTypes['NormWeight']> = {
  framework?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ObligationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Obligation'] = ResolversParentTypes['Obligation']> = {
  engagement?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requirement?: Resolver<ResolversTypes['AuditRequirement'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OverlapResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Overlap'] = ResolversParentTypes['Overlap']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  facilities?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType>;
  frameworks?: Resolver<Array<ResolversTypes['NormFramework']>, ParentType, ContextType>;
  normOverlap?: Resolver<Array<ResolversTypes['FrameworkOverlap']>, ParentType, ContextType>;
  normsBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedRequirements?: Resolver<Array<ResolversTypes['SharedRequirement']>, ParentType, ContextType>;
  testOnce?: Resolver<Array<ResolversTypes['Norm']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PolicyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = {
  auditRequirements?: Resolver<Maybe<Array<ResolversTypes['AuditRequirementChange']>>, ParentType, ContextType>;
  connectionMode?: Resolver<Maybe<ResolversTypes['ConnectionMode']>, ParentType, ContextType>;
  costModel?: Resolver<Maybe<Array<ResolversTypes['EvidenceCostChange']>>, ParentType, ContextType>;
  crossFacilityBundling?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  normWeights?: Resolver<Maybe<Array<ResolversTypes['NormWeight']>>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessLog?: Resolver<ResolversTypes['AccessLogConnection'], ParentType, ContextType, RequireFields<QueryAccessLogArgs, 'first'>>;
  certificateTypes?: Resolver<Array<ResolversTypes['CertificateType']>, ParentType, ContextType, Partial<QueryCertificateTypesArgs>>;
  collaboration?: Resolver<Maybe<ResolversTypes['Collaboration']>, ParentType, ContextType, RequireFields<QueryCollaborationArgs, 'id'>>;
  collaborations?: Resolver<ResolversTypes['CollaborationConnection'], ParentType, ContextType, RequireFields<QueryCollaborationsArgs, 'first'>>;
  compareScenarios?: Resolver<ResolversTypes['ScenarioComparison'], ParentType, ContextType, RequireFields<QueryCompareScenariosArgs, 'baseline' | 'scenario'>>;
  connectionPlan?: Resolver<ResolversTypes['ConnectionPlan'], ParentType, ContextType, RequireFields<QueryConnectionPlanArgs, 'input'>>;
  costModel?: Resolver<Array<ResolversTypes['EvidenceCost']>, ParentType, ContextType, Partial<QueryCostModelArgs>>;
  curations?: Resolver<ResolversTypes['CurationConnection'], ParentType, ContextType, RequireFields<QueryCurationsArgs, 'first'>>;
  eligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType, RequireFields<QueryEligibilityArgs, 'facility' | 'legalForm'>>;
  facilities?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType, Partial<QueryFacilitiesArgs>>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType, RequireFields<QueryFacilityArgs, 'code'>>;
  factWorklist?: Resolver<ResolversTypes['FactWorklist'], ParentType, ContextType>;
  harmonisationReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<QueryHarmonisationReportArgs, 'format' | 'language'>>;
  legalForms?: Resolver<Array<ResolversTypes['LegalForm']>, ParentType, ContextType, Partial<QueryLegalFormsArgs>>;
  minimalJointAudit?: Resolver<ResolversTypes['AuditPlan'], ParentType, ContextType, RequireFields<QueryMinimalJointAuditArgs, 'input'>>;
  municipalities?: Resolver<ResolversTypes['MunicipalityConnection'], ParentType, ContextType, RequireFields<QueryMunicipalitiesArgs, 'first'>>;
  nationalImpact?: Resolver<ResolversTypes['NationalImpact'], ParentType, ContextType, Partial<QueryNationalImpactArgs>>;
  normFrameworks?: Resolver<Array<ResolversTypes['NormFramework']>, ParentType, ContextType, Partial<QueryNormFrameworksArgs>>;
  overlap?: Resolver<ResolversTypes['Overlap'], ParentType, ContextType, RequireFields<QueryOverlapArgs, 'facilities'>>;
  scenario?: Resolver<Maybe<ResolversTypes['Scenario']>, ParentType, ContextType, RequireFields<QueryScenarioArgs, 'id'>>;
  scenarios?: Resolver<ResolversTypes['ScenarioConnection'], ParentType, ContextType, RequireFields<QueryScenariosArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type ReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScenarioResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Scenario'] = ResolversParentTypes['Scenario']> = {
  baseline?: Resolver<ResolversTypes['AnalysisRequest'], ParentType, ContextType>;
  comparison?: Resolver<ResolversTypes['ScenarioComparison'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['AnalysisRequest'], ParentType, ContextType>;
};

export type ScenarioComparisonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScenarioComparison'] = ResolversParentTypes['ScenarioComparison']> = {
  baseline?: Resolver<ResolversTypes['ScenarioResult'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  connectionChanges?: Resolver<Array<ResolversTypes['ConnectionChange']>, ParentType, ContextType>;
  delta?: Resolver<ResolversTypes['ScenarioTotals'], ParentType, ContextType>;
  differences?: Resolver<Array<ResolversTypes['Difference']>, ParentType, ContextType>;
  eligibilityChanges?: Resolver<Array<ResolversTypes['EligibilityChange']>, ParentType, ContextType>;
  inputChanges?: Resolver<Array<ResolversTypes['InputChange']>, ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['ScenarioResult'], ParentType, ContextType>;
};

export type ScenarioConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScenarioConnection'] = ResolversParentTypes['ScenarioConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ScenarioEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScenarioEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScenarioEdge'] = ResolversParentTypes['ScenarioEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType>;
};

export type ScenarioResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScenarioResult'] = ResolversParentTypes['ScenarioResult']> = {
  audit?: Resolver<ResolversTypes['AuditPlan'], ParentType, ContextType>;
  connectionPlan?: Resolver<ResolversTypes['ConnectionPlan'], ParentType, ContextType>;
  eligibility?: Resolver<Array<ResolversTypes['Eligibility']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ScenarioTotals'], ParentType, ContextType>;
};

export type ScenarioTotalsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScenarioTotals'] = ResolversParentTypes['ScenarioTotals']> = {
  accounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  authorisations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  baselineCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  certificates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  connections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  engagements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  networkConnections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oins?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  savings?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SeparationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Separation'] = ResolversParentTypes['Separation']> = {
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SharedRequirementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SharedRequirement'] = ResolversParentTypes['SharedRequirement']> = {
  facilities?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConnectionRequirementKind'], ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['ConnectionRequirement']>, ParentType, ContextType>;
};

export type SolverInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SolverInfo'] = ResolversParentTypes['SolverInfo']> = {
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  millis?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WorklistFactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WorklistFact'] = ResolversParentTypes['WorklistFact']> = {
  dependents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dependentsByAnalysis?: Resolver<Array<ResolversTypes['AnswerCount']>, ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['BasisFact'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEdge?: AccessLogEdgeResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AnalysisRequest?: AnalysisRequestResolvers<ContextType>;
  AnswerCount?: AnswerCountResolvers<ContextType>;
  AuditPlan?: AuditPlanResolvers<ContextType>;
  AuditRequirement?: AuditRequirementResolvers<ContextType>;
  AuditRequirementChange?: AuditRequirementChangeResolvers<ContextType>;
  Basis?: BasisResolvers<ContextType>;
  BasisFact?: BasisFactResolvers<ContextType>;
  CertificateType?: CertificateTypeResolvers<ContextType>;
  Collaboration?: CollaborationResolvers<ContextType>;
  CollaborationConnection?: CollaborationConnectionResolvers<ContextType>;
  CollaborationEdge?: CollaborationEdgeResolvers<ContextType>;
  ConnectionChange?: ConnectionChangeResolvers<ContextType>;
  ConnectionCounts?: ConnectionCountsResolvers<ContextType>;
  ConnectionPlan?: ConnectionPlanResolvers<ContextType>;
  ConnectionRequirement?: ConnectionRequirementResolvers<ContextType>;
  ConnectionTotals?: ConnectionTotalsResolvers<ContextType>;
  CostAssumption?: CostAssumptionResolvers<ContextType>;
  Curation?: CurationResolvers<ContextType>;
  CurationAuthor?: CurationAuthorResolvers<ContextType>;
  CurationConnection?: CurationConnectionResolvers<ContextType>;
  CurationEdge?: CurationEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Difference?: DifferenceResolvers<ContextType>;
  Eligibility?: EligibilityResolvers<ContextType>;
  EligibilityChange?: EligibilityChangeResolvers<ContextType>;
  EligibilityReason?: EligibilityReasonResolvers<ContextType>;
  Engagement?: EngagementResolvers<ContextType>;
  EvidenceCost?: EvidenceCostResolvers<ContextType>;
  EvidenceCostChange?: EvidenceCostChangeResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  FacilityConnection?: FacilityConnectionResolvers<ContextType>;
  FactWorklist?: FactWorklistResolvers<ContextType>;
  FrameworkOverlap?: FrameworkOverlapResolvers<ContextType>;
  ImportedLibrary?: ImportedLibraryResolvers<ContextType>;
  InputChange?: InputChangeResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  LegalForm?: LegalFormResolvers<ContextType>;
  LibraryFrameworkImport?: LibraryFrameworkImportResolvers<ContextType>;
  LibraryImport?: LibraryImportResolvers<ContextType>;
  LibraryMappingSetImport?: LibraryMappingSetImportResolvers<ContextType>;
  MappingRelationCounts?: MappingRelationCountsResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  MunicipalityConnection?: MunicipalityConnectionResolvers<ContextType>;
  MunicipalityEdge?: MunicipalityEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NationalCollaboration?: NationalCollaborationResolvers<ContextType>;
  NationalImpact?: NationalImpactResolvers<ContextType>;
  NationalMunicipality?: NationalMunicipalityResolvers<ContextType>;
  NationalTotals?: NationalTotalsResolvers<ContextType>;
  Norm?: NormResolvers<ContextType>;
  NormFramework?: NormFrameworkResolvers<ContextType>;
  NormMapping?: NormMappingResolvers<ContextType>;
  NormPair?: NormPairResolvers<ContextType>;
  NormWeight?: NormWeightResolvers<ContextType>;
  Obligation?: ObligationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  Overlap?: OverlapResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  Scenario?: ScenarioResolvers<ContextType>;
  ScenarioComparison?: ScenarioComparisonResolvers<ContextType>;
  ScenarioConnection?: ScenarioConnectionResolvers<ContextType>;
  ScenarioEdge?: ScenarioEdgeResolvers<ContextType>;
  ScenarioResult?: ScenarioResultResolvers<ContextType>;
  ScenarioTotals?: ScenarioTotalsResolvers<ContextType>;
  Separation?: SeparationResolvers<ContextType>;
  SharedRequirement?: SharedRequirementResolvers<ContextType>;
  SolverInfo?: SolverInfoResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  WorklistFact?: WorklistFactResolvers<ContextType>;
};

