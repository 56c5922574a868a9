// The embedded store: the whole graph in memory, persisted as one JSON file written atomically to the data directory.
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { BadInputError, StoreUnavailableError } from '../../domain/errors.js';
import type { Catalogue, Collaboration, Municipality, SeedGraph, Source } from '../../domain/model.js';
import type { LoadedSeed } from '../../seed/load.js';
import { canonicalCatalogue, canonicalRecord, deepFreeze } from '../canonical.js';
import { countLayout, EMPTY_GRAPH, layoutGraph } from '../graph-layout.js';
import { checkPageSize, compareKeys, decodeCursor, encodeCursor, normaliseSearch, type PageKey } from '../paging.js';
import type {
  AccessLogEntry,
  AccessLogReceipt,
  AccessLogQuery,
  ApiKey,
  CollaborationRecord,
  GraphCounts,
  GraphStore,
  ImportBatch,
  ImportSummary,
  Page,
  PageRequest,
  Scenario,
  SeedStatus,
} from '../port.js';
import { AppendLog } from './append-log.js';
import { currentScope } from '../operation-scope.js';
import { DeferredOutcomes } from '../deferred-outcomes.js';
import { ScopeReads } from '../scope-reads.js';
import { applyCurations, type CurationKind, type CurationRecord } from '../../domain/curation.js';

/** The version of the data file a read saw: another process writing it changes its mtime or size. */
const fileVersion = (info: { mtimeMs: number; size: number }) => `${info.mtimeMs}:${info.size}`;

/** Bumped when the file layout changes, so an old file is refused with a clear message instead of misread. */
const FORMAT_VERSION = 2;
const FILE_NAME = 'graph.json';

interface PersistedState {
  format: number;
  seed: { hash: string; loadedAt: string } | null;
  graph: SeedGraph | null;
  /** Kept apart from the seed: reseeding never removes them. Absent in files written before they existed. */
  imported?: { sources: Source[]; collaborations: Collaboration[] };
  scenarios?: Scenario[];
  apiKeys?: ApiKey[];
  /** Curations in the order applied; the graph the store answers with is the seed with these applied. */
  curations?: CurationRecord[];
}

export interface MemoryStoreOptions {
  /** Longest a recorded outcome waits for another append to carry it (default `OUTCOME_DELAY_MS`). */
  outcomeDelayMs?: number;
}

