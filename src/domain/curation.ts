// Curation with history: a change to a fact becomes a new version from a date, the version it replaces is closed on
// that date, and the change is recorded (who, when, why, before → after). Nothing is overwritten.
import { z } from 'zod';
import { BadInputError, ConflictError } from './errors.js';
import type { AuditRequirement, ConnectionRequirement, EligibilityRule, EvidenceCost, IsoDate, Norm, NormFramework, NormMapping, SeedGraph, Source } from './model.js';
import { validOn, versionUid } from './model.js';
import {
  auditRequirementSchema,
  connectionRequirementSchema,
  eligibilityRuleSchema,
  evidenceCostSchema,
  mappingSchema,
  normSchema,
  sourceSchema,
  frameworkSchema,
} from './facts/schema.js';
import { checkReferences } from './facts/references.js';

export const CURATION_KINDS = ['CONNECTION_REQUIREMENT', 'AUDIT_REQUIREMENT', 'ELIGIBILITY_RULE', 'NORM', 'MAPPING', 'EVIDENCE_COST', 'NORM_FRAMEWORK', 'SOURCE'] as const;
export type CurationKind = (typeof CURATION_KINDS)[number];
/** Kinds that are only ever added: a norm or framework changes with a new framework version, a source is cited as it is. */
const ADD_ONLY: readonly CurationKind[] = ['NORM', 'NORM_FRAMEWORK', 'SOURCE'];

export type CuratedFact = ConnectionRequirement | AuditRequirement | EligibilityRule | Norm | NormMapping | EvidenceCost | NormFramework | Source;

export interface CurationRequest {
  kind: CurationKind;
  /** The fact's content without validity: that follows from `effectiveFrom`. */
  fact: unknown;
  reason: string;
  /** First day the new version holds. */
  effectiveFrom: IsoDate;
  /** The version (`id@validFrom`) in force on `effectiveFrom` the change is based on; null to add a new fact. */
  expectedVersion: string | null;
}

export interface CurationAuthor {
  keyId: string | null;
  name: string;
  organisation: string | null;
}

/** One recorded change. Applying the records in order to the seed gives the curated graph. */
export interface CurationRecord {
  id: string;
  kind: CurationKind;
  factId: string;
  /** The new version's `id@validFrom`. */
  version: string;
  /** The version closed by this change, with the end date it got; null when the fact is new. */
  closed: { version: string; validTo: IsoDate } | null;
  at: string;
  author: CurationAuthor;
  reason: string;
  before: CuratedFact | null;
  after: CuratedFact;
}

/** Sources carry no validity; every other fact does. */
const validFromOf = (f: CuratedFact): IsoDate | null => ('validFrom' in f ? f.validFrom : null);

const factId = (kind: CurationKind, fact: CuratedFact): string =>
  kind === 'EVIDENCE_COST' ? (fact as EvidenceCost).evidence : (fact as { id: string }).id;

/** Which list of the graph holds a kind, and the id of a fact in it. */
function listOf(graph: SeedGraph, kind: CurationKind): CuratedFact[] {
  switch (kind) {
    case 'CONNECTION_REQUIREMENT':
      return graph.connectionRequirements;
    case 'AUDIT_REQUIREMENT':
      return graph.auditRequirements;
    case 'ELIGIBILITY_RULE':
      return graph.eligibilityRules;
    case 'NORM':
      return graph.norms;
    case 'MAPPING':
      return graph.mappings;
    case 'EVIDENCE_COST':
      return graph.costModel;
    case 'NORM_FRAMEWORK':
      return graph.frameworks;
    case 'SOURCE':
      return graph.sources as CuratedFact[];
  }
}

const undated = { validFrom: true, validTo: true } as const;
/** The seed's own schemas, less validity (set by the curation), plus the parent reference the seed file gives by nesting. */
const FACT_SCHEMAS = {
  CONNECTION_REQUIREMENT: connectionRequirementSchema.omit(undated).extend({ facility: z.string().min(1) }),
  AUDIT_REQUIREMENT: auditRequirementSchema.omit(undated).extend({ facility: z.string().min(1) }),
  ELIGIBILITY_RULE: eligibilityRuleSchema.omit(undated),
  NORM: normSchema.omit(undated).extend({ framework: z.string().min(1), sources: z.array(z.string().min(1)).min(1) }),
  MAPPING: mappingSchema.omit(undated),
  EVIDENCE_COST: evidenceCostSchema.omit(undated),
  NORM_FRAMEWORK: frameworkSchema.omit(undated),
  SOURCE: sourceSchema,
} as const;

