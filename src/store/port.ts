// The store port: what the analyses and the API need from a graph store, implemented by the Neo4j and the embedded adapter.
import type { Catalogue, Collaboration, Confidence, Municipality, Source } from '../domain/model.js';
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
  close(): Promise<void>;
}
