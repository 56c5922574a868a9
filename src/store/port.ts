// The store port: what the analyses and the API need from a graph store, implemented by the Neo4j and the embedded adapter.
import type { Catalogue, Collaboration, Confidence, Municipality } from '../domain/model.js';
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
  close(): Promise<void>;
}