/** Validates a fact as the seed would, giving it its id where the seed derives one. */
export function parseFact(kind: CurationKind, input: unknown, field = 'input.fact'): Omit<CuratedFact, 'validFrom' | 'validTo'> {
  const parsed = FACT_SCHEMAS[kind].safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BadInputError(`${field}${issue.path.length ? `.${issue.path.join('.')}` : ''}`, issue.message);
  }
  const fact = parsed.data as Record<string, unknown>;
  if (kind === 'NORM') return { ...fact, id: `${String(fact.framework)}:${String(fact.code)}` } as unknown as Norm;
  if (kind === 'MAPPING') return { ...fact, id: `${String(fact.from)}->${String(fact.to)}` } as unknown as NormMapping;
  return fact as unknown as CuratedFact;
}

/**
 * Plans a change against the versions the graph holds now, or refuses it: CONFLICT when the version it is based on is
 * not the one in force on `effectiveFrom` (someone changed it meanwhile), BAD_USER_INPUT when it would overwrite a version
 * (one starting that very day) or its references do not resolve. Pure: the stores execute the plan atomically.
 */
export function planCuration(graph: SeedGraph, request: CurationRequest, now: Date, author: CurationAuthor, id: string): CurationRecord {
  const record = planVersion((kind, fid) => listOf(graph, kind).filter((f) => factId(kind, f) === fid), request, now, author, id);
  const problems = checkReferences(applyCurations(graph, [record]));
  if (problems.length > 0) throw new BadInputError('input.fact', problems.map((p) => `${p.path ? `${p.path}: ` : ''}${p.message}`).join('; '));
  return record;
}

/** Plans one change against the versions of its fact (`versionsOf`), without checking references. */
function planVersion(
  versionsOf: (kind: CurationKind, factId: string) => CuratedFact[], request: CurationRequest, now: Date, author: CurationAuthor, id: string,
): CurationRecord {
  if (!request.reason.trim()) throw new BadInputError('input.reason', 'say why the change is made');
  const base = parseFact(request.kind, request.fact);
  const fid = factId(request.kind, { ...base, validFrom: null, validTo: null } as CuratedFact);
  const versions = [...versionsOf(request.kind, fid)].sort((a, b) => ((validFromOf(a) ?? '') < (validFromOf(b) ?? '') ? -1 : 1));
  const uid = (f: CuratedFact) => versionUid({ id: factId(request.kind, f), validFrom: validFromOf(f) });
  const current = versions.find((v) => 'validFrom' in v && validOn(v, request.effectiveFrom)) ?? null;
  if (ADD_ONLY.includes(request.kind) && versions.length > 0) {
    // A norm's text and weight change with a new version of its framework, which brings its own norms.
    const field = request.kind === 'NORM' ? 'input.fact.code' : 'input.fact.id';
    throw new BadInputError(field, `${request.kind === 'NORM' ? 'norm' : request.kind === 'SOURCE' ? 'source' : 'framework'} "${fid}" exists; ${request.kind === 'SOURCE' ? 'sources are added, never changed' : 'norms and frameworks are added, and changed through a new framework version'}`);
  }

  let closed: CurationRecord['closed'] = null;
  let validTo: IsoDate | null = null;
  if (versions.length === 0) {
    if (request.expectedVersion !== null) throw new ConflictError(`${request.kind} "${fid}" does not exist (expected version ${request.expectedVersion})`);
  } else {
    if (request.expectedVersion === null) throw new ConflictError(`${request.kind} "${fid}" exists: give the version the change is based on (expectedVersion)`);
    if (!current) throw new BadInputError('input.effectiveFrom', `no version of "${fid}" is in force on ${request.effectiveFrom}`);
    if (uid(current) !== request.expectedVersion) {
      throw new ConflictError(`the version of "${fid}" in force on ${request.effectiveFrom} is ${uid(current)}, not ${request.expectedVersion}: it changed meanwhile`);
    }
    if (validFromOf(current) === request.effectiveFrom) {
      throw new BadInputError('input.effectiveFrom', `a version of "${fid}" starts on ${request.effectiveFrom}; a change takes effect from a later day, it never overwrites`);
    }
    closed = { version: uid(current), validTo: request.effectiveFrom };
    validTo = (current as CuratedFact & { validTo: IsoDate | null }).validTo;
  }
  // Sources carry no validity: they are cited as they are.
  const after = (request.kind === 'SOURCE' ? base : { ...base, validFrom: request.effectiveFrom, validTo }) as CuratedFact;
  const record: CurationRecord = {
    id, kind: request.kind, factId: fid, version: uid(after), closed, at: now.toISOString(), author, reason: request.reason.trim(),
    before: current, after,
  };
  return record;
}