export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  private state: PersistedState = { format: FORMAT_VERSION, seed: null, graph: null, imported: { sources: [], collaborations: [] }, scenarios: [] };
  private closed = false;
  /** The access log lives in its own append-only file: one flushed line per entry, never a rewrite of the graph file. */
  private readonly accessLogFile: AppendLog<AccessLogEntry> | null;
  /** Only without a data folder (tests): with one, the log is read from its file when asked, not kept in memory. */
  private readonly accessEntries: AccessLogEntry[] = [];

  /** Outcomes of entries already written, carried by the next append (see `recordOutcome`). */
  private readonly outcomes: DeferredOutcomes;

  private constructor(private readonly dataDir: string | null, options: MemoryStoreOptions) {
    this.accessLogFile = dataDir ? new AppendLog(path.join(dataDir, 'access-log.jsonl')) : null;
    this.outcomes = new DeferredOutcomes(() => void this.writeLog().catch(() => undefined), options.outcomeDelayMs);
  }

  /** Opens the store kept in `dataDir` (created when missing); `null` keeps it in memory only, for tests. */
  static async open(dataDir: string | null, options: MemoryStoreOptions = {}): Promise<MemoryStore> {
    const store = new MemoryStore(dataDir, options);
    if (dataDir) await store.readState(dataDir);
    return store;
  }

  private async readState(dataDir: string): Promise<void> {
    const file = path.join(dataDir, FILE_NAME);
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new StoreUnavailableError(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
    }
    let parsed: PersistedState;
    try {
      parsed = JSON.parse(raw) as PersistedState;
    } catch (error) {
      throw new StoreUnavailableError(`${file} is not valid JSON; move it away to start from the seed again`, { cause: error });
    }
    if (parsed.format !== FORMAT_VERSION) {
      throw new StoreUnavailableError(`${file} has format ${String(parsed.format)}, expected ${FORMAT_VERSION}; move it away to reseed`);
    }
    this.state = parsed;
    const info = await stat(file);
    this.seen = { mtimeMs: info.mtimeMs, size: info.size };
  }

  /** Writes to a temporary file, flushes it, then renames it over the old one: a crash leaves the old or the new state, never half of one. */
  private async persist(next: PersistedState): Promise<void> {
    if (!this.dataDir) {
      this.state = next;
      return;
    }
    await mkdir(this.dataDir, { recursive: true });
    const file = path.join(this.dataDir, FILE_NAME);
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(JSON.stringify(next));
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(tmp, file);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
    this.state = next;
    const info = await stat(file);
    this.seen = { mtimeMs: info.mtimeMs, size: info.size };
  }

  private graph(): SeedGraph {
    this.assertOpen();
    if (!this.state.graph) throw new StoreUnavailableError('the embedded store holds no graph yet: run `npm run seed`');
    if (this.curated?.base !== this.state.graph || this.curated.records !== this.state.curations) {
      this.curated = { base: this.state.graph, records: this.state.curations, graph: applyCurations(this.state.graph, this.state.curations ?? []) };
    }
    return this.curated.graph;
  }

  /** The seed with the curations applied, kept until either changes. */
  private curated: { base: SeedGraph; records: CurationRecord[] | undefined; graph: SeedGraph } | null = null;
  /**
   * Writes run one after another, each from the state the previous one left: concurrent saves never lose each other,
   * and the version a curation checks is still the one in force when it is written.
   */
  private writeQueue: Promise<unknown> = Promise.resolve();

  private write<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writeQueue.then(work, work);
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the embedded store is closed');
  }

  /** What was last read from or written to the data file, to notice another process (the CLI) writing it. */
  private seen: { mtimeMs: number; size: number } | null = null;
  /** The file version each unit of work (request) reads at: once it looked, the rest of its reads use what it saw. */
  private reads = new ScopeReads();

  /**
   * Makes the state current before a read: another process (the CLI) may have written the file. Once per unit of work:
   * later calls of the same request use what it saw first. A unit of work that confirms its reads at its access-log
   * append does not look at the file here: that append does, beside its own write (see `appendAccessLog`).
   */
  private async ready(): Promise<void> {
    this.assertOpen();
    if (!this.dataDir) return;
    const scope = currentScope();
    if (scope && this.reads.isConfirmed(scope)) return;
    if (this.seen && this.reads.readWithoutAsking(scope, fileVersion(this.seen))) return;
    await this.current();
    if (scope) this.reads.confirm(scope, this.seenVersion());
  }

  private seenVersion(): string | null {
    return this.seen ? fileVersion(this.seen) : null;
  }

  /**
   * Checks the store is open and picks up the data file if another process changed it since (e.g. `harmonie keys
   * create` beside a running server). Every write starts with it; the embedded store is for one machine, not for
   * concurrent writers.
   */
  private async current(): Promise<void> {
    this.assertOpen();
    if (!this.dataDir) return;
    const info = await this.statState();
    if (!info || (this.seen && fileVersion(this.seen) === fileVersion(info))) return;
    await this.readState(this.dataDir);
  }

  private statState(): Promise<{ mtimeMs: number; size: number } | null> {
    return this.dataDir ? stat(path.join(this.dataDir, FILE_NAME)).catch(() => null) : Promise.resolve(null);
  }

  async ping(): Promise<void> {
    await this.ready();
  }

  async seedStatus(): Promise<SeedStatus> {
    await this.ready();
    const seed = this.state.seed;
    return { seeded: seed !== null, hash: seed?.hash ?? null, loadedAt: seed?.loadedAt ?? null };
  }

  async loadSeed(seed: LoadedSeed): Promise<void> {
    return this.write(async () => {
      await this.current();
      if (this.state.seed?.hash === seed.hash) return;
      // Structured clone: the caller's object must not alias the stored graph.
      await this.persist({ ...this.state, seed: { hash: seed.hash, loadedAt: new Date().toISOString() }, graph: structuredClone(seed.graph) });
    });
  }

  async catalogue(): Promise<Catalogue> {
    await this.ready();
    const graph = this.graph();
    const imports = this.state.imported;
    // Built once per graph and imports: a deeply frozen copy every request shares, instead of a clone per request.
    if (!this.catalogueCache || this.catalogueCache.graph !== graph || this.catalogueCache.imports !== imports) {
      const { municipalities: _m, collaborations: _c, ...catalogue } = graph;
      const sources = [...catalogue.sources, ...(imports?.sources ?? [])];
      this.catalogueCache = { graph, imports, value: deepFreeze(canonicalCatalogue(structuredClone({ ...catalogue, sources }))) };
    }
    return this.catalogueCache.value;
  }

  private catalogueCache: { graph: SeedGraph; imports: PersistedState['imported']; value: Catalogue } | null = null;

  private imported(): { sources: Source[]; collaborations: Collaboration[] } {
    return this.state.imported ?? { sources: [], collaborations: [] };
  }

  /** Seeded and imported collaborations together. */
  private allCollaborations(g: SeedGraph): Collaboration[] {
    return [...g.collaborations, ...this.imported().collaborations];
  }

  async municipalities(request: PageRequest): Promise<Page<Municipality>> {
    await this.ready();
    return page(
      this.graph().municipalities.map((m) => ({ key: { name: m.name, id: m.id }, node: () => structuredClone(m), code: m.cbsCode })),
      request,
    );
  }

  async collaborations(request: PageRequest): Promise<Page<CollaborationRecord>> {
    await this.ready();
    const g = this.graph();
    const byId = new Map(g.municipalities.map((m) => [m.id, m]));
    return page(
      this.allCollaborations(g).map((c) => ({ key: { name: c.name, id: c.id }, node: () => record(c, byId), code: c.id })),
      request,
    );
  }

  async collaboration(id: string): Promise<CollaborationRecord | null> {
    await this.ready();
    const g = this.graph();
    const c = this.allCollaborations(g).find((x) => x.id === id);
    return c ? record(c, new Map(g.municipalities.map((m) => [m.id, m]))) : null;
  }

  async municipalitiesByIds(ids: string[]): Promise<Municipality[]> {
    await this.ready();
    const wanted = new Set(ids);
    return structuredClone(this.graph().municipalities.filter((m) => wanted.has(m.id))).sort((a, b) => (a.id < b.id ? -1 : 1));
  }


  async counts(): Promise<GraphCounts> {
    await this.ready();
    const counts = this.state.graph ? countLayout(layoutGraph(this.graph())) : { nodes: {}, relationships: {} };
    if (this.state.seed) counts.nodes.SeedInfo = 1;
    // Imported collaborations and sources are laid out like seeded ones; scenarios are one node each.
    const imported = this.imported();
    if (imported.collaborations.length > 0 || imported.sources.length > 0) {
      const extra = countLayout(layoutGraph({ ...EMPTY_GRAPH, sources: imported.sources, collaborations: imported.collaborations }));
      for (const [k, v] of Object.entries(extra.nodes)) if (v > 0) counts.nodes[k] = (counts.nodes[k] ?? 0) + v;
      for (const [k, v] of Object.entries(extra.relationships)) if (v > 0) counts.relationships[k] = (counts.relationships[k] ?? 0) + v;
    }
    const scenarios = this.state.scenarios?.length ?? 0;
    if (scenarios > 0) counts.nodes.Scenario = scenarios;
    const curations = this.state.curations?.length ?? 0;
    if (curations > 0) counts.nodes.Curation = curations;
    return counts;
  }

  async saveScenario(scenario: Scenario): Promise<void> {
    return this.write(async () => {
      await this.current();
      const others = (this.state.scenarios ?? []).filter((s) => s.id !== scenario.id);
      await this.persist({ ...this.state, scenarios: [...others, structuredClone(scenario)] });
    });
  }

  async scenario(id: string): Promise<Scenario | null> {
    await this.ready();
    const found = (this.state.scenarios ?? []).find((s) => s.id === id);
    return found ? structuredClone(found) : null;
  }

  async scenarios(request: Omit<PageRequest, 'search'> & { owner: string | null }): Promise<Page<Scenario>> {
    await this.ready();
    const mine = (this.state.scenarios ?? []).filter((s) => request.owner === null || s.owner === request.owner);
    return page(mine.map((s) => ({ key: { name: s.name, id: s.id }, node: () => structuredClone(s), code: s.id })), { ...request, search: null });
  }

  async deleteScenario(id: string): Promise<boolean> {
    return this.write(async () => {
      await this.current();
      const before = this.state.scenarios ?? [];
      const after = before.filter((s) => s.id !== id);
      if (after.length === before.length) return false;
      await this.persist({ ...this.state, scenarios: after });
      return true;
    });
  }

  async importCollaborations(batch: ImportBatch): Promise<ImportSummary> {
    return this.write(async () => {
      await this.current();
      const g = this.graph();
      const seeded = new Set(g.collaborations.map((c) => c.id));
      const clash = batch.collaborations.find((c) => seeded.has(c.id));
      if (clash) throw new BadInputError('collaborations', `"${clash.id}" is a seeded collaboration; an import cannot change it`);
      const current = this.imported();
      const sources = new Map(current.sources.map((s) => [s.id, s]));
      for (const s of batch.sources) sources.set(s.id, s);
      const byId = new Map(current.collaborations.map((c) => [c.id, structuredClone(c)]));
      const summary: ImportSummary = { collaborationsCreated: 0, collaborationsUpdated: 0, membershipsAdded: 0 };
      for (const incoming of batch.collaborations) {
        const existing = byId.get(incoming.id);
        if (!existing) {
          byId.set(incoming.id, structuredClone(incoming));
          summary.collaborationsCreated += 1;
          summary.membershipsAdded += incoming.members.length;
          continue;
        }
        const have = new Set(existing.members.map((m) => m.municipality));
        const added = incoming.members.filter((m) => !have.has(m.municipality));
        const sourcesAdded = incoming.sources.filter((s) => !existing.sources.includes(s));
        if (added.length === 0 && sourcesAdded.length === 0) continue;
        existing.members.push(...added);
        existing.sources.push(...sourcesAdded);
        summary.collaborationsUpdated += 1;
        summary.membershipsAdded += added.length;
      }
      const unchanged = summary.collaborationsCreated === 0 && summary.collaborationsUpdated === 0 && batch.sources.every((s) => current.sources.some((c) => c.id === s.id));
      if (!unchanged) {
        await this.persist({ ...this.state, imported: { sources: [...sources.values()], collaborations: [...byId.values()] } });
      }
      return summary;
    });
  }

  async curate(plan: (graph: SeedGraph) => CurationRecord): Promise<CurationRecord> {
    const [record] = await this.curateAll((graph) => [plan(graph)]);
    return record!;
  }

  async curateAll(plan: (graph: SeedGraph) => CurationRecord[]): Promise<CurationRecord[]> {
    return this.write(async () => {
      await this.current();
      const records = plan(this.graph());
      if (records.length > 0) await this.persist({ ...this.state, curations: [...(this.state.curations ?? []), ...structuredClone(records)] });
      return records;
    });
  }

  async curations(query: { kind: CurationKind | null; factId: string | null; first: number; after: string | null }): Promise<Page<CurationRecord>> {
    await this.ready();
    const records = (this.state.curations ?? []).filter((r) => (query.kind === null || r.kind === query.kind) && (query.factId === null || r.factId === query.factId));
    return page(records.map((r) => ({ key: { name: r.at, id: r.id }, node: () => structuredClone(r), code: r.id })), { first: query.first, after: query.after, search: null });
  }

  async saveApiKey(key: ApiKey): Promise<void> {
    return this.write(async () => {
      await this.current();
      const others = (this.state.apiKeys ?? []).filter((k) => k.id !== key.id);
      await this.persist({ ...this.state, apiKeys: [...others, structuredClone(key)] });
    });
  }

  async apiKey(id: string): Promise<ApiKey | null> {
    await this.ready();
    const key = (this.state.apiKeys ?? []).find((k) => k.id === id);
    return key ? structuredClone(key) : null;
  }

  async apiKeys(): Promise<ApiKey[]> {
    await this.ready();
    return structuredClone(this.state.apiKeys ?? []).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  }

  /**
   * Appends the entry durably. For a unit of work that read the state without looking at the file, the file is looked at
   * beside the write (the two at once): changed by another process since, the receipt says so.
   */
  async appendAccessLog(entry: AccessLogEntry): Promise<AccessLogReceipt> {
    this.assertOpen();
    const scope = currentScope();
    const write = this.writeLog(entry);
    // Read unconfirmed: the file's version now, to compare. Nothing read yet: the state made current, so that what the
    // unit of work reads after it (a mutation, whose entry is written before it runs) needs no other look.
    const look = !scope || this.reads.isConfirmed(scope)
      ? undefined
      : this.reads.hasUnconfirmed(scope)
        ? this.statState().then((info) => (info ? fileVersion(info) : null))
        : this.current().then(() => this.seenVersion());
    const [, now] = await Promise.all([write, look]);
    return this.reads.receipt(scope, now ?? null);
  }

  /** Records the outcome with the next append, or on its own within the outcome delay (see `DeferredOutcomes`). */
  recordOutcome(entry: AccessLogEntry): Promise<void> {
    this.assertOpen();
    return this.outcomes.add(entry);
  }

  /** Writes `entries` after the outcomes waiting, in one flushed append; settles those outcomes with it. */
  private writeLog(...entries: AccessLogEntry[]): Promise<void> {
    const outcomes = this.outcomes.take();
    const all = [...outcomes.map((o) => o.entry), ...entries];
    if (all.length === 0) return Promise.resolve();
    const write = this.accessLogFile ? this.accessLogFile.append(...all) : Promise.resolve(void this.accessEntries.push(...structuredClone(all)));
    write.then(() => outcomes.forEach((o) => o.resolve()), (error: unknown) => outcomes.forEach((o) => o.reject(error)));
    return write;
  }

  async accessLog(query: AccessLogQuery): Promise<Page<AccessLogEntry>> {
    await this.ready();
    // The outcomes this process has recorded are part of the log it shows.
    await this.outcomes.flush();
    // Later lines of the same id record the outcome of an earlier one: the last line of each id wins.
    const latest = new Map<string, AccessLogEntry>();
    for (const e of this.accessLogFile ? await this.accessLogFile.readAll() : this.accessEntries) latest.set(e.id, e);
    const entries = [...latest.values()].filter(
      (e) => (query.organisation === null || e.actingFor === query.organisation) && (query.from === null || e.at >= query.from) && (query.to === null || e.at < query.to),
    );
    return page(entries.map((e) => ({ key: { name: e.at, id: e.id }, node: () => structuredClone(e), code: e.id })), { first: query.first, after: query.after, search: null });
  }

  async close(): Promise<void> {
    await this.outcomes.flush();
    this.closed = true;
    await this.accessLogFile?.close();
  }
}

