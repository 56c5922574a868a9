// Shared plumbing for the derive scripts: where the shared data lives and how derived files are written.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/data/` beside the repository checkout (read-only public data sets). */
export function sharedDataPath(relative: string): string {
  return fileURLToPath(new URL(`../../../shared/data/${relative}`, import.meta.url));
}

/** A file inside the repository's `graph-seed/`. */
export function seedPath(relative: string): string {
  return fileURLToPath(new URL(`../../graph-seed/${relative}`, import.meta.url));
}

/** Writes JSON deterministically: two-space indent, keys in the order given, trailing newline. */
export async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

/** Stops the script with a message that says what was expected; derived data is never written half-right. */
export function fail(message: string): never {
  throw new Error(`derive failed: ${message}`);
}
