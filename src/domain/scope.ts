// Turns an analysis request (a collaboration, or explicit members, legal form and facilities, a date, a policy) into a checked scope.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { CatalogueIndex } from './catalogue.js';
import { isIsoDate, today } from './dates.js';
import { BadInputError, NotFoundError } from './errors.js';
import type { AuditScope, Collaboration, Evidence, Facility, IsoDate, LegalForm, Municipality } from './model.js';
import { AUDIT_SCOPES, EVIDENCE } from './model.js';

export type ConnectionMode = 'AUTO' | 'JOINT' | 'PER_MEMBER';

export interface AuditRequirementOverride {
  id: string;
  evidence?: Evidence | null;
  cycleMonths?: number | null;
  scope?: AuditScope | null;
  jointAllowed?: boolean | null;
}

export interface PolicyInput {
  connectionMode?: ConnectionMode | null;
  crossFacilityBundling?: boolean | null;
  auditRequirements?: AuditRequirementOverride[] | null;
  costModel?: Array<{ evidence: Evidence; fixedCost?: number | null; subjectCost?: number | null }> | null;
  normWeights?: Array<{ framework: string; weight: number }> | null;
}

export interface AnalysisInput {
  collaboration?: string | null;
  members?: string[] | null;
  legalForm?: string | null;
  facilities?: string[] | null;
  asOf?: IsoDate | null;
  policy?: PolicyInput | null;
}

export interface Policy {
  connectionMode: ConnectionMode;
  crossFacilityBundling: boolean;
  auditRequirements: AuditRequirementOverride[];
  costModel: Record<Evidence, { fixedCost: number; subjectCost: number }>;
  /** Weight per framework id that replaces the framework default and every norm's own weight. */
  normWeights: Map<string, number>;
}

export type OrganisationKind = 'MUNICIPALITY' | 'COLLABORATION';

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  oin: string | null;
}

export interface AnalysisScope {
  collaboration: Organisation;
  /** True when the collaboration was made up from explicit members (a stable synthetic id). */
  adHoc: boolean;
  members: Organisation[];
  legalForm: LegalForm;
  facilities: Facility[];
  asOf: IsoDate;
  policy: Policy;
  /** The stored collaboration whose facts the scope took (members, legal form, facilities), for the answer's basis. */
  taken?: CollaborationFacts | null;
}

/** Which facts of a stored collaboration a scope rests on: explicit input fields replace them. */
export interface CollaborationFacts {
  collaboration: Collaboration;
  members: boolean;
  legalForm: boolean;
  facilities: boolean;
}

/** What the store must supply to resolve a scope: the named collaboration and municipalities. */
export interface ScopeLookups {
  collaboration: Collaboration | null;
  municipalities: Municipality[];
}

/** A trillion euro: far above any audit, low enough that sums over hundreds of thousands of obligations stay finite. */
export const MAX_FIGURE = 1e12;

const finite = (v: number, field: string, min = 0) => {
  if (!Number.isFinite(v) || v < min || v > MAX_FIGURE) throw new BadInputError(field, `must be a number from ${min} to ${MAX_FIGURE}`);
  return v;
};

export function resolvePolicy(index: CatalogueIndex, input: PolicyInput | null | undefined, asOf: IsoDate, field = 'input.policy'): Policy {
  const inForce = index.costModel(asOf);
  const costModel = Object.fromEntries(
    EVIDENCE.map((e) => {
      const c = inForce.find((x) => x.evidence === e);
      return [e, { fixedCost: c?.fixedCost ?? 0, subjectCost: c?.subjectCost ?? 0 }];
    }),
  ) as Policy['costModel'];
  (input?.costModel ?? []).forEach((c, i) => {
    const at = `${field}.costModel[${i}]`;
    if (!EVIDENCE.includes(c.evidence)) throw new BadInputError(`${at}.evidence`, `must be one of ${EVIDENCE.join(', ')}`);
    if (c.fixedCost != null) costModel[c.evidence].fixedCost = finite(c.fixedCost, `${at}.fixedCost`);
    if (c.subjectCost != null) costModel[c.evidence].subjectCost = finite(c.subjectCost, `${at}.subjectCost`);
  });
  const normWeights = new Map<string, number>();
  (input?.normWeights ?? []).forEach((w, i) => {
    const at = `${field}.normWeights[${i}]`;
    if (!index.framework(w.framework)) throw new NotFoundError('norm framework', w.framework, `${at}.framework`);
    normWeights.set(w.framework, finite(w.weight, `${at}.weight`));
  });
  const overrides = input?.auditRequirements ?? [];
  const seen = new Set<string>();
  overrides.forEach((o, i) => {
    const at = `${field}.auditRequirements[${i}]`;
    if (!index.hasAuditRequirement(o.id)) throw new NotFoundError('audit requirement', o.id, `${at}.id`);
    if (seen.has(o.id)) throw new BadInputError(`${at}.id`, `"${o.id}" is overridden twice`);
    seen.add(o.id);
    if (o.cycleMonths != null && (!Number.isInteger(o.cycleMonths) || o.cycleMonths < 1 || o.cycleMonths > 120)) {
      throw new BadInputError(`${at}.cycleMonths`, 'must be a whole number of months from 1 to 120');
    }
    if (o.evidence != null && !EVIDENCE.includes(o.evidence)) throw new BadInputError(`${at}.evidence`, `must be one of ${EVIDENCE.join(', ')}`);
    if (o.scope != null && !AUDIT_SCOPES.includes(o.scope)) throw new BadInputError(`${at}.scope`, `must be one of ${AUDIT_SCOPES.join(', ')}`);
  });
  const mode = input?.connectionMode ?? 'AUTO';
  if (!['AUTO', 'JOINT', 'PER_MEMBER'].includes(mode)) throw new BadInputError(`${field}.connectionMode`, 'must be AUTO, JOINT or PER_MEMBER');
  return {
    connectionMode: mode,
    crossFacilityBundling: input?.crossFacilityBundling ?? true,
    auditRequirements: overrides,
    costModel,
    normWeights,
  };
}

