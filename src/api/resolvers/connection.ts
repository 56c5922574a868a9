// Relay connection fields over a store page: one definition for every paged list of the schema.
import type { Page } from '../../store/port.js';

export function connectionResolvers<T>() {
  return {
    edges: (p: Page<T>) => p.items,
    totalCount: (p: Page<T>) => p.totalCount,
    pageInfo: (p: Page<T>) => ({ hasNextPage: p.hasNextPage, endCursor: p.items.at(-1)?.cursor ?? null }),
  };
}
