// The one way this product talks to Neo4j: managed transactions, parameters only, explicit database, driver errors mapped to domain errors.
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { ConflictError } from '../../domain/errors.js';
import { StoreUnavailableError } from '../../domain/errors.js';
import type { Neo4jConfig } from '../../config.js';
import { currentOperation } from '../operation-scope.js';

export type Row = Record<string, unknown>;

/** Neo4j error codes and driver codes that mean "the database is not there right now". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * Errors the driver raised that are not Neo4j's answer. While Neo4j shuts down, the driver itself can fail on a message
 * that arrives after its pending request was dropped (neo4j-driver 6.3: a plain `TypeError` "Cannot read properties of
 * undefined (reading 'onCompleted')" from its response handler); that is a broken connection, not a bug of ours. Our own
 * code's errors inside a transaction function are remembered here, so they keep their meaning (a 500, not a 503).
 */
const OWN_ERRORS = new WeakSet<object>();

/** A driver failure that is not a Neo4jError, as the connection loss it is: retryable, like any other. */
function connectionLost(error: unknown): Neo4jError {
  const why = error instanceof Error ? error.message : String(error);
  return new Neo4jError(`the connection to Neo4j broke (${why})`, neo4j.error.SESSION_EXPIRED, '08000', 'connection exception', undefined as never, error instanceof Error ? error : undefined);
}

/** Rethrows what a statement of the driver failed with, a failure of the driver itself as a lost connection. */
function rethrowFromDriver(error: unknown): never {
  throw error instanceof Neo4jError ? error : connectionLost(error);
}

const isOwnError = (error: unknown): boolean => typeof error === 'object' && error !== null && OWN_ERRORS.has(error);

/** A write that would break a uniqueness constraint: another writer came first. */
const CONSTRAINT_VIOLATION = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** The `app` of every transaction's metadata: `SHOW TRANSACTIONS` and the query log name this product. */
export const APPLICATION = 'harmonie';

export interface TxOptions {
  /** Overrides the operation of the surrounding scope (a batch written for several requests names itself). */
  operation?: string;
  /** A longer limit than the request limit (NEO4J_TX_TIMEOUT_MS) for bulk work that is no request: the seed, an import. */
  timeoutMs?: number;
}

/**
 * The limit of bulk writes (seed load, import): minutes, not a request's seconds. A Neo4j that has just started plans
 * and compiles every statement of the load for the first time, which on a busy machine takes well over 30 s.
 */
export const BULK_TX_TIMEOUT_MS = 300_000;

/**
 * How long the driver waits for a server that is down: fail fast, so /readyz and the API answer 503 quickly instead of
 * retrying for 30 s. The fault test (test/faults/neo4j-restart.test.ts) derives its bounds from these.
 */
export const DRIVER_TIMEOUTS = { connectionTimeout: 3_000, connectionAcquisitionTimeout: 5_000, maxTransactionRetryTime: 2_000 } as const;

export class Neo4jExecutor {
  /** Cypher statements sent so far; lets tests prove one round trip per request shape. */
  statements = 0;

  private constructor(
    private readonly driver: Driver,
    readonly database: string,
    readonly uri: string,
    private readonly txTimeoutMs: number,
    /** Shared by every session: a session opened after a write commits waits for that write (causal consistency). */
    readonly bookmarks: BookmarkManager,
  ) {}

  static create(config: Neo4jConfig): Neo4jExecutor {
    const auth = config.user ? neo4j.auth.basic(config.user, config.password ?? '') : undefined;
    const driver = neo4j.driver(config.uri, auth, {
      // Our integers (counts, months) are far below 2^53: plain numbers at the edge, no Integer objects inside.
      disableLosslessIntegers: true,
      ...DRIVER_TIMEOUTS,
      logging: { level: 'error', logger: () => undefined },
    });
    return new Neo4jExecutor(driver, config.database, config.uri, config.txTimeoutMs ?? 30_000, neo4j.bookmarkManager());
  }

  async read<T = Row>(cypher: string, params: Record<string, unknown> = {}, options: TxOptions = {}): Promise<T[]> {
    return this.run('read', (tx) => this.query<T>(tx, cypher, params), options);
  }