/**
 * Plans several changes as one: each is planned against the graph with the ones before it applied, and the references
 * are checked once, on the result. Record ids are `idPrefix` plus a zero-padded position, so they sort in order (the
 * stores replay curations by time, then id). Refuses the whole batch on the first problem.
 */
export function planCurations(graph: SeedGraph, requests: CurationRequest[], now: Date, author: CurationAuthor, idPrefix: string): CurationRecord[] {
  // The versions of each fact as the batch leaves them, indexed once per kind (a library brings thousands of facts).
  const index = new Map<CurationKind, Map<string, CuratedFact[]>>();
  const versionsOf = (kind: CurationKind, fid: string) => {
    let byId = index.get(kind);
    if (!byId) {
      byId = new Map();
      for (const f of listOf(graph, kind)) byId.set(factId(kind, f), [...(byId.get(factId(kind, f)) ?? []), f]);
      index.set(kind, byId);
    }
    return byId.get(fid) ?? [];
  };
  const records = requests.map((request, i) => {
    const record = planVersion(versionsOf, request, now, author, `${idPrefix}-${String(i).padStart(6, '0')}`);
    const uidOf = (f: CuratedFact) => versionUid({ id: record.factId, validFrom: validFromOf(f) });
    const updated = versionsOf(record.kind, record.factId)
      .filter((f) => uidOf(f) !== record.version)
      .map((f) => (record.closed && uidOf(f) === record.closed.version ? ({ ...f, validTo: record.closed.validTo } as CuratedFact) : f));
    index.get(record.kind)!.set(record.factId, [...updated, record.after]);
    return record;
  });
  const problems = checkReferences(applyCurations(graph, records));
  if (problems.length > 0) throw new BadInputError('input.fact', problems.map((p) => `${p.path ? `${p.path}: ` : ''}${p.message}`).join('; '));
  return records;
}

/** The graph with the records applied in order: each closes its old version and adds its new one. */
export function applyCurations(graph: SeedGraph, records: CurationRecord[]): SeedGraph {
  if (records.length === 0) return graph;
  // Per kind, the versions by uid in list order: a record replaces its own version (moved to the end, as appended)
  // and closes the one it names, in one pass over the records however many there are.
  const lists = new Map<CurationKind, Map<string, CuratedFact>>();
  for (const r of records) {
    const uidOf = (f: CuratedFact) => versionUid({ id: factId(r.kind, f), validFrom: validFromOf(f) });
    let byUid = lists.get(r.kind);
    if (!byUid) lists.set(r.kind, (byUid = new Map(listOf(graph, r.kind).map((f) => [uidOf(f), f]))));
    const closing = r.closed ? byUid.get(r.closed.version) : undefined;
    if (r.closed && closing) byUid.set(r.closed.version, { ...closing, validTo: r.closed.validTo } as CuratedFact);
    byUid.delete(r.version);
    byUid.set(r.version, r.after);
  }
  const next: SeedGraph = { ...graph };
  for (const [kind, byUid] of lists) (next as unknown as Record<string, CuratedFact[]>)[keyOf(kind)] = [...byUid.values()];
  return next;
}

function keyOf(kind: CurationKind): keyof SeedGraph {
  return ({
    CONNECTION_REQUIREMENT: 'connectionRequirements',
    AUDIT_REQUIREMENT: 'auditRequirements',
    ELIGIBILITY_RULE: 'eligibilityRules',
    NORM: 'norms',
    MAPPING: 'mappings',
    EVIDENCE_COST: 'costModel',
    NORM_FRAMEWORK: 'frameworks',
    SOURCE: 'sources',
  } as const)[kind];
}
