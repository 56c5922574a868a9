// The knowledge graph's vocabulary as plain TypeScript types, shared by the seed, the stores and the analyses.

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** How settled a fact is. `INFERRED` and `ASSUMPTION` must never be presented as settled law. */
export const CONFIDENCES = ['CONFIRMED', 'INFERRED', 'ASSUMPTION', 'UNCONFIRMED'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const EVIDENCE = ['SELF_EVALUATION', 'IT_AUDIT'] as const;
export type Evidence = (typeof EVIDENCE)[number];

/**
 * `STANDING`: an obligation every municipality has as such, whatever it connects to (e.g. the zelfevaluatie BRP of
 * art. 4.3 Wet BRP); a collaboration neither adds nor multiplies it, so it yields no obligation in a joint audit.
 */
export const AUDIT_SCOPES = ['PER_CONNECTION', 'PER_MEMBER', 'STANDING'] as const;
export type AuditScope = (typeof AUDIT_SCOPES)[number];

export const ELIGIBILITY_STATUSES = ['ALLOWED', 'CONDITIONAL', 'BLOCKED'] as const;
export type EligibilityStatus = (typeof ELIGIBILITY_STATUSES)[number];

export const MAPPING_RELATIONS = ['EQUAL', 'SUBSET_OF', 'SUPERSET_OF', 'INTERSECTS', 'NOT_RELATED'] as const;
export type MappingRelation = (typeof MAPPING_RELATIONS)[number];

/** NIST IR 8477 (STRM) rationale of a mapping. */
export const MAPPING_RATIONALES = ['SYNTACTIC', 'SEMANTIC', 'FUNCTIONAL'] as const;
export type MappingRationale = (typeof MAPPING_RATIONALES)[number];

export const CONNECTION_REQUIREMENT_KINDS = [
  'IDENTITY',
  'CERTIFICATE',
  'NETWORK',
  'AGREEMENT',
  'AUTHORISATION',
  'LEGAL_BASIS',
  'REGISTRATION',
  'ACCOUNT',
  'TEST',
] as const;
export type ConnectionRequirementKind = (typeof CONNECTION_REQUIREMENT_KINDS)[number];

/** The languages every human text of the graph is written in: Dutch first, English too. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A human text in Dutch and in English. Proper names (of facilities, owners, collaborations, sources) are one plain
 * string; everything a reader reads as a sentence or a term of the field is one of these.
 */
export interface LocalizedText {
  nl: string;
  en: string;
}

/** The text in `language`. */
export function localize(text: LocalizedText, language: Language): string;
export function localize(text: LocalizedText | null, language: Language): string | null;
export function localize(text: LocalizedText | null, language: Language): string | null {
  return text === null ? null : text[language];
}

/** The same text in both languages, for what has no translation (e.g. a code or a name). */
export const both = (text: string): LocalizedText => ({ nl: text, en: text });

/** Every fact says where it comes from and how settled it is. */
export interface Sourced {
  /** Ids of entries in the source register. */
  sources: string[];
  confidence: Confidence;
  /** Why an inference or assumption was made, or what is still unknown. */
  note: LocalizedText | null;
}

/** Validity in time: `validFrom` inclusive, `validTo` exclusive; `null` means open-ended. */
export interface Dated {
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  /** Where in the document: its own heading or path (the same in both languages), or our description of it. */
  section: LocalizedText | null;
  date: IsoDate | null;
}

export interface Facility extends Sourced {
  code: string;
  name: string;
  owner: string;
  description: LocalizedText;
}

/**
 * Requirements and rules are versioned: one `id` may have several records whose validity periods do not overlap
 * (e.g. the DigiD assessment under normenkader 1.0, 2.0 and 3.0); `validOn` picks the one in force.
 */
export interface ConnectionRequirement extends Sourced, Dated {
  id: string;
  facility: string;
  kind: ConnectionRequirementKind;
  /** Requirements of different facilities with the same key are the same thing, met once (e.g. `OIN`). */
  key: string;
  title: LocalizedText;
  description: LocalizedText;
  certificateType: string | null;
  /** Facility code of the network this requirement needs (e.g. `GEMNET`). */
  network: string | null;
}

export interface AuditRequirement extends Sourced, Dated {
  id: string;
  facility: string;
  name: LocalizedText;
  evidence: Evidence;
  cycleMonths: number;
  scope: AuditScope;
  jointAllowed: boolean;
  /**
   * The condition under which one engagement may cover several organisations (e.g. one identical service of one service
   * organisation), if the rule has one; `jointAllowed` stays false while the graph cannot tell it is met.
   */
  jointCondition: LocalizedText | null;
  framework: string;
}

export interface NormFramework extends Sourced, Dated {
  id: string;
  name: string;
  version: string;
  owner: string;
  /** Cost weight of one norm of this framework, in euro, unless the norm sets its own. */
  defaultWeight: number;
  /** Other names (urns, ref_ids) the framework is known by elsewhere, e.g. in CISO Assistant libraries. */
  aliases?: string[];
}

/**
 * A norm of a framework. A norm known to exist but not identified by any public source is kept as a visible
 * placeholder (`confidence: UNCONFIRMED`, code `UNIDENTIFIED-n`), never given an invented id.
 */
export interface Norm extends Sourced, Dated {
  id: string;
  framework: string;
  code: string;
  title: LocalizedText;
  /** Own cost weight, overriding the framework default; `null` when the default applies. */
  weight: number | null;
  /** ISO/IEC 27002:2022 control the norm belongs to, where known. */
  isoControl: string | null;
  /** From this date the norm is also tested on operating effectiveness (werking), not only on design and existence. */
  operatingEffectivenessFrom?: IsoDate;
}

export interface NormMapping extends Sourced, Dated {
  id: string;
  from: string;
  to: string;
  relation: MappingRelation;
  /** 0–10; `EQUAL` is 10. */
  strength: number | null;
  rationale: MappingRationale;
}

export interface CertificateType extends Sourced, Dated {
  code: string;
  name: LocalizedText;
  issuer: string;
  validityMonths: number | null;
}

/** A legal form's facts (article, OIN) change over time: versions share the `code` and do not overlap. */
export interface LegalForm extends Sourced, Dated {
  code: string;
  name: LocalizedText;
  wgrArticle: string | null;
  legalPersonality: boolean;
  ownOin: boolean;
  description: LocalizedText;
}

export interface EligibilityRule extends Sourced, Dated {
  id: string;
  legalForm: string;
  facility: string;
  status: EligibilityStatus;
  reason: LocalizedText;
  legalBasis: LocalizedText | null;
  conditions: LocalizedText[];
  workarounds: LocalizedText[];
}

export interface EvidenceCost extends Sourced, Dated {
  evidence: Evidence;
  fixedCost: number;
  subjectCost: number;
}

export interface Municipality {
  id: string;
  cbsCode: string;
  name: string;
  sources: string[];
}

export interface CollaborationMember {
  municipality: string;
  confidence: Confidence;
}

export interface Collaboration extends Sourced {
  id: string;
  name: string;
  legalForm: string | null;
  description: LocalizedText;
  members: CollaborationMember[];
  facilities: string[];
}

/** The reference data the catalogue and every analysis read: everything but municipalities and collaborations. */
export interface Catalogue {
  sources: Source[];
  facilities: Facility[];
  connectionRequirements: ConnectionRequirement[];
  auditRequirements: AuditRequirement[];
  certificateTypes: CertificateType[];
  legalForms: LegalForm[];
  eligibilityRules: EligibilityRule[];
  frameworks: NormFramework[];
  norms: Norm[];
  mappings: NormMapping[];
  costModel: EvidenceCost[];
}

/** The whole knowledge graph as loaded from `graph-seed/`. */
export interface SeedGraph extends Catalogue {
  municipalities: Municipality[];
  collaborations: Collaboration[];
}

/** True when a dated fact holds on `asOf` (`validFrom` inclusive, `validTo` exclusive). */
export function validOn(fact: Dated, asOf: IsoDate): boolean {
  return (fact.validFrom === null || fact.validFrom <= asOf) && (fact.validTo === null || asOf < fact.validTo);
}

/** Versioned facts share an `id`; a version is named by the id plus the start of its validity. */
export function versionUid(fact: { id: string; validFrom: string | null }): string {
  return `${fact.id}@${fact.validFrom ?? 'origin'}`;
}
