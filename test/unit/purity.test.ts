// The domain is pure: it imports only itself and a short list of pure libraries, never Node's I/O, a store, the API,
// YAML or a solver. An allow-list, so a new kind of import fails here until someone decides it belongs.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DOMAIN = path.resolve(import.meta.dirname, '../../src/domain');
/** Packages the domain may use: validation, hashing, CSV parsing over strings, and an in-memory cache. */
const ALLOWED_PACKAGES = ['zod', '@noble/hashes/sha2', '@noble/hashes/utils', 'csv-parse/sync', 'lru-cache'];
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.join(e.parentPath, e.name));
}

/** What is wrong with one import of `file`, or null when the domain may import it. */
export function impurity(file: string, specifier: string): string | null {
  if (specifier.startsWith('.')) {
    const target = path.resolve(path.dirname(file), specifier);
    return target.startsWith(DOMAIN + path.sep) ? null : `leaves the domain (${path.relative(DOMAIN, target)})`;
  }
  return ALLOWED_PACKAGES.includes(specifier) ? null : `imports the package "${specifier}"`;
}

describe('the domain is pure', () => {
  it('imports nothing but itself and the allowed pure libraries', async () => {
    const files = await sources(DOMAIN);
    expect(files.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const m of text.matchAll(SPECIFIER)) {
        const problem = impurity(file, m[1]!);
        if (problem) problems.push(`${path.relative(DOMAIN, file)}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses the imports that would make it impure', () => {
    const file = path.join(DOMAIN, 'audit', 'solve.ts');
    for (const bad of ['node:crypto', 'fs', 'yaml', 'highs', 'neo4j-driver', 'graphql', '../../store/port.js', '../../api/context.js', '../../seed/load.js', '../../solver/highs.js']) {
      expect(impurity(file, bad), bad).not.toBeNull();
    }
    expect(impurity(file, './cost.js')).toBeNull();
    expect(impurity(file, '../model.js')).toBeNull();
  });
});
