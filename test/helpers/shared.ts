// The public data sets at ../shared/data beside the checkout: read there, never copied in. A bare clone has none.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IN_CI } from './neo4j.js';

export const SHARED_DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/**
 * Why the tests on the shared data sets cannot run, or null when they can. Under CI a missing ../shared is a failure,
 * never a skip: `requireSharedData` makes the run go red.
 */
export const sharedSkipReason: string | null = existsSync(SHARED_DATA_DIR) || IN_CI ? null : `../shared/data is not beside the checkout (${SHARED_DATA_DIR}): the tests on the shared data sets are skipped`;

export function requireSharedData(): void {
  if (!existsSync(SHARED_DATA_DIR)) throw new Error(`CI=true but ${SHARED_DATA_DIR} is missing: the tests on the shared data sets must run in CI`);
}
