// The Neo4j adapter: the store port over Neo4j. Loads the graph layout with idempotent MERGE batches in one transaction
// (graph-writes.ts), reads each request shape in one Cypher statement (cypher.ts, rows mapped in rows.ts), keeps the
// catalogue per graph version, and writes the access log by group commit. Schema: schema.ts; transactions: executor.ts.
import neo4j from 'neo4j-driver';
import type { Neo4jConfig } from '../../config.js';
import type { CurationKind, CurationRecord } from '../../domain/curation.js';
import { BadInputError, StoreUnavailableError } from '../../domain/errors.js';
import type { Catalogue, Municipality, SeedGraph } from '../../domain/model.js';
import type { LoadedSeed } from '../../seed/load.js';
import { deepFreeze } from '../canonical.js';
import { EMPTY_GRAPH, layoutGraph, properties } from '../graph-layout.js';
import { checkPageSize, decodeCursor, encodeCursor, normaliseSearch } from '../paging.js';
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
import { currentScope } from '../operation-scope.js';
import { DeferredOutcomes } from '../deferred-outcomes.js';
import { ScopeReads } from '../scope-reads.js';
import { BULK_TX_TIMEOUT_MS, Neo4jExecutor, type Row } from './executor.js';
import {
  APPEND_LOG,
  BATCH,
  BUMP_VERSION,
  CATALOGUE_CYPHER,
  cites,
  COLLABORATION_PROJECTION,
  IMPORTED,
  pageCypher,
  READ_VERSION,
  VERSIONED_CATALOGUE_CYPHER,
} from './cypher.js';
import { mergeNodes, mergeRelationships, writeCurations } from './graph-writes.js';
import { toAccessLogEntry, toApiKey, toCatalogue, toCollaborationRecord, toMunicipality, toScenario } from './rows.js';
import { ensureSchema } from './schema.js';

/** Access-log entries written in one transaction at most; more wait for the next. */
const LOG_BATCH = 500;

/** An entry waiting for the next group commit, and what to tell whoever waits for it once that commit ends. */
interface LogItem {
  entry: AccessLogEntry;
  /** Called with the graph version the commit read. */
  done: (version: string | null) => void;
  fail: (error: unknown) => void;
}

export interface Neo4jStoreOptions {
  /** Longest a recorded outcome waits for another commit to carry it (default `OUTCOME_DELAY_MS`). */
  outcomeDelayMs?: number;
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private schemaReady = false;
  /** The catalogue of the graph version last read, deeply frozen and shared by every request until the version changes. */
  private cached: { version: string; catalogue: Catalogue; municipalities: Map<string, Municipality> } | null = null;
  /** A catalogue read under way, so concurrent requests that find the cache outdated read it once. */
  private loading: { version: string | null; promise: Promise<Catalogue> } | null = null;
  /**
   * The graph version each unit of work (request) reads at: later reads of the same request use the same snapshot,
   * which is never older than the request. A graph write through this store forgets it for the writing request.
   */
  private reads = new ScopeReads();
  /** Access-log entries waiting for the next group commit, each with the request waiting for it. */
  private logQueue: LogItem[] = [];
  private logWriting = false;
  /** The group commit under way, or the last one: what `close` waits for. */
  private logDone: Promise<void> = Promise.resolve();
  /** Outcomes of entries already written, carried by the next commit (see `recordOutcome`). */
  private readonly outcomes: DeferredOutcomes;
  /** Access-log transactions committed or failed, and the entries they held: lets tests see group commit at work. */
  readonly logStats = { transactions: 0, entries: 0 };

  constructor(readonly executor: Neo4jExecutor, options: Neo4jStoreOptions = {}) {
    this.outcomes = new DeferredOutcomes(() => this.startLogWrite(), options.outcomeDelayMs);
  }

  /** A store whose schema is not yet ensured: `open` is the way to start one; this one is for tests that need no server. */
  static create(config: Neo4jConfig, options: Neo4jStoreOptions = {}): Neo4jStore {
    return new Neo4jStore(Neo4jExecutor.create(config), options);
  }

