// Use cases shared by the API and the CLI: read what an analysis needs from the store, resolve it, run the domain.
import type { LpSolver } from '../domain/audit/solve.js';
import { CatalogueIndex } from '../domain/catalogue.js';
import { compareScenarios, type ScenarioComparison } from '../domain/scenarios.js';
import { resolveScope, type AnalysisInput, type AnalysisScope } from '../domain/scope.js';
import type { Catalogue, Collaboration, Municipality } from '../domain/model.js';
import { MAX_PAGE_SIZE } from '../store/paging.js';
import { highsSolver } from '../solver/highs.js';
import type { GraphStore, Page, PageRequest } from '../store/port.js';

/** A store plus the catalogue read once for a unit of work (an HTTP request, a CLI command), and the MIP solver. */
export interface Session {
  store: GraphStore;
  lpSolver: LpSolver;
  catalogue(): Promise<CatalogueIndex>;
}

/**
 * One index per catalogue object: both stores hand out the same frozen catalogue until the graph changes, so the index
 * (and what it caches per date, such as the norm classes) is built once per graph version, not once per request.
 */
const indexes = new WeakMap<Catalogue, CatalogueIndex>();

export function indexOf(catalogue: Catalogue): CatalogueIndex {
  let index = indexes.get(catalogue);
  if (!index) {
    index = new CatalogueIndex(catalogue);
    // Only a frozen catalogue is shared; a mutable one may change under the index, so it gets its own each time.
    if (Object.isFrozen(catalogue)) indexes.set(catalogue, index);
  }
  return index;
}

export function createSession(store: GraphStore, lpSolver: LpSolver = highsSolver): Session {
  let pending: Promise<CatalogueIndex> | undefined;
  return {
    store,
    lpSolver,
    catalogue() {
      pending ??= store.catalogue().then(indexOf);
      return pending;
    },
  };
}

/** Reads what an analysis input names — catalogue, collaboration, members — and resolves it into a checked scope. */
export async function analysisScope(session: Session, input: AnalysisInput, field = 'input'): Promise<{ index: CatalogueIndex; scope: AnalysisScope }> {
  const [index, record] = await Promise.all([
    session.catalogue(),
    input.collaboration != null ? session.store.collaboration(input.collaboration) : Promise.resolve(null),
  ]);
  const memberIds = input.members ?? record?.collaboration.members.map((m) => m.municipality) ?? [];
  const municipalities = input.members != null ? await session.store.municipalitiesByIds(memberIds) : (record?.members.map((m) => m.municipality) ?? []);
  return { index, scope: resolveScope(index, input, { collaboration: record?.collaboration ?? null, municipalities }, field) };
}

/** Compares two inputs; `fields` name them in errors (e.g. `baseline`, `input.variant`). */
export async function compareInputs(session: Session, baseline: AnalysisInput, variant: AnalysisInput, fields: [string, string]): Promise<ScenarioComparison> {
  const [b, v] = await Promise.all([analysisScope(session, baseline, fields[0]), analysisScope(session, variant, fields[1])]);
  return compareScenarios(b.index, { input: baseline, scope: b.scope }, { input: variant, scope: v.scope }, session.lpSolver);
}

/** Every item of a paged list, read a full page at a time. */
export async function allPages<T>(page: (request: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const p = await page({ search: null, first: MAX_PAGE_SIZE, after });
    out.push(...p.items.map((i) => i.node));
    if (!p.hasNextPage) return out;
    after = p.items.at(-1)?.cursor ?? null;
  }
}

/** Every collaboration in the store with its member municipalities. */
export async function allCollaborations(store: GraphStore): Promise<Array<{ collaboration: Collaboration; members: Municipality[] }>> {
  const records = await allPages((r) => store.collaborations(r));
  return records.map((r) => ({ collaboration: r.collaboration, members: r.members.map((m) => m.municipality) }));
}
