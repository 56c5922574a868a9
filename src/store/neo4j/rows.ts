// Rows Neo4j returns, mapped to the domain's types (numbers, optional values, texts per language, dates).
import type {
  AuditRequirement,
  Catalogue,
  CertificateType,
  Collaboration,
  ConnectionRequirement,
  EligibilityRule,
  EvidenceCost,
  Facility,
  LegalForm,
  LocalizedText,
  Municipality,
  Norm,
  NormFramework,
  NormMapping,
  Source,
} from '../../domain/model.js';
import { canonicalCatalogue, canonicalRecord } from '../canonical.js';
import { readText, readTexts } from '../graph-layout.js';
import type { AccessLogEntry, ApiKey, CollaborationRecord, Scenario } from '../port.js';
import type { Row } from './executor.js';

export function toCatalogue(row: Record<keyof Catalogue, Row[]> | undefined): Catalogue {
  if (!row) throw new Error('catalogue query returned no row');
  return canonicalCatalogue({
    sources: row.sources.map(toSource),
    facilities: row.facilities.map(toFacility),
    connectionRequirements: row.connectionRequirements.map(toConnectionRequirement),
    auditRequirements: row.auditRequirements.map(toAuditRequirement),
    certificateTypes: row.certificateTypes.map(toCertificateType),
    legalForms: row.legalForms.map(toLegalForm),
    eligibilityRules: row.eligibilityRules.map(toEligibilityRule),
    frameworks: row.frameworks.map(toFramework),
    norms: row.norms.map(toNorm),
    mappings: row.mappings.map(toMapping),
    costModel: row.costModel.map(toEvidenceCost),
  });
}

// Row → domain mappers. Neo4j drops null properties, so every optional field is read back as `?? null`.
export const str = (v: unknown): string => String(v);
export const opt = (v: unknown): string | null => (v === undefined || v === null ? null : String(v));
export const num = (v: unknown): number => Number(v);
export const optNum = (v: unknown): number | null => (v === undefined || v === null ? null : Number(v));
export const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
/** A text every fact of its kind has; a missing one is a broken graph, not an empty text. */
export const txt = (r: Row, field: string): LocalizedText => {
  const t = readText(r, field);
  if (t === null) throw new Error(`stored fact lacks its text "${field}"`);
  return t;
};
export const sourced = (r: Row) => ({ sources: list(r.sources), confidence: str(r.confidence) as Facility['confidence'], note: readText(r, 'note') });
export const dated = (r: Row) => ({ validFrom: opt(r.validFrom), validTo: opt(r.validTo) });