/** A collaboration with its member municipalities resolved (members the graph does not hold are left out). */
function record(c: Collaboration, municipalities: Map<string, Municipality>): CollaborationRecord {
  return canonicalRecord(
    structuredClone({
      collaboration: c,
      members: c.members.flatMap((m) => {
        const municipality = municipalities.get(m.municipality);
        return municipality ? [{ municipality, confidence: m.confidence }] : [];
      }),
    }),
  );
}

/** One page of entries; a node is built (copied, resolved) only when it is on the page. */
function page<T>(entries: Array<{ key: PageKey; node: () => T; code: string }>, request: PageRequest): Page<T> {
  const first = checkPageSize(request.first);
  const after = request.after === null ? null : decodeCursor(request.after);
  const search = normaliseSearch(request.search);
  const matching = entries
    .filter((e) => search === null || e.key.name.toLowerCase().includes(search) || e.code.toLowerCase().includes(search))
    .sort((a, b) => compareKeys(a.key, b.key));
  const rest = after === null ? matching : matching.filter((e) => compareKeys(e.key, after) > 0);
  return {
    items: rest.slice(0, first).map((e) => ({ node: e.node(), cursor: encodeCursor(e.key) })),
    totalCount: matching.length,
    hasNextPage: rest.length > first,
  };
}
