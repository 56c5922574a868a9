/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What to analyse: an existing collaboration, or explicit members, legal form and facilities (explicit fields override the collaboration's). */
export type AnalysisInput = {
  /** The date whose rules apply (default today). */
  asOf?: string | null | undefined;
  /** An existing collaboration. */
  collaboration?: string | number | null | undefined;
  /** Facility codes. */
  facilities?: Array<string | number> | null | undefined;
  /** Legal form code. */
  legalForm?: string | number | null | undefined;
  /** Member municipalities (ids GM + CBS code). */
  members?: Array<string | number> | null | undefined;
  /** Overrides for this request. */
  policy?: PolicyInput | null | undefined;
};

/** Changes to one audit requirement; fields left out keep the graph's value. */
export type AuditRequirementOverride = {
  cycleMonths?: number | null | undefined;
  evidence?: Evidence | null | undefined;
  /** Audit requirement id, e.g. digid-assessment. */
  id: string | number;
  jointAllowed?: boolean | null | undefined;
  scope?: AuditScope | null | undefined;
};

/** Who an audit obligation falls on. */
export type AuditScope =
  /** One obligation per connection holder. */
  | 'PER_CONNECTION'
  /** One obligation per member municipality, whoever holds the connection: accountability stays with each municipality. */
  | 'PER_MEMBER'
  /** Every municipality's own standing obligation, whatever it connects to: a collaboration neither adds nor multiplies it, so a joint audit holds no obligation for it. */
  | 'STANDING';

/** How a collaboration connects to its facilities (joint-audit.md §1). */
export type ConnectionMode =
  /** Joint where the legal form is eligible, else per member. */
  | 'AUTO'
  /** The collaboration itself, where legally possible; otherwise the facility is reported blocked. */
  | 'JOINT'
  /** Every member connects itself, where legally possible; otherwise the facility is reported blocked. */
  | 'PER_MEMBER';

/** Who holds a facility's connection in a plan. */
export type ConnectionPlanMode =
  /** Nobody can: the facility yields no obligations, and the plan says why. */
  | 'BLOCKED'
  /** The collaboration itself. */
  | 'JOINT'
  /** Every member municipality. */
  | 'PER_MEMBER';

/** Whether a legal form may connect to a facility. */
export type EligibilityStatus =
  /** May connect. */
  | 'ALLOWED'
  /** Cannot connect. */
  | 'BLOCKED'
  /** May connect once the listed conditions are met. */
  | 'CONDITIONAL';

/** The kind of evidence an audit requirement asks for. */
export type Evidence =
  /** An IT audit by a RE-registered IT auditor, e.g. the DigiD ICT-beveiligingsassessment. */
  | 'IT_AUDIT'
  /** A self-evaluation by the organisation itself (zelfevaluatie), e.g. the BRP self-evaluation in ENSIA. */
  | 'SELF_EVALUATION';

/** Changed cost parameters for one kind of evidence; fields left out keep the graph's value. */
export type EvidenceCostInput = {
  evidence: Evidence;
  fixedCost?: number | null | undefined;
  subjectCost?: number | null | undefined;
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

/** A weight in euro for every norm of a framework. */
export type NormWeightInput = {
  framework: string | number;
  weight: number;
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

/** Per-request overrides of rules and costs (what-if). */
export type PolicyInput = {
  /** Changed audit requirements. */
  auditRequirements?: Array<AuditRequirementOverride> | null | undefined;
  /** Who holds connections (default AUTO). */
  connectionMode?: ConnectionMode | null | undefined;
  /** Changed cost parameters. */
  costModel?: Array<EvidenceCostInput> | null | undefined;
  /** Whether one engagement may cover audits of several facilities (default true). */
  crossFacilityBundling?: boolean | null | undefined;
  /** A weight for every norm of a framework. */
  normWeights?: Array<NormWeightInput> | null | undefined;
};

/** Report file formats. */
export type ReportFormat =
  | 'HTML'
  | 'JSON'
  | 'MARKDOWN'
  | 'PDF';

/** A scenario to save; with `id`, the existing scenario is replaced (its creation time kept). */
export type ScenarioInput = {
  baseline: AnalysisInput;
  id?: string | number | null | undefined;
  /** Name (1–200 characters). */
  name: string;
  /** The owner organisation's id (an OIN, municipality or collaboration id). */
  owner: string | number;
  variant: AnalysisInput;
};

export type CollaborationFacilitiesQueryVariables = Exact<{
  id: string | number;
}>;


export type CollaborationFacilitiesQuery = { collaboration: { id: string, facilities: Array<{ code: string }> } | null };

export type CollaborationScreenQueryVariables = Exact<{
  now: AnalysisInput;
  then: AnalysisInput;
  facilities: Array<string | number> | string | number;
}>;


export type CollaborationScreenQuery = { now: { asOf: string, optimal: boolean, totalCost: number, baselineCost: number, savings: number, collaboration: { id: string, name: string }, engagements: Array<{ id: string, evidence: Evidence, cycleMonths: number, cost: number, subjects: Array<{ id: string, name: string }>, requirements: Array<{ id: string, name: string, facility: { code: string, name: string } }>, testedNorms: Array<{ id: string }> }>, obligations: Array<{ engagement: string }>, separations: Array<{ text: string }>, connectionPlan: { legalForm: { code: string, name: string }, members: Array<{ id: string, name: string }>, facilities: Array<{ mode: ConnectionPlanMode, reasons: Array<string>, oins: number, oinKind: OinKind, certificates: number, facility: { code: string, name: string }, counts: { connections: number, networkConnections: number, agreements: number }, statusQuo: { connections: number, certificates: number, networkConnections: number, agreements: number }, eligibility: { status: EligibilityStatus, conditions: Array<string>, workarounds: Array<string>, reasons: Array<{ text: string, legalBasis: string | null, source: { title: string, url: string | null } | null }> } }>, totals: { connections: number, oins: number, certificates: number, networkConnections: number, agreements: number }, statusQuo: { connections: number, oins: number, certificates: number, networkConnections: number, agreements: number } } }, then: { asOf: string, totalCost: number, baselineCost: number, savings: number, engagements: Array<{ id: string }>, connectionPlan: { facilities: Array<{ mode: ConnectionPlanMode, facility: { code: string }, eligibility: { status: EligibilityStatus } }> } }, overlap: { frameworks: Array<{ id: string, name: string, version: string }>, normOverlap: Array<{ shared: number, union: number, jaccard: number, a: { id: string }, b: { id: string } }> } };

export type NationalImpactScreenQueryVariables = Exact<{
  policy?: PolicyInput | null | undefined;
}>;


export type NationalImpactScreenQuery = { facilities: Array<{ code: string, auditRequirements: Array<{ id: string, name: string, jointAllowed: boolean }> }>, nationalImpact: { asOf: string, totals: { collaborations: number, analysed: number, skipped: number, municipalities: number, obligations: number, baselineCost: number, totalCost: number, savings: number, engagements: number, optimal: boolean }, collaborations: Array<{ id: string, name: string, members: number, skipped: string | null, baselineCost: number, totalCost: number, savings: number }> } };

export type ReportSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportSetupQuery = { collaborations: { edges: Array<{ node: { id: string, name: string } }> } };

export type HarmonisationReportQueryVariables = Exact<{
  input?: AnalysisInput | null | undefined;
  scenario?: string | number | null | undefined;
  format: ReportFormat;
  language: Language;
}>;


export type HarmonisationReportQuery = { harmonisationReport: { mediaType: string, filename: string, content: string } };

export type SignInCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInCheckQuery = { legalForms: Array<{ code: string }> };

export type MunicipalityPickerQueryVariables = Exact<{
  search: string;
}>;


export type MunicipalityPickerQuery = { municipalities: { edges: Array<{ node: { id: string, name: string, cbsCode: string } }> } };

export type WhatIfSetupQueryVariables = Exact<{
  id: string | number;
  hasId: boolean;
}>;


export type WhatIfSetupQuery = { collaboration?: { id: string, name: string, legalForm: { code: string } | null, members: Array<{ id: string, name: string }>, facilities: Array<{ code: string }> } | null, legalForms: Array<{ code: string, name: string }>, facilities: Array<{ code: string, name: string, auditRequirements: Array<{ id: string, name: string, jointAllowed: boolean }> }> };

export type ScenarioListQueryVariables = Exact<{
  owner?: string | number | null | undefined;
}>;


export type ScenarioListQuery = { scenarios: { totalCount: number, edges: Array<{ node: { id: string, name: string, updatedAt: string, baseline: { collaboration: string | null, members: Array<string> | null, legalForm: string | null, facilities: Array<string> | null, asOf: string | null }, variant: { collaboration: string | null, members: Array<string> | null, legalForm: string | null, facilities: Array<string> | null, asOf: string | null, policy: { connectionMode: ConnectionMode | null, crossFacilityBundling: boolean | null, auditRequirements: Array<{ id: string, jointAllowed: boolean | null }> | null } | null } } }> } };

export type WhatIfCompareQueryVariables = Exact<{
  baseline: AnalysisInput;
  variant: AnalysisInput;
}>;


export type WhatIfCompareQuery = { compareScenarios: { inputChanges: Array<{ dimension: InputDimension, description: string }>, baseline: { totals: { connections: number, oins: number, certificates: number, engagements: number, baselineCost: number, totalCost: number, savings: number } }, variant: { totals: { connections: number, oins: number, certificates: number, engagements: number, baselineCost: number, totalCost: number, savings: number } }, differences: Array<{ aspect: string, baseline: string, variant: string, delta: number | null, causes: Array<InputDimension>, facility: { code: string, name: string } | null }> } };

export type SaveScenarioMutationVariables = Exact<{
  input: ScenarioInput;
}>;


export type SaveScenarioMutation = { saveScenario: { id: string, name: string } };

export type DeleteScenarioMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteScenarioMutation = { deleteScenario: boolean };

export type StartScreenQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type StartScreenQuery = { collaborations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, legalForm: { code: string, name: string } | null, members: Array<{ id: string }>, facilities: Array<{ code: string, name: string }> } }> }, legalForms: Array<{ code: string, name: string }>, facilities: Array<{ code: string, name: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CollaborationFacilitiesDocument = new TypedDocumentString(`
    query CollaborationFacilities($id: ID!) {
  collaboration(id: $id) {
    id
    facilities {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationFacilitiesQuery, CollaborationFacilitiesQueryVariables>;
export const CollaborationScreenDocument = new TypedDocumentString(`
    query CollaborationScreen($now: AnalysisInput!, $then: AnalysisInput!, $facilities: [ID!]!) {
  now: minimalJointAudit(input: $now) {
    collaboration {
      id
      name
    }
    asOf
    optimal
    totalCost
    baselineCost
    savings
    engagements {
      id
      evidence
      cycleMonths
      cost
      subjects {
        id
        name
      }
      requirements {
        id
        name
        facility {
          code
          name
        }
      }
      testedNorms {
        id
      }
    }
    obligations {
      engagement
    }
    separations {
      text
    }
    connectionPlan {
      legalForm {
        code
        name
      }
      members {
        id
        name
      }
      facilities {
        facility {
          code
          name
        }
        mode
        reasons
        oins
        oinKind
        certificates
        counts {
          connections
          networkConnections
          agreements
        }
        statusQuo {
          connections
          certificates
          networkConnections
          agreements
        }
        eligibility {
          status
          reasons {
            text
            legalBasis
            source {
              title
              url
            }
          }
          conditions
          workarounds
        }
      }
      totals {
        connections
        oins
        certificates
        networkConnections
        agreements
      }
      statusQuo {
        connections
        oins
        certificates
        networkConnections
        agreements
      }
    }
  }
  then: minimalJointAudit(input: $then) {
    asOf
    totalCost
    baselineCost
    savings
    engagements {
      id
    }
    connectionPlan {
      facilities {
        facility {
          code
        }
        mode
        eligibility {
          status
        }
      }
    }
  }
  overlap(facilities: $facilities) {
    frameworks {
      id
      name
      version
    }
    normOverlap {
      a {
        id
      }
      b {
        id
      }
      shared
      union
      jaccard
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationScreenQuery, CollaborationScreenQueryVariables>;
export const NationalImpactScreenDocument = new TypedDocumentString(`
    query NationalImpactScreen($policy: PolicyInput) {
  facilities {
    code
    auditRequirements {
      id
      name
      jointAllowed
    }
  }
  nationalImpact(policy: $policy) {
    asOf
    totals {
      collaborations
      analysed
      skipped
      municipalities
      obligations
      baselineCost
      totalCost
      savings
      engagements
      optimal
    }
    collaborations {
      id
      name
      members
      skipped
      baselineCost
      totalCost
      savings
    }
  }
}
    `) as unknown as TypedDocumentString<NationalImpactScreenQuery, NationalImpactScreenQueryVariables>;
export const ReportSetupDocument = new TypedDocumentString(`
    query ReportSetup {
  collaborations(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportSetupQuery, ReportSetupQueryVariables>;
export const HarmonisationReportDocument = new TypedDocumentString(`
    query HarmonisationReport($input: AnalysisInput, $scenario: ID, $format: ReportFormat!, $language: Language!) {
  harmonisationReport(
    input: $input
    scenario: $scenario
    format: $format
    language: $language
  ) {
    mediaType
    filename
    content
  }
}
    `) as unknown as TypedDocumentString<HarmonisationReportQuery, HarmonisationReportQueryVariables>;
export const SignInCheckDocument = new TypedDocumentString(`
    query SignInCheck {
  legalForms {
    code
  }
}
    `) as unknown as TypedDocumentString<SignInCheckQuery, SignInCheckQueryVariables>;
export const MunicipalityPickerDocument = new TypedDocumentString(`
    query MunicipalityPicker($search: String!) {
  municipalities(search: $search, first: 10) {
    edges {
      node {
        id
        name
        cbsCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityPickerQuery, MunicipalityPickerQueryVariables>;
export const WhatIfSetupDocument = new TypedDocumentString(`
    query WhatIfSetup($id: ID!, $hasId: Boolean!) {
  collaboration(id: $id) @include(if: $hasId) {
    id
    name
    legalForm {
      code
    }
    members {
      id
      name
    }
    facilities {
      code
    }
  }
  legalForms {
    code
    name
  }
  facilities {
    code
    name
    auditRequirements {
      id
      name
      jointAllowed
    }
  }
}
    `) as unknown as TypedDocumentString<WhatIfSetupQuery, WhatIfSetupQueryVariables>;
export const ScenarioListDocument = new TypedDocumentString(`
    query ScenarioList($owner: ID) {
  scenarios(owner: $owner, first: 100) {
    totalCount
    edges {
      node {
        id
        name
        updatedAt
        baseline {
          collaboration
          members
          legalForm
          facilities
          asOf
        }
        variant {
          collaboration
          members
          legalForm
          facilities
          asOf
          policy {
            connectionMode
            crossFacilityBundling
            auditRequirements {
              id
              jointAllowed
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScenarioListQuery, ScenarioListQueryVariables>;
export const WhatIfCompareDocument = new TypedDocumentString(`
    query WhatIfCompare($baseline: AnalysisInput!, $variant: AnalysisInput!) {
  compareScenarios(baseline: $baseline, scenario: $variant) {
    inputChanges {
      dimension
      description
    }
    baseline {
      totals {
        connections
        oins
        certificates
        engagements
        baselineCost
        totalCost
        savings
      }
    }
    variant {
      totals {
        connections
        oins
        certificates
        engagements
        baselineCost
        totalCost
        savings
      }
    }
    differences {
      aspect
      facility {
        code
        name
      }
      baseline
      variant
      delta
      causes
    }
  }
}
    `) as unknown as TypedDocumentString<WhatIfCompareQuery, WhatIfCompareQueryVariables>;
export const SaveScenarioDocument = new TypedDocumentString(`
    mutation SaveScenario($input: ScenarioInput!) {
  saveScenario(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SaveScenarioMutation, SaveScenarioMutationVariables>;
export const DeleteScenarioDocument = new TypedDocumentString(`
    mutation DeleteScenario($id: ID!) {
  deleteScenario(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteScenarioMutation, DeleteScenarioMutationVariables>;
export const StartScreenDocument = new TypedDocumentString(`
    query StartScreen($search: String, $first: Int!, $after: String) {
  collaborations(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        legalForm {
          code
          name
        }
        members {
          id
        }
        facilities {
          code
          name
        }
      }
    }
  }
  legalForms {
    code
    name
  }
  facilities {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<StartScreenQuery, StartScreenQueryVariables>;