// Per-request context: the store and a memoised catalogue, so a request reads the reference graph at most once.
import { CatalogueIndex } from '../domain/catalogue.js';
import type { GraphStore } from '../store/port.js';

export interface RequestContext {
  store: GraphStore;
  /** The catalogue index for this request; the first call reads the store, later calls share the result. */
  catalogue(): Promise<CatalogueIndex>;
}

export function createContext(store: GraphStore): RequestContext {
  let pending: Promise<CatalogueIndex> | undefined;
  return {
    store,
    catalogue() {
      pending ??= store.catalogue().then((c) => new CatalogueIndex(c));
      return pending;
    },
  };
}