export function municipalityOrganisation(m: Municipality): Organisation {
  return { id: m.id, name: m.name, kind: 'MUNICIPALITY', oin: null };
}

/**
 * Resolves and checks an analysis input. Explicit members, legal form and facilities override the
 * collaboration's; without a collaboration all three are required. Every problem names its field.
 */
export function resolveScope(index: CatalogueIndex, input: AnalysisInput, lookups: ScopeLookups, field = 'input'): AnalysisScope {
  const asOf = input.asOf ?? today();
  if (!isIsoDate(asOf)) throw new BadInputError(`${field}.asOf`, 'must be a date YYYY-MM-DD');
  const base = input.collaboration != null ? lookups.collaboration : null;
  if (input.collaboration != null && !base) throw new NotFoundError('collaboration', input.collaboration, `${field}.collaboration`);

  const memberIds = input.members ?? base?.members.map((m) => m.municipality) ?? null;
  if (memberIds === null) throw new BadInputError(`${field}.members`, 'is required when no collaboration is given');
  if (memberIds.length === 0) throw new BadInputError(`${field}.members`, 'must name at least one municipality');
  if (new Set(memberIds).size !== memberIds.length) throw new BadInputError(`${field}.members`, 'names a municipality twice');
  const byId = new Map(lookups.municipalities.map((m) => [m.id, m]));
  const members = memberIds.map((id, i) => {
    const m = byId.get(id);
    if (!m) throw new NotFoundError('municipality', id, `${field}.members[${i}]`);
    return municipalityOrganisation(m);
  });

  const legalFormCode = input.legalForm ?? base?.legalForm ?? null;
  if (legalFormCode === null) {
    throw new BadInputError(`${field}.legalForm`, base ? `collaboration "${base.id}" has no known legal form: give one` : 'is required when no collaboration is given');
  }
  if (!index.hasLegalForm(legalFormCode)) throw new NotFoundError('legal form', legalFormCode, `${field}.legalForm`);
  const legalForm = index.legalForm(legalFormCode, asOf);
  if (!legalForm) throw new BadInputError(`${field}.legalForm`, `legal form "${legalFormCode}" did not exist on ${asOf}`);

  const facilityCodes = input.facilities ?? base?.facilities ?? null;
  if (facilityCodes === null) throw new BadInputError(`${field}.facilities`, 'is required when no collaboration is given');
  if (new Set(facilityCodes).size !== facilityCodes.length) throw new BadInputError(`${field}.facilities`, 'names a facility twice');
  const facilities = facilityCodes.map((code, i) => {
    const f = index.facility(code);
    if (!f) throw new NotFoundError('facility', code, `${field}.facilities[${i}]`);
    return f;
  });

  const policy = resolvePolicy(index, input.policy, asOf, `${field}.policy`);
  const explicit = input.members != null || input.legalForm != null || input.facilities != null;
  const collaboration: Organisation =
    base && !explicit
      ? { id: base.id, name: base.name, kind: 'COLLABORATION', oin: null }
      : adHocCollaboration(base, legalForm.code, memberIds, facilityCodes);
  const taken: CollaborationFacts | null = base
    ? { collaboration: base, members: input.members == null, legalForm: input.legalForm == null, facilities: input.facilities == null }
    : null;
  return { collaboration, adHoc: collaboration.id !== base?.id, members, legalForm, facilities, asOf, policy, taken };
}

/** A collaboration made of explicit parts gets an id derived from those parts, so the same parts give the same id. */
function adHocCollaboration(base: Collaboration | null, legalForm: string, members: string[], facilities: string[]): Organisation {
  const digest = bytesToHex(sha256(utf8ToBytes(JSON.stringify([base?.id ?? null, legalForm, [...members].sort(), [...facilities].sort()])))).slice(0, 12);
  return {
    id: `adhoc-${digest}`,
    name: base ? `${base.name} (variant)` : `Collaboration of ${members.length} municipalit${members.length === 1 ? 'y' : 'ies'}`,
    kind: 'COLLABORATION',
    oin: null,
  };
}
