// The one contract both store adapters must meet; each adapter's test file runs it, so they cannot drift apart.
import { beforeAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../../src/domain/errors.js';
import type { Municipality, SeedGraph } from '../../src/domain/model.js';
import { hashGraph, loadSeed, type LoadedSeed } from '../../src/seed/load.js';
import { canonicalCatalogue } from '../../src/store/canonical.js';
import { countLayout, layoutGraph } from '../../src/store/graph-layout.js';
import type { GraphStore } from '../../src/store/port.js';

export function reseeded(graph: SeedGraph): LoadedSeed {
  return { graph, hash: hashGraph(graph) };
}

/** Runs the store contract against stores made by `open` (each call: an empty store). */
export function describeStoreContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`${name} store contract`, () => {
    let seed: LoadedSeed;
    let store: GraphStore;

    beforeAll(async () => {
      seed = await loadSeed();
      store = await open();
      await store.loadSeed(seed);
      return () => store.close();
    });

    it('reports the loaded seed by its hash', async () => {
      const status = await store.seedStatus();
      expect(status).toMatchObject({ seeded: true, hash: seed.hash });
      expect(status.loadedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });

    it('returns the catalogue exactly as loaded, in canonical order', async () => {
      const { municipalities: _m, collaborations: _c, ...catalogue } = seed.graph;
      expect(await store.catalogue()).toEqual(canonicalCatalogue(catalogue));
    });

    it('holds exactly the nodes and relationships of the graph layout', async () => {
      const expected = countLayout(layoutGraph(seed.graph));
      expect(await store.counts()).toEqual({ nodes: { ...expected.nodes, SeedInfo: 1 }, relationships: expected.relationships });
    });

    it('changes nothing when the same seed is loaded again', async () => {
      const before = { counts: await store.counts(), catalogue: await store.catalogue(), status: await store.seedStatus() };
      await store.loadSeed(seed);
      expect(await store.counts()).toEqual(before.counts);
      expect(await store.catalogue()).toEqual(before.catalogue);
    });

    it('replaces facts the new seed no longer has, keeping nothing stale', async () => {
      const changed = structuredClone(seed.graph);
      const dropped = changed.connectionRequirements.pop()!;
      changed.facilities[0]!.name = `${changed.facilities[0]!.name} (renamed)`;
      changed.mappings = changed.mappings.slice(1);
      await store.loadSeed(reseeded(changed));
      const catalogue = await store.catalogue();
      expect(catalogue.connectionRequirements.find((r) => r.id === dropped.id && r.validFrom === dropped.validFrom)).toBeUndefined();
      expect(catalogue.facilities.find((f) => f.code === changed.facilities[0]!.code)?.name).toMatch(/\(renamed\)$/);
      const { municipalities: _m, collaborations: _c, ...expected } = changed;
      expect(catalogue).toEqual(canonicalCatalogue(expected));
      const layout = countLayout(layoutGraph(changed));
      expect(await store.counts()).toEqual({ nodes: { ...layout.nodes, SeedInfo: 1 }, relationships: layout.relationships });
      await store.loadSeed(seed);
      expect((await store.seedStatus()).hash).toBe(seed.hash);
    });

    describe('municipalities', () => {
      it('pages through all of them in name order without gaps or repeats', async () => {
        const seen: Municipality[] = [];
        let after: string | null = null;
        for (let pages = 0; pages < 100; pages++) {
          const page = await store.municipalities({ search: null, first: 100, after });
          expect(page.totalCount).toBe(seed.graph.municipalities.length);
          seen.push(...page.items.map((i) => i.node));
          if (!page.hasNextPage) break;
          after = page.items.at(-1)!.cursor;
        }
        expect(seen.map((m) => m.id)).toEqual(
          [...seed.graph.municipalities].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1)).map((m) => m.id),
        );
        expect(seen[0]).toEqual(expect.objectContaining({ id: expect.stringMatching(/^GM\d{4}$/), cbsCode: expect.stringMatching(/^\d{4}$/) }));
      });

      it('finds by case-insensitive name part and by CBS code', async () => {
        const byName = await store.municipalities({ search: 'AMSTER', first: 10, after: null });
        expect(byName.items.map((i) => i.node.name)).toContain('Amsterdam');
        for (const item of byName.items) expect(item.node.name.toLowerCase()).toContain('amster');
        const byCode = await store.municipalities({ search: '0363', first: 10, after: null });
        expect(byCode.items.map((i) => i.node.id)).toContain('GM0363');
      });

      it('looks several up by id, ignoring unknown ids', async () => {
        const found = await store.municipalitiesByIds(['GM0363', 'GM9999', 'GM0014']);
        expect(found.map((m) => m.id)).toEqual(['GM0014', 'GM0363']);
        expect(found[1]).toEqual(seed.graph.municipalities.find((m) => m.id === 'GM0363'));
      });

      it('refuses a page size outside 1..100 and a cursor it did not issue', async () => {
        await expect(store.municipalities({ search: null, first: 0, after: null })).rejects.toBeInstanceOf(BadInputError);
        await expect(store.municipalities({ search: null, first: 101, after: null })).rejects.toBeInstanceOf(BadInputError);
        await expect(store.municipalities({ search: null, first: 5, after: 'not-a-cursor' })).rejects.toThrow(/after/);
      });
    });

    describe('collaborations', () => {
      it('returns each seeded collaboration with its members resolved', async () => {
        for (const c of seed.graph.collaborations) {
          const record = await store.collaboration(c.id);
          expect(record?.collaboration.id).toBe(c.id);
          expect(record?.collaboration.legalForm).toBe(c.legalForm);
          expect(record?.members.map((m) => m.municipality.id).sort()).toEqual(c.members.map((m) => m.municipality).sort());
          expect([...(record?.collaboration.facilities ?? [])].sort()).toEqual([...c.facilities].sort());
        }
      });

      it('answers null for an unknown id', async () => {
        expect(await store.collaboration('no-such-collaboration')).toBeNull();
      });

      it('lists them in name order with a total', async () => {
        const page = await store.collaborations({ search: null, first: 100, after: null });
        expect(page.totalCount).toBe(seed.graph.collaborations.length);
        const names = page.items.map((i) => i.node.collaboration.name);
        expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      });
    });
  });
}
