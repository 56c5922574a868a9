// The one way this product talks to Neo4j: managed transactions, parameters only, explicit database, driver errors mapped to domain errors.
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { StoreUnavailableError } from '../../domain/errors.js';
import type { Neo4jConfig } from '../../config.js';

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
  ) {}

  static create(config: Neo4jConfig): Neo4jExecutor {
    const auth = config.user ? neo4j.auth.basic(config.user, config.password ?? '') : undefined;
    const driver = neo4j.driver(config.uri, auth, {
      // Our integers (counts, months) are far below 2^53: plain numbers at the edge, no Integer objects inside.
      disableLosslessIntegers: true,
      ...DRIVER_TIMEOUTS,
      logging: { level: 'error', logger: () => undefined },
    });
    return new Neo4jExecutor(driver, config.database, config.uri, config.txTimeoutMs ?? 30_000);
  }

  async read<T = Row>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.run('read', (tx) => this.query<T>(tx, cypher, params));
  }

  /** Runs `work` in one write transaction: everything it does commits together or not at all. */
  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.run('write', (tx) => work({ run: (cypher, params = {}) => this.query(tx, cypher, params) }));
  }

  private async query<T>(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<T[]> {
    this.statements += 1;
    const result = await tx.run(cypher, params);
    return result.records.map((r) => r.toObject() as T);
  }

  private async run<T>(mode: 'read' | 'write', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      const options = { timeout: this.txTimeoutMs };
      return mode === 'read' ? await session.executeRead(work, options) : await session.executeWrite(work, options);
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private translate(error: unknown): unknown {
    if (error instanceof Neo4jError && /TransactionTimedOut/.test(error.code)) {
      return new StoreUnavailableError(`Neo4j at ${this.uri} ended a transaction after the limit of ${this.txTimeoutMs} ms (NEO4J_TX_TIMEOUT_MS)`, { cause: error });
    }
    if (error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code)) {
      const why = error.code.startsWith('Neo.ClientError.Security')
        ? 'authentication failed (check NEO4J_USER / NEO4J_PASSWORD)'
        : error.code === 'Neo.ClientError.Database.DatabaseNotFound'
          ? `database "${this.database}" does not exist (check NEO4J_DATABASE)`
          : 'it does not answer';
      return new StoreUnavailableError(`Neo4j at ${this.uri} is unavailable: ${why}`, { cause: error });
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
