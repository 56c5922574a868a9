// The store port: what the analyses and the API need from a graph store, implemented by the Neo4j and the embedded adapter.
import type { CurationKind, CurationRecord } from '../domain/curation.js';
import type { Catalogue, Collaboration, Confidence, Municipality, SeedGraph, Source } from '../domain/model.js';
import type { Role } from '../domain/access.js';
import type { AnalysisInput } from '../domain/scope.js';
import type { LoadedSeed } from '../seed/load.js';

export interface PageRequest {
  /** Case-insensitive substring of the name (or the code/id). */
  search: string | null;
  first: number;
  /** Opaque cursor from a previous page's `endCursor`. */
  after: string | null;
}

export interface Page<T> {
  items: Array<{ node: T; cursor: string }>;
  totalCount: number;
  hasNextPage: boolean;
}

export interface CollaborationRecord {
  collaboration: Collaboration;
  members: Array<{ municipality: Municipality; confidence: Confidence }>;
}

export interface SeedStatus {
  seeded: boolean;
  hash: string | null;
  loadedAt: string | null;
}

/** Node counts per label and relationship counts per type of the stored graph. */
export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** A saved what-if: a baseline and a variant analysis input, owned by an organisation. */
export interface Scenario {
  id: string;
  name: string;
  /** The organisation that owns it (an OIN, municipality or collaboration id). */
  owner: string;
  baseline: AnalysisInput;
  variant: AnalysisInput;
  createdAt: string;
  updatedAt: string;
}

/** Collaborations and memberships read from a public data set; kept apart from the seed, which never removes them. */
export interface ImportBatch {
  /** The sources the imported collaborations cite (the imported file). */
  sources: Source[];
  collaborations: Collaboration[];
}

export interface ImportSummary {
  collaborationsCreated: number;
  collaborationsUpdated: number;
  membershipsAdded: number;
}

/** An API key as stored: never the secret itself, only its hash. */
export interface ApiKey {
  id: string;
  name: string;
  role: Role;
  /** The OIN of the organisation the key belongs to. */
  organisation: string;
  /** Other organisations (OINs) it may act for. */
  actingFor: string[];
  /** sha256 of the secret, hex. */
  hash: string;
  createdAt: string;
  revokedAt: string | null;
}

/**
 * What an access-log append tells the unit of work it was made in. A store that answers reads of a scope that
 * `confirmsReadsAtLog` without asking whether what it holds is current (the Neo4j store's cached catalogue, the
 * embedded store's loaded data file) checks it in the append: `readsCurrent` false means the data changed after it was
 * read, so the answer may be older than the request and must be given again (its next reads are fresh). Always true
 * for a scope that read nothing that way. The bookkeeping is `ScopeReads` (scope-reads.ts).
 */
export interface AccessLogReceipt {
  readsCurrent: boolean;
}

/** One protocol entry: who asked what, for whom, why, and how it ended. */
export interface AccessLogEntry {
  id: string;
  at: string;
  keyId: string | null;
  role: Role | null;
  actingFor: string | null;
  purpose: string | null;
  operation: string | null;
  /** sha256 of the request's variables as JSON, hex; null without variables. */
  variablesHash: string | null;
  /**
   * `OK`, or the error code the request ended with; `PENDING` while it runs. A query's outcome is written just after its
   * answer leaves (its entry before): a crash in between leaves `PENDING`: the request was admitted, how it ended was not kept.
   */
  outcome: string;
}

export interface AccessLogQuery {
  organisation: string | null;
  from: string | null;
  to: string | null;
  first: number;
  after: string | null;
}

export interface GraphStore {
  readonly kind: 'neo4j' | 'memory';
  /** Resolves when the store answers; throws `StoreUnavailableError` otherwise. */
  ping(): Promise<void>;
  seedStatus(): Promise<SeedStatus>;
  /** Replaces the seeded graph with `seed` in one all-or-nothing write; loading the same seed twice changes nothing. */
  loadSeed(seed: LoadedSeed): Promise<void>;
  /** The whole reference graph in one round trip, in canonical order. */
  catalogue(): Promise<Catalogue>;
  municipalities(request: PageRequest): Promise<Page<Municipality>>;
  collaborations(request: PageRequest): Promise<Page<CollaborationRecord>>;
  collaboration(id: string): Promise<CollaborationRecord | null>;
  /** The municipalities with these ids that exist, in id order. */
  municipalitiesByIds(ids: string[]): Promise<Municipality[]>;
  counts(): Promise<GraphCounts>;
  /** Creates or replaces a scenario, in one write. */
  saveScenario(scenario: Scenario): Promise<void>;
  scenario(id: string): Promise<Scenario | null>;
  /** Scenarios in (name, id) order; `owner` limits them to one organisation's. */
  scenarios(request: Omit<PageRequest, 'search'> & { owner: string | null }): Promise<Page<Scenario>>;
  /** True when it existed. */
  deleteScenario(id: string): Promise<boolean>;
  /**
   * Merges imported collaborations in one all-or-nothing write: new ones are created, existing imported ones get the
   * members they lack (memberships are only ever added, so importing the same file twice changes nothing); legal form
   * and facilities are set at creation and never changed by a later import.
   * A seeded collaboration with the same id is never touched.
   */
  importCollaborations(batch: ImportBatch): Promise<ImportSummary>;
  /**
   * Applies one curation atomically: `plan` (the domain's) sees the curated graph as it is inside the write and returns
   * the change, or throws to refuse it; concurrent curations run one after another, so a stale plan cannot pass.
   * Curations survive a reseed: they are applied again on top of the new seed.
   */
  curate(plan: (graph: SeedGraph) => CurationRecord): Promise<CurationRecord>;
  /** Like `curate`, for several changes in one all-or-nothing write (an imported library); none is written when `plan` throws. */
  curateAll(plan: (graph: SeedGraph) => CurationRecord[]): Promise<CurationRecord[]>;
  /** The change history, oldest first; optionally of one kind and fact. */
  curations(query: { kind: CurationKind | null; factId: string | null; first: number; after: string | null }): Promise<Page<CurationRecord>>;
  saveApiKey(key: ApiKey): Promise<void>;
  apiKey(id: string): Promise<ApiKey | null>;
  apiKeys(): Promise<ApiKey[]>;
  /**
   * Appends an entry, or records the outcome of one appended before (same id). Never rewrites history. Resolves once
   * the entry is durable, with whether what the unit of work read is still current (see `AccessLogReceipt`).
   */
  appendAccessLog(entry: AccessLogEntry): Promise<AccessLogReceipt>;
  /**
   * Records the outcome of an entry already durable (same id), without a commit of its own: it goes with the next
   * access-log commit, or on its own within `OUTCOME_DELAY_MS` (deferred-outcomes.ts). Resolves once durable.
   * `accessLog` and `close` write what waits first.
   */
  recordOutcome(entry: AccessLogEntry): Promise<void>;
  /** Entries in time order (latest outcome per id), filtered by acting-for organisation and time. */
  accessLog(query: AccessLogQuery): Promise<Page<AccessLogEntry>>;
  close(): Promise<void>;
}