  /**
   * Opens the store and ensures its schema (constraints, indexes) before any request. If Neo4j is not reachable yet
   * the store opens anyway; the schema is then ensured by the first `ping` (readiness check) that reaches it.
   */
  static async open(config: Neo4jConfig, options: Neo4jStoreOptions = {}): Promise<Neo4jStore> {
    const store = Neo4jStore.create(config, options);
    try {
      await store.ensureSchema();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) {
        await store.close();
        throw error;
      }
    }
    return store;
  }

  async ping(): Promise<void> {
    await this.executor.read('RETURN 1 AS ok');
    if (!this.schemaReady) await this.ensureSchema();
  }

  /**
   * The graph version as Neo4j holds it now; null when the graph was never written through a store. Concurrent callers
   * share reads, but only reads that start after they called: while one read is under way, every caller that arrives
   * waits for the next, which starts when that one ends and answers them all.
   */
  graphVersion(): Promise<string | null> {
    if (this.versionRead === null) return (this.versionRead = this.readVersion());
    this.nextVersionRead ??= this.versionRead
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        const read = this.readVersion();
        this.versionRead = read;
        this.nextVersionRead = null;
        return read;
      });
    return this.nextVersionRead;
  }

  /** The version read under way, and the one that starts when it ends (shared by everyone who came meanwhile). */
  private versionRead: Promise<string | null> | null = null;
  private nextVersionRead: Promise<string | null> | null = null;

  private readVersion(): Promise<string | null> {
    const read: Promise<string | null> = this.executor
      .autoCommit<{ version: string | null }>('read', READ_VERSION)
      .then(([row]) => row?.version ?? null)
      .finally(() => {
        if (this.versionRead === read) this.versionRead = null;
      });
    return read;
  }

  /** The version this request saw first, else the one Neo4j holds now (remembered for the rest of the request). */
  private async requestVersion(): Promise<string | null> {
    const scope = currentScope();
    if (scope && this.reads.isConfirmed(scope)) return this.reads.confirmedVersion(scope) ?? null;
    const version = await this.graphVersion();
    if (scope) this.reads.confirm(scope, version);
    return version;
  }

  /** After a graph write: the writing request reads the new version next time. */
  private wrote(): void {
    const scope = currentScope();
    if (scope) this.reads.forget(scope);
  }

  async seedStatus(): Promise<SeedStatus> {
    const [row] = await this.executor.read<{ hash: string | null; loadedAt: string | null }>(
      'OPTIONAL MATCH (s:SeedInfo {id: "seed"}) RETURN s.hash AS hash, s.loadedAt AS loadedAt',
    );
    return { seeded: Boolean(row?.hash), hash: row?.hash ?? null, loadedAt: row?.loadedAt ?? null };
  }

  /** Uniqueness constraints (which also index the keys) and name indexes for paging; idempotent. */
  async ensureSchema(layout = layoutGraph(EMPTY_GRAPH)): Promise<void> {
    if (this.schemaReady) return;
    await ensureSchema(this.executor, layout);
    this.schemaReady = true;
  }

  async loadSeed(seed: LoadedSeed): Promise<void> {
    if ((await this.seedStatus()).hash === seed.hash) return;
    const layout = layoutGraph(seed.graph);
    await this.ensureSchema(layout);
    await this.executor.write(async (tx) => {
      for (const spec of layout.nodes) await mergeNodes(tx, spec);
      for (const spec of layout.relationships) await mergeRelationships(tx, spec);
      // Curations outlive a reseed: applied again, in order, on top of the new seed.
      const curations = await tx.run<{ record: string }>('MATCH (c:Curation) RETURN c.record AS record ORDER BY c.at, c.id');
      await writeCurations(tx, curations.map((c) => JSON.parse(c.record) as CurationRecord), seed.graph.legalForms);
      await tx.run('MERGE (s:SeedInfo {id: "seed"}) SET s.hash = $hash, s.loadedAt = $loadedAt', {
        hash: seed.hash,
        loadedAt: new Date().toISOString(),
      });
      await tx.run(BUMP_VERSION);
    }, { timeoutMs: BULK_TX_TIMEOUT_MS });
    this.wrote();
  }

  /**
   * The catalogue of the graph as it is now. With a catalogue cached, one tiny statement reads the version and the
   * cached one is returned while it is current; otherwise version and catalogue are read together in one statement.
   * Every write to the reference graph, through any instance, bumps the version in its own transaction, so a
   * request that starts after a write has committed never gets the catalogue from before it.
   */
  async catalogue(): Promise<Catalogue> {
    // Nothing cached and nothing being read: read at once, one statement.
    if (!this.cached && !this.loading) return this.readCatalogue(null);
    const unconfirmed = this.unconfirmedCatalogue();
    if (unconfirmed) return unconfirmed;
    const version = await this.requestVersion();
    if (version !== null && this.cached?.version === version) return this.cached.catalogue;
    // A read started for the version seen now returns that version or a newer one: never older than this request.
    if (version !== null && this.loading?.version === version) return this.loading.promise;
    return this.readCatalogue(version);
  }

  /**
   * For a unit of work that confirms its reads at its access-log commit: the cached catalogue at once, its version noted
   * for that commit to confirm. The round trip of the version read leaves the request's path; the commit, which every
   * request makes anyway, carries the check.
   */
  private unconfirmedCatalogue(): Catalogue | null {
    const cached = this.cached;
    return cached && this.reads.readWithoutAsking(currentScope(), cached.version) ? cached.catalogue : null;
  }

  /** Reads version and catalogue together; `expected` is the version the caller saw, which others may join on. */
  private readCatalogue(expected: string | null): Promise<Catalogue> {
    const promise = this.executor
      .read<Record<keyof Catalogue, Row[]> & { version: string | null; municipalities: Row[] }>(VERSIONED_CATALOGUE_CYPHER)
      .then(([row]) => {
        const catalogue = deepFreeze(toCatalogue(row));
        const municipalities = new Map(((row?.municipalities ?? []) as Row[]).map((r) => deepFreeze(toMunicipality(r))).map((m) => [m.id, m]));
        this.cached = row?.version ? { version: row.version, catalogue, municipalities } : null;
        return catalogue;
      })
      .finally(() => {
        if (this.loading?.promise === promise) this.loading = null;
      });
    this.loading = { version: expected, promise };
    return promise;
  }

  async curate(plan: (graph: SeedGraph) => CurationRecord): Promise<CurationRecord> {
    const [record] = await this.curateAll((graph) => [plan(graph)]);
    return record!;
  }

  async curateAll(plan: (graph: SeedGraph) => CurationRecord[]): Promise<CurationRecord[]> {
    const done = await this.executor.write(async (tx) => {
      // Taking the seed node's write lock first makes concurrent curations run one after another.
      await tx.run('MATCH (s:SeedInfo {id: "seed"}) SET s.curatedAt = $at', { at: new Date().toISOString() });
      const [row] = await tx.run<Record<keyof Catalogue, Row[]>>(CATALOGUE_CYPHER);
      const graph = { ...toCatalogue(row), municipalities: [], collaborations: [] };
      const records = plan(graph);
      await writeCurations(tx, records, graph.legalForms);
      for (let i = 0; i < records.length; i += BATCH) {
        await tx.run('UNWIND $rows AS row CREATE (c:Curation {id: row.id, kind: row.kind, factId: row.factId, at: row.at, record: row.record})', {
          rows: records.slice(i, i + BATCH).map((r) => ({ id: r.id, kind: r.kind, factId: r.factId, at: r.at, record: JSON.stringify(r) })),
        });
      }
      await tx.run(BUMP_VERSION);
      return records;
    });
    this.wrote();
    return done;
  }

  async curations(query: { kind: CurationKind | null; factId: string | null; first: number; after: string | null }): Promise<Page<CurationRecord>> {
    const first = checkPageSize(query.first);
    const after = query.after === null ? null : decodeCursor(query.after);
    const rows = await this.executor.read<{ record: string }>(
      `MATCH (c:Curation) WHERE ($kind IS NULL OR c.kind = $kind) AND ($factId IS NULL OR c.factId = $factId)
       RETURN c.record AS record ORDER BY c.at, c.id`,
      { kind: query.kind, factId: query.factId },
    );
    const records = rows.map((r) => JSON.parse(r.record) as CurationRecord);
    const rest = after === null ? records : records.filter((r) => r.at > after.name || (r.at === after.name && r.id > after.id));
    return {
      totalCount: records.length,
      hasNextPage: rest.length > first,
      items: rest.slice(0, first).map((r) => ({ node: r, cursor: encodeCursor({ name: r.at, id: r.id }) })),
    };
  }

  async municipalities(request: PageRequest): Promise<Page<Municipality>> {
    return this.page('Municipality', 'cbsCode', `c {.*, ${cites('c')}}`, request, toMunicipality);
  }

  async collaborations(request: PageRequest): Promise<Page<CollaborationRecord>> {
    return this.page('Collaboration', 'id', COLLABORATION_PROJECTION, request, toCollaborationRecord);
  }

  async collaboration(id: string): Promise<CollaborationRecord | null> {
    const [row] = await this.executor.read<{ c: Row }>(`MATCH (c:Collaboration {id: $id}) RETURN ${COLLABORATION_PROJECTION} AS c`, { id });
    return row ? toCollaborationRecord(row.c) : null;
  }

  async municipalitiesByIds(ids: string[]): Promise<Municipality[]> {
    // Within a request that has read the graph version, from the read model of that version (no round trip).
    const scope = currentScope();
    const cached = this.cached;
    const readVersion = scope ? this.reads.readVersion(scope) : undefined;
    if (scope && cached && readVersion === cached.version) {
      return [...new Set(ids)]
        .flatMap((id) => {
          const m = cached.municipalities.get(id);
          return m ? [{ ...m, sources: [...m.sources] }] : [];
        })
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    const rows = await this.executor.read<{ m: Row }>(
      `MATCH (c:Municipality) WHERE c.id IN $ids RETURN c {.*, ${cites('c')}} AS m ORDER BY c.id`,
      { ids },
    );
    return rows.map((r) => toMunicipality(r.m));
  }

  private async page<T>(label: string, code: string, projection: string, request: PageRequest, map: (r: Row) => T): Promise<Page<T>> {
    const first = checkPageSize(request.first);
    const after = request.after === null ? null : decodeCursor(request.after);
    const [row] = await this.executor.read<{ total: number; hasNext: boolean; items: Row[] }>(pageCypher(label, code, projection), {
      search: normaliseSearch(request.search),
      afterName: after?.name ?? null,
      afterId: after?.id ?? null,
      first,
    });
    if (!row) throw new Error('page query returned no row');
    return {
      totalCount: row.total,
      hasNextPage: row.hasNext,
      items: row.items.map((r) => ({ node: map(r), cursor: encodeCursor({ name: String(r.name), id: String(r.id) }) })),
    };
  }

  /** The graph's facts; the version counter is bookkeeping, like the Imported label, and not counted. */
  async counts(): Promise<GraphCounts> {
    const [row] = await this.executor.read<{ nodes: Array<[string, number]>; relationships: Array<[string, number]> }>(`
      RETURN
        COLLECT { MATCH (n) UNWIND labels(n) AS label WITH label WHERE NOT label IN ['${IMPORTED}', 'GraphVersion'] WITH label, count(*) AS c RETURN [label, c] } AS nodes,
        COLLECT { MATCH ()-[r]->() WITH type(r) AS type, count(*) AS c RETURN [type, c] } AS relationships`);
    return { nodes: Object.fromEntries(row?.nodes ?? []), relationships: Object.fromEntries(row?.relationships ?? []) };
  }

  async saveScenario(scenario: Scenario): Promise<void> {
    await this.executor.write((tx) =>
      tx.run(
        'MERGE (s:Scenario {id: $id}) SET s.name = $name, s.owner = $owner, s.baseline = $baseline, s.variant = $variant, s.createdAt = $createdAt, s.updatedAt = $updatedAt',
        // Inputs are stored as JSON text: returned byte for byte, whatever they hold.
        { ...scenario, baseline: JSON.stringify(scenario.baseline), variant: JSON.stringify(scenario.variant) },
      ),
    );
  }

  async scenario(id: string): Promise<Scenario | null> {
    const [row] = await this.executor.read<{ s: Row }>('MATCH (s:Scenario {id: $id}) RETURN s {.*} AS s', { id });
    return row ? toScenario(row.s) : null;
  }

  async scenarios(request: Omit<PageRequest, 'search'> & { owner: string | null }): Promise<Page<Scenario>> {
    const first = checkPageSize(request.first);
    const after = request.after === null ? null : decodeCursor(request.after);
    const [row] = await this.executor.read<{ total: number; hasNext: boolean; items: Row[] }>(
      `MATCH (c:Scenario) WHERE $owner IS NULL OR c.owner = $owner
       WITH c ORDER BY c.name, c.id
       WITH collect(c) AS matching
       WITH matching, [c IN matching WHERE $afterName IS NULL OR c.name > $afterName OR (c.name = $afterName AND c.id > $afterId)] AS rest
       RETURN size(matching) AS total, size(rest) > $first AS hasNext, [c IN rest[0..$first] | c {.*}] AS items`,
      { owner: request.owner, afterName: after?.name ?? null, afterId: after?.id ?? null, first },
    );
    if (!row) throw new Error('scenario page query returned no row');
    return {
      totalCount: row.total,
      hasNextPage: row.hasNext,
      items: row.items.map((r) => ({ node: toScenario(r), cursor: encodeCursor({ name: String(r.name), id: String(r.id) }) })),
    };
  }

  async deleteScenario(id: string): Promise<boolean> {
    const [row] = await this.executor.write((tx) =>
      tx.run<{ deleted: number }>('OPTIONAL MATCH (s:Scenario {id: $id}) WITH s, s IS NOT NULL AS found DETACH DELETE s RETURN CASE WHEN found THEN 1 ELSE 0 END AS deleted', { id }),
    );
    return (row?.deleted ?? 0) > 0;
  }

  async importCollaborations(batch: ImportBatch): Promise<ImportSummary> {
    const summary = await this.executor.write(async (tx) => {
      const clash = await tx.run<{ id: string }>('MATCH (c:Collaboration) WHERE c.id IN $ids AND NOT c:Imported RETURN c.id AS id LIMIT 1', {
        ids: batch.collaborations.map((c) => c.id),
      });
      if (clash[0]) throw new BadInputError('collaborations', `"${clash[0].id}" is a seeded collaboration; an import cannot change it`);
      await tx.run(`UNWIND $rows AS row MERGE (s:Source {id: row.id}) ON CREATE SET s = row, s:${IMPORTED}`, { rows: batch.sources.map(properties) });
      const [row] = await tx.run<{ created: number; updated: number; added: number }>(
        `UNWIND $rows AS row
         OPTIONAL MATCH (existing:Collaboration {id: row.id})
         WITH row, existing IS NULL AS isNew
         MERGE (c:Collaboration {id: row.id})
         ON CREATE SET c += row.props, c:${IMPORTED}
         WITH c, row, isNew
         CALL (c, row) {
           UNWIND row.members AS member
           MATCH (m:Municipality {id: member.municipality})
           OPTIONAL MATCH (c)-[had:HAS_MEMBER]->(m)
           WITH c, m, member, had IS NULL AS adding
           MERGE (c)-[h:HAS_MEMBER]->(m) ON CREATE SET h.confidence = member.confidence
           RETURN sum(CASE WHEN adding THEN 1 ELSE 0 END) AS added
         }
         CALL (c, row) {
           UNWIND row.sources AS sourceId
           MATCH (s:Source {id: sourceId})
           OPTIONAL MATCH (c)-[was:CITES]->(s)
           WITH c, s, was IS NULL AS citing
           MERGE (c)-[:CITES]->(s)
           RETURN sum(CASE WHEN citing THEN 1 ELSE 0 END) AS cited
         }
         CALL (c, row, isNew) {
           // Legal form and facilities are set when the collaboration is created; a later import never changes them (as in the embedded store).
           OPTIONAL MATCH (l:LegalForm {code: row.legalForm})
           FOREACH (_ IN CASE WHEN l IS NULL OR NOT isNew THEN [] ELSE [1] END | MERGE (c)-[:HAS_LEGAL_FORM]->(l))
           WITH c, row, isNew
           // OPTIONAL MATCH and FOREACH keep exactly one row per collaboration whatever matches.
           OPTIONAL MATCH (f:Facility) WHERE isNew AND f.code IN row.facilities
           FOREACH (_ IN CASE WHEN f IS NULL THEN [] ELSE [1] END | MERGE (c)-[:USES_FACILITY]->(f))
           RETURN count(*) AS linked
         }
         RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
                sum(CASE WHEN NOT isNew AND (added > 0 OR cited > 0) THEN 1 ELSE 0 END) AS updated,
                sum(added) AS added`,
        {
          rows: batch.collaborations.map((c) => ({
            id: c.id,
            legalForm: c.legalForm,
            facilities: c.facilities,
            members: c.members,
            sources: c.sources,
            props: properties({ id: c.id, name: c.name, description: c.description, confidence: c.confidence, note: c.note }),
          })),
        },
      );
      // Imported sources are part of the catalogue.
      await tx.run(BUMP_VERSION);
      return { collaborationsCreated: row?.created ?? 0, collaborationsUpdated: row?.updated ?? 0, membershipsAdded: row?.added ?? 0 };
    }, { timeoutMs: BULK_TX_TIMEOUT_MS });
    this.wrote();
    return summary;
  }

  async saveApiKey(key: ApiKey): Promise<void> {
    await this.executor.write((tx) => tx.run('MERGE (k:ApiKey {id: $id}) SET k = $key', { id: key.id, key }));
  }

  async apiKey(id: string): Promise<ApiKey | null> {
    const [row] = await this.executor.read<{ k: Row }>('MATCH (k:ApiKey {id: $id}) RETURN k {.*} AS k', { id });
    return row ? toApiKey(row.k) : null;
  }

  async apiKeys(): Promise<ApiKey[]> {
    const rows = await this.executor.read<{ k: Row }>('MATCH (k:ApiKey) RETURN k {.*} AS k ORDER BY k.createdAt, k.id');
    return rows.map((r) => toApiKey(r.k));
  }

  /**
   * Group commit: entries that arrive while an access-log transaction is under way wait for the next one, which writes
   * them all; each caller's promise settles only when the transaction holding its entry has committed (or failed).
   * A lone request waits for no one: its entry is written at once.
   */
  appendAccessLog(entry: AccessLogEntry): Promise<AccessLogReceipt> {
    const scope = currentScope();
    return new Promise<AccessLogReceipt>((resolve, reject) => {
      this.logQueue.push({ entry, done: (version) => resolve(this.reads.receipt(scope, version)), fail: reject });
      this.startLogWrite();
    });
  }

  /** Written with the next access-log commit, or on its own within the outcome delay (see `DeferredOutcomes`). */
  recordOutcome(entry: AccessLogEntry): Promise<void> {
    return this.outcomes.add(entry);
  }

  private startLogWrite(): void {
    if (this.logWriting) return;
    this.logWriting = true;
    this.logDone = this.writeAccessLog();
  }

  /** Commits what waits, batch after batch. The flag drops in the same step as the last check finds nothing more. */
  private async writeAccessLog(): Promise<void> {
    try {
      while (this.logQueue.length > 0 || this.outcomes.due) {
        // Outcomes first: each follows its own entry, which an earlier commit wrote.
        const batch: LogItem[] = [
          ...this.outcomes.take().map((o): LogItem => ({ entry: o.entry, done: () => o.resolve(), fail: o.reject })),
          ...this.logQueue.splice(0, LOG_BATCH),
        ];
        try {
          const version = await this.commitLog(batch.map((w) => w.entry));
          for (const w of batch) w.done(version);
        } catch (error) {
          // One entry the database refuses must not cost the others their answer: each is tried alone. An unreachable
          // database fails them all at once instead of once per entry.
          if (batch.length === 1 || error instanceof StoreUnavailableError) {
            for (const w of batch) w.fail(error);
            continue;
          }
          for (const w of batch) await this.commitLog([w.entry]).then(w.done, w.fail);
        }
      }
    } finally {
      this.logWriting = false;
    }
  }

  /** Writes the entries in one transaction and returns the graph version it read: later than every request it holds began. */
  private async commitLog(entries: AccessLogEntry[]): Promise<string | null> {
    this.logStats.transactions += 1;
    this.logStats.entries += entries.length;
    // In order: a request's final outcome follows its PENDING entry, never the other way round.
    const [row] = await this.executor.autoCommit<{ version: string | null }>('write', APPEND_LOG, { entries }, { operation: 'accessLog.append' });
    return row?.version ?? null;
  }

  async accessLog(query: AccessLogQuery): Promise<Page<AccessLogEntry>> {
    // The outcomes this process has recorded are part of the log it shows.
    await this.outcomes.flush();
    const first = checkPageSize(query.first);
    const after = query.after === null ? null : decodeCursor(query.after);
    const filter = '($org IS NULL OR e.actingFor = $org) AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)';
    const [row] = await this.executor.read<{ total: number; rows: Row[] }>(
      `CALL () { MATCH (e:AccessLog) WHERE ${filter} RETURN count(e) AS total }
       CALL () {
         MATCH (e:AccessLog) WHERE ${filter} AND ($afterAt IS NULL OR e.at > $afterAt OR (e.at = $afterAt AND e.id > $afterId))
         WITH e ORDER BY e.at, e.id LIMIT $limit
         RETURN collect(e {.*}) AS rows
       }
       RETURN total, rows`,
      // LIMIT takes an integer; a JS number would travel as a float.
      { org: query.organisation, from: query.from, to: query.to, afterAt: after?.name ?? null, afterId: after?.id ?? null, limit: neo4j.int(first + 1) },
    );
    const rows = (row?.rows ?? []).map(toAccessLogEntry);
    return {
      totalCount: row?.total ?? 0,
      hasNextPage: rows.length > first,
      items: rows.slice(0, first).map((e) => ({ node: e, cursor: encodeCursor({ name: e.at, id: e.id }) })),
    };
  }

  async close(): Promise<void> {
    // What this process logged is written before the connection goes.
    await this.outcomes.flush();
    await this.logDone;
    await this.executor.close();
  }
}
