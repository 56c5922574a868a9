// The import acceptance, run against whichever store the environment configures (embedded or Neo4j), on small files of
// our own in test/fixtures/import (the real data sets beside the checkout are tested in test/unit/import/shared-data).
import { existsSync } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const fixture = (p: string) => fileURLToPath(new URL(`../fixtures/import/${p}`, import.meta.url));
/** OpenGR rows with a province, a water board and an unknown name among the municipalities. */
const OPENGR = fixture('opengr-lf.csv');
/** Two regioatlas regions whose every row names a municipality by its CBS code. */
const ISD = fixture('regioatlas-all-match.csv');

type Summary = { rowsRead: number; membershipsImported: number; rowsRejected: number; rejectsFile: string };
const lastJson = (out: string) => JSON.parse(out.trim().split('\n').at(-1)!) as Summary;

export function describeImportCli(name: string, setup: () => Promise<{ env: Record<string, string | undefined>; cleanup: () => Promise<void> }>): void {
  describe(`harmonie import and impact on ${name}`, () => {
    let dir: string;
    let cleanup: () => Promise<void>;
    const saved = { ...process.env };

    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'harmonie-import-'));
      const s = await setup();
      cleanup = s.cleanup;
      for (const [k, v] of Object.entries(s.env)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      // Also for Neo4j: the data directory is where a rejects file goes by default.
      process.env.HARMONIE_DATA_DIR = path.join(dir, 'data');
      if (process.env.NEO4J_URI) expect((await cli('seed')).code).toBe(0);
    });
    afterAll(async () => {
      process.env = saved;
      await cleanup();
      await rm(dir, { recursive: true, force: true });
    });

    it('imports the OpenGR file: the summary reconciles, rejects are listed with reasons, a re-import is a no-op', async () => {
      const rejects = path.join(dir, 'opengr.rejects.csv');
      const first = await cli('import', 'opengr', OPENGR, '--rejects', rejects, '--json');
      expect(first.code).toBe(0);
      const s = lastJson(first.out);
      expect(s.rowsRead).toBe(s.membershipsImported + s.rowsRejected);
      expect(s.rowsRejected).toBeGreaterThan(0);
      expect(s.rejectsFile).toBe(rejects);
      const lines = (await readFile(rejects, 'utf8')).trim().split('\n');
      expect(lines).toHaveLength(s.rowsRejected + 1);
      expect(lines[1]).toMatch(/^"\d+","[^"]+/);
      const again = await cli('import', 'opengr', OPENGR, '--rejects', rejects, '--json');
      expect(lastJson(again.out)).toEqual(s);
      expect(again.out).toMatch(/0 new, 0 updated, 0 memberships added/);
      const listed = await cli('audit', '--collaboration', 'Noordelijke Testregeling (NTR)', '--json');
      // Imported with legal form unknown: the analysis refuses to guess it.
      expect(listed.code).toBe(1);
      expect(listed.err).toMatch(/no known legal form/);
    });

    it('imports a regioatlas file with a legal form and facilities, then the national impact covers it', async () => {
      const r = await cli('import', 'regioatlas', ISD, '--legal-form', 'OPENBAAR_LICHAAM', '--facilities', 'GGK,BRP_V', '--rejects', path.join(dir, 'isd.rejects.csv'), '--json');
      expect(r.code).toBe(0);
      const s = lastJson(r.out);
      expect(s).toMatchObject({ rowsRejected: 0 });
      expect(s.membershipsImported).toBe(s.rowsRead);
      const impact = await cli('impact', '--json', '--as-of', '2026-11-28');
      const result = JSON.parse(impact.out.trim().split('\n').at(-1)!) as { totals: { analysed: number; skipped: number; obligations: number }; collaborations: Array<{ id: string; skipped: string | null }> };
      // Both regions are analysed; the OpenGR collaborations imported before, of unknown legal form, are skipped.
      const regions = result.collaborations.filter((c) => c.id.startsWith('regio-'));
      expect(regions.map((c) => c.id).sort()).toEqual(['regio-proefdiensten-sociale-dienst-noord', 'regio-proefdiensten-sociale-dienst-oost']);
      expect(regions.every((c) => c.skipped === null)).toBe(true);
      expect(result.collaborations.filter((c) => c.id.startsWith('gr-')).length).toBeGreaterThan(0);
      expect(result.collaborations.filter((c) => c.id.startsWith('gr-')).every((c) => c.skipped === 'legal form unknown')).toBe(true);
    });

    it('writes the rejects file into the data directory when --rejects is not given, never into the working directory', async () => {
      const r = await cli('import', 'opengr', OPENGR, '--json');
      expect(r.code).toBe(0);
      const s = lastJson(r.out);
      expect(s.rejectsFile).toBe(path.join(dir, 'data', 'rejects', 'opengr-lf.rejects.csv'));
      expect((await readFile(s.rejectsFile, 'utf8')).trim().split('\n')).toHaveLength(s.rowsRejected + 1);
      expect(existsSync(path.join(process.cwd(), 'opengr-lf.rejects.csv'))).toBe(false);
    });

    it('refuses a file of neither layout with exit 1, writing nothing', async () => {
      const file = path.join(dir, 'other.csv');
      await writeFile(file, 'a,b,c\n1,2,3\n');
      const rejects = path.join(dir, 'other.rejects.csv');
      const r = await cli('import', 'opengr', file, '--rejects', rejects);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/refused .*nothing was written/);
      await expect(access(rejects)).rejects.toThrow();
      expect((await cli('import', 'opengr', path.join(dir, 'missing.csv'))).code).toBe(1);
      expect((await cli('import', 'sideways', file)).code).toBe(2);
      expect((await cli('import', 'regioatlas', ISD, '--legal-form', 'NOPE')).code).toBe(2);
    });
  });
}
