// The unit of work (an HTTP request, a CLI command) a store call belongs to: its operation, named in what the store sends
// (Neo4j transaction metadata), and an identity the store may remember per-request facts by (the graph version read).
import { AsyncLocalStorage } from 'node:async_hooks';

/** Read when a transaction starts, so an operation name learned after the scope began (after parsing) is still seen. */
export interface OperationScope {
  /** The GraphQL operation name, or a command name; null while not known. */
  readonly operation: string | null;
  /**
   * True when the unit of work appends an access-log entry before anything it read leaves (an API request): a store
   * may then answer reads from a cache at once and confirm in that append that the cache was current
   * (`AccessLogReceipt`), instead of asking first. Absent: every read is current when it returns.
   */
  readonly confirmsReadsAtLog?: boolean;
}

const scopes = new AsyncLocalStorage<OperationScope>();

/** Runs `work` in `scope`: everything it starts, however asynchronously, sees the scope. */
export function withOperation<T>(scope: OperationScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** The scope the caller runs in (one object per unit of work), or undefined outside any. */
export function currentScope(): OperationScope | undefined {
  return scopes.getStore();
}

/** The operation of the scope the caller runs in, or null outside any. */
export function currentOperation(): string | null {
  return scopes.getStore()?.operation ?? null;
}
