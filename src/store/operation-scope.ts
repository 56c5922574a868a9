// Which operation a unit of work (an HTTP request, a CLI command) runs, for the store to name in what it sends (Neo4j transaction metadata).
import { AsyncLocalStorage } from 'node:async_hooks';

/** Read when a transaction starts, so an operation name learned after the scope began (after parsing) is still seen. */
export interface OperationScope {
  /** The GraphQL operation name, or a command name; null while not known. */
  readonly operation: string | null;
}

const scopes = new AsyncLocalStorage<OperationScope>();

/** Runs `work` in `scope`: everything it starts, however asynchronously, sees the scope. */
export function withOperation<T>(scope: OperationScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** The operation of the scope the caller runs in, or null outside any. */
export function currentOperation(): string | null {
  return scopes.getStore()?.operation ?? null;
}