  /**
   * One statement in an auto-commit transaction: one round trip instead of a managed transaction's two (BEGIN and RUN
   * travel together, COMMIT after). For single statements that need no retry: the version read, access-log batches.
   * A write has committed when this resolves.
   */
  async autoCommit<T = Row>(mode: 'read' | 'write', cypher: string, params: Record<string, unknown> = {}, options: TxOptions = {}): Promise<T[]> {
    const session = this.session(mode);
    try {
      this.statements += 1;
      const result = await session.run(cypher, params, { timeout: this.txTimeoutMs, metadata: this.metadata(options) }).catch(rethrowFromDriver);
      return result.records.map((r) => r.toObject() as T);
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Runs `work` in one write transaction: everything it does commits together or not at all. */
  async write<T>(work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.run('write', (tx) => work({ run: (cypher, params = {}) => this.query(tx, cypher, params) }), options);
  }

  private async query<T>(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<T[]> {
    this.statements += 1;
    const result = await tx.run(cypher, params).catch(rethrowFromDriver);
    return result.records.map((r) => r.toObject() as T);
  }

  /** The metadata every transaction carries: the application and the operation it runs for. */
  metadata(options: TxOptions = {}): { app: string; operation: string | null } {
    return { app: APPLICATION, operation: options.operation ?? currentOperation() };
  }

  private async run<T>(mode: 'read' | 'write', work: (tx: ManagedTransaction) => Promise<T>, txOptions: TxOptions): Promise<T> {
    const session = this.session(mode);
    try {
      const timeout = Math.max(txOptions.timeoutMs ?? 0, this.txTimeoutMs);
      const options = { timeout, metadata: this.metadata(txOptions) };
      const own = async (tx: ManagedTransaction) => {
        try {
          return await work(tx);
        } catch (error) {
          if (typeof error === 'object' && error !== null && !(error instanceof Neo4jError)) OWN_ERRORS.add(error);
          throw error;
        }
      };
      return mode === 'read' ? await session.executeRead(own, options) : await session.executeWrite(own, options);
    } catch (error) {
      throw this.translate(error, Math.max(txOptions.timeoutMs ?? 0, this.txTimeoutMs));
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private session(mode: 'read' | 'write') {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  private translate(error: unknown, timeoutMs = this.txTimeoutMs): unknown {
    if (error instanceof Neo4jError && error.code === CONSTRAINT_VIOLATION) {
      return new ConflictError(`another write came first: ${error.message}`);
    }
    if (error instanceof Neo4jError && /TransactionTimedOut/.test(error.code)) {
      const limit = timeoutMs === this.txTimeoutMs ? `${timeoutMs} ms (NEO4J_TX_TIMEOUT_MS)` : `${timeoutMs} ms (bulk writes)`;
      return new StoreUnavailableError(`Neo4j at ${this.uri} ended a transaction after the limit of ${limit}`, { cause: error });
    }
    // Begin, commit or the connection itself failed inside the driver, past our code: the store is not answering.
    if (!(error instanceof Neo4jError) && !isOwnError(error)) {
      return new StoreUnavailableError(`Neo4j at ${this.uri} is unavailable: ${connectionLost(error).message}`, { cause: error });
    }
    if (error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code)) {
      const why = error.code.startsWith('Neo.ClientError.Security')
        ? 'authentication failed (check NEO4J_USER / NEO4J_PASSWORD)'
        : error.code === 'Neo.ClientError.Database.DatabaseNotFound'
          ? `database "${this.database}" does not exist (check NEO4J_DATABASE)`
          : 'it does not answer';
      return new StoreUnavailableError(`Neo4j at ${this.uri} is unavailable: ${why}`, { cause: error });
    }
    // A transient failure the driver's retries did not get past (a database stopping, a transaction Neo4j terminated).
    if (error instanceof Neo4jError && neo4j.isRetryableError(error)) {
      return new StoreUnavailableError(`Neo4j at ${this.uri} is unavailable: ${error.code} persisted past the retries`, { cause: error });
    }
    return error;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export interface Tx {
  run<T = Row>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
}
