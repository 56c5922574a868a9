// `harmonie import ciso-library` and `harmonie export ciso-library` on whichever store the environment configures:
// dry run, refusals (exit 1, file and path named, nothing written), import, re-import, export and read-back, reseed.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryImportSummary } from '../../src/domain/interop/ciso/import.js';
import { loadSeed } from '../../src/seed/load.js';
import type { GraphStore } from '../../src/store/port.js';
import { cli } from '../helpers/cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/ciso/${name}`, import.meta.url));
const summaryOf = (out: string) => JSON.parse(out.trim().split('\n').at(-1)!) as LibraryImportSummary;

export interface CliStoreSetup {
  env: Record<string, string | undefined>;
  /** The store the CLI writes to, opened directly (after the CLI has closed it). */
  open(dir: string): Promise<GraphStore>;
}

export function describeLibraryCli(name: string, setup: () => Promise<CliStoreSetup>): void {
  describe(`harmonie import/export ciso-library on ${name}`, () => {
    let dir: string;
    let s: CliStoreSetup;
    const saved = { ...process.env };

    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'harmonie-ciso-'));
      s = await setup();
      for (const [k, v] of Object.entries(s.env)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      if (!process.env.NEO4J_URI) process.env.HARMONIE_DATA_DIR = path.join(dir, 'data');
      else expect((await cli('seed')).code).toBe(0);
    });
    afterAll(async () => {
      process.env = saved;
      await rm(dir, { recursive: true, force: true });
    });

    const curationCount = async () => {
      const store = await s.open(dir);
      try {
        return (await store.curations({ kind: null, factId: null, first: 1, after: null })).totalCount;
      } finally {
        await store.close();
      }
    };

    it('refuses bad libraries with exit 1, naming the file and the path, and writes nothing', async () => {
      const before = await curationCount();
      const cases: Array<[string, RegExp]> = [
        ['bad-broken-yaml.yaml', /bad-broken-yaml\.yaml: is not valid YAML/],
        ['bad-not-a-library.yaml', /bad-not-a-library\.yaml: is not a CISO Assistant library/],
        ['bad-strength.yaml', /bad-strength\.yaml at objects\.requirement_mapping_sets\[0\]\.requirement_mappings\[1\]\.strength_of_relationship: must be 0–10/],
        ['bad-duplicate-urn.yaml', /bad-duplicate-urn\.yaml at objects\.framework\.requirement_nodes\[4\]\.urn: duplicate urn/],
        ['bad-unknown-framework.yaml', /target_framework_urn: framework "urn:example:risk:framework:nowhere" is not in the graph/],
      ];
      for (const [file, message] of cases) {
        const r = await cli('import', 'ciso-library', fixture(file), '--json');
        expect(r.code, file).toBe(1);
        expect(r.err).toMatch(/refused .*nothing was written/);
        expect(r.err).toMatch(message);
      }
      expect((await cli('import', 'ciso-library', path.join(dir, 'missing.yaml'))).code).toBe(1);
      expect((await cli('import', 'ciso-library')).code).toBe(2);
      expect(await curationCount()).toBe(before);
    });

    it('plans on a dry run and writes nothing; then imports, and a second import changes nothing', async () => {
      const before = await curationCount();
      const dry = await cli('import', 'ciso-library', fixture('gemeente-testkader.yaml'), '--dry-run', '--json');
      expect(dry.code).toBe(0);
      const planned = summaryOf(dry.out);
      expect(planned).toMatchObject({ written: false, curations: 11 });
      expect(dry.out).toMatch(/planned, nothing written/);
      expect(await curationCount()).toBe(before);
      expect((await cli('export', 'ciso-library', '--framework', 'GTK', '--out', path.join(dir, 'none.yaml'))).code).toBe(1);

      const first = await cli('import', 'ciso-library', fixture('gemeente-testkader.yaml'), '--json');
      expect(first.code).toBe(0);
      const done = summaryOf(first.out);
      expect(done).toEqual({ ...planned, written: true });
      expect(done.frameworks).toEqual([
        { urn: 'urn:example:risk:framework:gemeente-testkader', refId: 'GTK', name: 'Testkader gemeentelijke informatiebeveiliging', nodes: 6, assessable: 5, matchedFramework: null, framework: 'GTK', matchedNorms: 0, newNorms: 5 },
      ]);
      expect(done.mappingSets).toEqual([
        { urn: 'urn:example:risk:req_mapping_set:gemeente-testkader-bio2', sourceFramework: 'GTK', targetFramework: 'BIO2', mappings: 4, byRelationship: { EQUAL: 1, SUBSET_OF: 1, SUPERSET_OF: 1, INTERSECTS: 1 }, skipped: 1, duplicates: 0, unresolved: 1, unchanged: 0 },
      ]);
      expect(await curationCount()).toBe(before + 11);

      const mappings = await cli('import', 'ciso-library', fixture('gemeente-testkader-digid.yaml'), '--json');
      expect(mappings.code).toBe(0);
      expect(summaryOf(mappings.out).mappingSets[0]).toMatchObject({ targetFramework: 'DIGID-3.0', mappings: 2, duplicates: 1, byRelationship: { EQUAL: 1, INTERSECTS: 1 } });

      const again = summaryOf((await cli('import', 'ciso-library', fixture('gemeente-testkader.yaml'), '--json')).out);
      expect(again).toMatchObject({ written: false, curations: 0, frameworks: [{ matchedFramework: 'GTK', matchedNorms: 5, newNorms: 0 }], mappingSets: [{ unchanged: 4 }] });
      expect(await curationCount()).toBe(before + 11 + 3);
    });

    it('exports our frameworks with their mappings, and each reads back onto the same framework with no new norms', async () => {
      for (const id of ['DIGID-3.0', 'SUWINET', 'BIO2', 'GTK']) {
        const out = path.join(dir, `${id}.yaml`);
        const e = await cli('export', 'ciso-library', '--framework', id, '--with-mappings', '--out', out);
        expect(e.code, id).toBe(0);
        const lib = parseYaml(await readFile(out, 'utf8')) as { locale: string; translations: { nl: { name: string } }; objects: { framework: { requirement_nodes: Array<{ ref_id: string; name: string }> }; requirement_mapping_sets?: unknown[] } };
        expect(lib.locale).toBe('en');
        expect(lib.translations.nl.name).toBeTruthy();
        expect(lib.objects.framework.requirement_nodes.length).toBeGreaterThan(0);
        for (const n of lib.objects.framework.requirement_nodes) expect(n.name).toBeTruthy();
        expect(lib.objects.requirement_mapping_sets?.length ?? 0).toBeGreaterThan(0);
        const back = summaryOf((await cli('import', 'ciso-library', out, '--json')).out);
        expect(back.frameworks).toEqual([expect.objectContaining({ matchedFramework: id, newNorms: 0, matchedNorms: lib.objects.framework.requirement_nodes.length })]);
        expect(back.mappingSets.every((m) => m.unchanged === m.mappings && m.unresolved === 0)).toBe(true);
        expect(back).toMatchObject({ curations: 0, written: false });
      }
      const gtk = parseYaml(await readFile(path.join(dir, 'GTK.yaml'), 'utf8')) as { objects: { framework: { requirement_nodes: Array<{ ref_id: string; name: string; translations: { nl: { name: string } } }> } } };
      expect(gtk.objects.framework.requirement_nodes.find((n) => n.ref_id === 'GTK.01')).toMatchObject({ name: 'Change management', translations: { nl: { name: 'Wijzigingsbeheer' } } });
      // Without an English title the base name is the title we hold (here the Dutch one), and the Dutch one is given too.
      expect(gtk.objects.framework.requirement_nodes.find((n) => n.ref_id === 'GTK.04')).toMatchObject({ name: 'Rollen en verantwoordelijkheden', translations: { nl: { name: 'Rollen en verantwoordelijkheden' } } });
      expect((await cli('export', 'ciso-library', '--framework', 'NOPE', '--out', path.join(dir, 'nope.yaml'))).code).toBe(1);
      expect((await cli('export', 'ciso-library', '--framework', 'GTK')).code).toBe(2);
    });

    it('keeps the imported framework and mappings after a reseed (curations are applied again)', async () => {
      const store = await s.open(dir);
      try {
        const seed = await loadSeed();
        // A changed seed (another hash) makes the store reload it.
        const changed = { ...seed, hash: `${seed.hash}-changed`, graph: { ...seed.graph, sources: seed.graph.sources.map((x, i) => (i === 0 ? { ...x, title: `${x.title} (reseeded)` } : x)) } };
        await store.loadSeed(changed);
        const catalogue = await store.catalogue();
        expect(catalogue.sources.find((x) => x.id === seed.graph.sources[0]!.id)!.title).toMatch(/reseeded/);
        expect(catalogue.frameworks.find((f) => f.id === 'GTK')?.aliases).toEqual(['urn:example:risk:framework:gemeente-testkader']);
        expect(catalogue.norms.filter((n) => n.framework === 'GTK').map((n) => n.code)).toEqual(['5', 'GTK.01', 'GTK.02', 'GTK.03', 'GTK.04']);
        expect(catalogue.mappings.filter((m) => m.from.startsWith('GTK:')).map((m) => `${m.id} ${m.relation}`)).toEqual([
          'GTK:5->BIO2:5.15.01 SUPERSET_OF', 'GTK:GTK.01->BIO2:8.32.01 EQUAL', 'GTK:GTK.01->DIGID-3.0:C.08 EQUAL', 'GTK:GTK.02->BIO2:8.29.01 SUBSET_OF',
          'GTK:GTK.02->DIGID-3.0:U/WA.03 INTERSECTS', 'GTK:GTK.03->BIO2:5.01.01 INTERSECTS',
        ]);
        await store.loadSeed(seed);
      } finally {
        await store.close();
      }
    });
  });
}