export const toSource = (r: Row): Source => ({
  id: str(r.id), title: str(r.title), publisher: str(r.publisher), url: opt(r.url), section: readText(r, 'section'), date: opt(r.date),
});
export const toFacility = (r: Row): Facility => ({
  code: str(r.code), name: str(r.name), owner: str(r.owner), description: txt(r, 'description'), ...sourced(r),
});
export const toConnectionRequirement = (r: Row): ConnectionRequirement => ({
  id: str(r.id), facility: str(r.facility), kind: str(r.kind) as ConnectionRequirement['kind'], key: str(r.key), title: txt(r, 'title'),
  description: txt(r, 'description'), certificateType: opt(r.certificateType), network: opt(r.network), ...dated(r), ...sourced(r),
});
export const toAuditRequirement = (r: Row): AuditRequirement => ({
  id: str(r.id), facility: str(r.facility), name: txt(r, 'name'), evidence: str(r.evidence) as AuditRequirement['evidence'],
  cycleMonths: num(r.cycleMonths), scope: str(r.scope) as AuditRequirement['scope'], jointAllowed: Boolean(r.jointAllowed), jointCondition: readText(r, 'jointCondition'),
  framework: str(r.framework), ...dated(r), ...sourced(r),
});
export const toCertificateType = (r: Row): CertificateType => ({
  code: str(r.code), name: txt(r, 'name'), issuer: str(r.issuer), validityMonths: optNum(r.validityMonths), ...dated(r), ...sourced(r),
});
export const toLegalForm = (r: Row): LegalForm => ({
  code: str(r.code), name: txt(r, 'name'), wgrArticle: opt(r.wgrArticle), legalPersonality: Boolean(r.legalPersonality),
  ownOin: Boolean(r.ownOin), description: txt(r, 'description'), ...dated(r), ...sourced(r),
});
export const toEligibilityRule = (r: Row): EligibilityRule => ({
  id: str(r.id), legalForm: str(r.legalForm), facility: str(r.facility), status: str(r.status) as EligibilityRule['status'],
  reason: txt(r, 'reason'), legalBasis: readText(r, 'legalBasis'), conditions: readTexts(r, 'conditions'), workarounds: readTexts(r, 'workarounds'),
  ...dated(r), ...sourced(r),
});
export const toFramework = (r: Row): NormFramework => ({
  id: str(r.id), name: str(r.name), version: str(r.version), owner: str(r.owner), defaultWeight: num(r.defaultWeight),
  ...(Array.isArray(r.aliases) ? { aliases: list(r.aliases) } : {}), ...dated(r), ...sourced(r),
});
export const toNorm = (r: Row): Norm => ({
  id: str(r.id), framework: str(r.framework), code: str(r.code), title: txt(r, 'title'), weight: optNum(r.weight),
  isoControl: opt(r.isoControl),
  ...(r.operatingEffectivenessFrom == null ? {} : { operatingEffectivenessFrom: str(r.operatingEffectivenessFrom) }),
  ...dated(r), ...sourced(r),
});
export const toMapping = (r: Row): NormMapping => ({
  id: str(r.id), from: str(r.from), to: str(r.to), relation: str(r.relation) as NormMapping['relation'], strength: optNum(r.strength),
  rationale: str(r.rationale) as NormMapping['rationale'], ...dated(r), ...sourced(r),
});
export const toEvidenceCost = (r: Row): EvidenceCost => ({
  evidence: str(r.evidence) as EvidenceCost['evidence'], fixedCost: num(r.fixedCost), subjectCost: num(r.subjectCost), ...dated(r), ...sourced(r),
});
export const toScenario = (r: Row): Scenario => ({
  id: str(r.id), name: str(r.name), owner: str(r.owner),
  baseline: JSON.parse(str(r.baseline)) as Scenario['baseline'], variant: JSON.parse(str(r.variant)) as Scenario['variant'],
  createdAt: str(r.createdAt), updatedAt: str(r.updatedAt),
});
export const toApiKey = (r: Row): ApiKey => ({
  id: str(r.id), name: str(r.name), role: str(r.role) as ApiKey['role'], organisation: str(r.organisation), actingFor: list(r.actingFor),
  hash: str(r.hash), createdAt: str(r.createdAt), revokedAt: opt(r.revokedAt),
});
export const toAccessLogEntry = (r: Row): AccessLogEntry => ({
  id: str(r.id), at: str(r.at), keyId: opt(r.keyId), role: opt(r.role) as AccessLogEntry['role'], actingFor: opt(r.actingFor),
  purpose: opt(r.purpose), operation: opt(r.operation), variablesHash: opt(r.variablesHash), outcome: str(r.outcome),
});
export const toMunicipality = (r: Row): Municipality => ({ id: str(r.id), cbsCode: str(r.cbsCode), name: str(r.name), sources: list(r.sources) });
export const toCollaborationRecord = (r: Row): CollaborationRecord => {
  const memberRows = (Array.isArray(r.memberRows) ? r.memberRows : []) as Array<{ confidence: unknown; municipality: Row }>;
  const collaboration: Collaboration = {
    id: str(r.id), name: str(r.name), legalForm: opt(r.legalForm), description: txt(r, 'description'),
    facilities: list(r.facilities),
    members: memberRows.map((m) => ({ municipality: str(m.municipality.id), confidence: str(m.confidence) as Facility['confidence'] })),
    ...sourced(r),
  };
  return canonicalRecord({
    collaboration,
    members: memberRows.map((m) => ({ municipality: toMunicipality(m.municipality), confidence: str(m.confidence) as Facility['confidence'] })),
  });
};
