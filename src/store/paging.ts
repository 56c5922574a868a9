// Keyset pagination shared by both adapters: order by (name, id), opaque cursors, validated page sizes.
import { BadInputError } from '../domain/errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageKey {
  name: string;
  id: string;
}

export function encodeCursor(key: PageKey): string {
  return Buffer.from(JSON.stringify([key.name, key.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor from a previous page; anything else is bad input on `field`. */
export function decodeCursor(cursor: string, field = 'after'): PageKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { name: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError(field, 'is not a cursor returned by this API');
}

export function checkPageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadInputError(field, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** Orders by name, then id, comparing UTF-16 code units — the order Cypher uses for strings too. */
export function compareKeys(a: PageKey, b: PageKey): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** The search the stores apply: case-insensitive substring of the name, or of the id. */
export function normaliseSearch(search: string | null): string | null {
  const s = search?.trim().toLowerCase();
  return s ? s : null;
}
