// The one contract both store adapters must meet; each adapter's test file runs it, so they cannot drift apart.
import { beforeAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../../src/domain/errors.js';
import { versionUid, type Municipality, type SeedGraph } from '../../src/domain/model.js';
import { hashGraph, loadSeed, type LoadedSeed } from '../../src/seed/load.js';
import { canonicalCatalogue } from '../../src/store/canonical.js';
import { countLayout, layoutGraph } from '../../src/store/graph-layout.js';
import { randomUUID } from 'node:crypto';
import type { AccessLogEntry, GraphStore, ImportBatch, Scenario } from '../../src/store/port.js';
import { applyCurations, planCuration, type CurationRequest } from '../../src/domain/curation.js';
import { ConflictError } from '../../src/domain/errors.js';
import { withOperation } from '../../src/store/operation-scope.js';

export function reseeded(graph: SeedGraph): LoadedSeed {
  return { graph, hash: hashGraph(graph) };
}

/**
 * Runs the store contract against stores made by `open` (each call: an empty store). `another(store)` opens a second
 * handle on the same data as `store`, the way a second process does: the CLI beside the server on one data folder, a
 * second API instance on one Neo4j.
 */
export function describeStoreContract(name: string, open: () => Promise<GraphStore>, another: (store: GraphStore) => Promise<GraphStore>): void {
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

  describe(`${name} store contract: scenarios and imports`, () => {
    let seed: LoadedSeed;
    let store: GraphStore;

    beforeAll(async () => {
      seed = await loadSeed();
      store = await open();
      await store.loadSeed(seed);
      return () => store.close();
    });

    const scenario = (id: string, name: string, owner: string): Scenario => ({
      id,
      name,
      owner,
      baseline: { collaboration: 'szw-noardwest-fryslan', asOf: '2015-06-01' },
      // Text is kept byte for byte, whatever it holds.
      variant: { members: ['GM0014', 'GM0034'], legalForm: 'OPENBAAR_LICHAAM', facilities: ['DIGID'], policy: { auditRequirements: [{ id: 'digid-assessment', jointAllowed: true }] }, asOf: null },
      createdAt: '2026-11-28T10:00:00.000Z',
      updatedAt: '2026-11-28T10:00:00.000Z',
    });

    it('saves, reads, lists per owner, replaces and deletes scenarios', async () => {
      const a = { ...scenario('s-1', 'Zuid — "what if" ✓ <b>', 'GM0014'), name: 'Zuid — "what if" ✓ <b>\u0000' };
      await store.saveScenario(a);
      await store.saveScenario(scenario('s-2', 'Another', 'GM0014'));
      await store.saveScenario(scenario('s-3', 'Foreign', 'GM0034'));
      expect(await store.scenario('s-1')).toEqual(a);
      const mine = await store.scenarios({ first: 10, after: null, owner: 'GM0014' });
      expect(mine.totalCount).toBe(2);
      expect(mine.items.map((i) => i.node.id)).toEqual(['s-2', 's-1']);
      expect((await store.scenarios({ first: 1, after: mine.items[0]!.cursor, owner: 'GM0014' })).items.map((i) => i.node.id)).toEqual(['s-1']);
      await store.saveScenario({ ...a, name: 'Renamed', updatedAt: '2026-11-29T00:00:00.000Z' });
      expect((await store.scenario('s-1'))?.name).toBe('Renamed');
      expect(await store.deleteScenario('s-1')).toBe(true);
      expect(await store.deleteScenario('s-1')).toBe(false);
      expect(await store.scenario('s-1')).toBeNull();
      expect((await store.scenarios({ first: 10, after: null, owner: null })).totalCount).toBe(2);
    });

    it('imports collaborations once: a second import of the same batch changes nothing, and a reseed keeps them', async () => {
      const batch: ImportBatch = {
        sources: [{ id: 'import:test:1', title: 'test.csv', publisher: 'imported', url: null, section: null, date: '2026-11-28' }],
        collaborations: [
          {
            id: 'gr-test-one', name: 'Test regeling', legalForm: null, description: { nl: 'Geïmporteerd voor een test.', en: 'Imported for a test.' }, facilities: ['DIGID', 'GGK'],
            members: [{ municipality: 'GM0014', confidence: 'CONFIRMED' }, { municipality: 'GM0034', confidence: 'CONFIRMED' }],
            sources: ['import:test:1'], confidence: 'CONFIRMED', note: { nl: 'rechtsvorm onbekend', en: 'legal form unknown' },
          },
        ],
      };
      expect(await store.importCollaborations(batch)).toEqual({ collaborationsCreated: 1, collaborationsUpdated: 0, membershipsAdded: 2 });
      const counts = await store.counts();
      expect(await store.importCollaborations(batch)).toEqual({ collaborationsCreated: 0, collaborationsUpdated: 0, membershipsAdded: 0 });
      expect(await store.counts()).toEqual(counts);
      const more = structuredClone(batch);
      more.collaborations[0]!.members.push({ municipality: 'GM0037', confidence: 'CONFIRMED' });
      expect(await store.importCollaborations(more)).toEqual({ collaborationsCreated: 0, collaborationsUpdated: 1, membershipsAdded: 1 });
      const record = await store.collaboration('gr-test-one');
      expect(record?.members.map((m) => m.municipality.id)).toEqual(['GM0014', 'GM0034', 'GM0037']);
      expect(record?.collaboration.legalForm).toBeNull();
      expect(record?.collaboration.facilities).toEqual(['DIGID', 'GGK']);
      const changed = structuredClone(seed.graph);
      changed.facilities[0]!.name = 'reseeded';
      await store.loadSeed(reseeded(changed));
      expect((await store.collaboration('gr-test-one'))?.members).toHaveLength(3);
      expect((await store.catalogue()).sources.map((s) => s.id)).toContain('import:test:1');
      await store.loadSeed(seed);
    });

    it('refuses an import that would change a seeded collaboration, writing nothing', async () => {
      const before = await store.counts();
      await expect(
        store.importCollaborations({
          sources: [],
          collaborations: [{ ...seed.graph.collaborations[0]!, members: [{ municipality: 'GM0014', confidence: 'CONFIRMED' }] }],
        }),
      ).rejects.toBeInstanceOf(BadInputError);
      expect(await store.counts()).toEqual(before);
    });
  });

  describe(`${name} store contract: curation with history`, () => {
    let seed: LoadedSeed;
    let store: GraphStore;
    const who = { keyId: 'k1', name: 'curator', organisation: '00000001001234567000' };
    const digid = () => seed.graph.auditRequirements.find((r) => r.id === 'digid-assessment' && r.validTo === null)!;
    const change = (expectedVersion: string | null, effectiveFrom: string, jointAllowed: boolean): CurationRequest => {
      const { validFrom: _f, validTo: _t, ...fact } = digid();
      return { kind: 'AUDIT_REQUIREMENT', fact: { ...fact, jointAllowed }, reason: 'meervoudig assessment for collaborations', effectiveFrom, expectedVersion };
    };

    beforeAll(async () => {
      seed = await loadSeed();
      store = await open();
      await store.loadSeed(seed);
      return () => store.close();
    });

    it('adds a version from a date, closes the old one on that date, and records who, when, why, before and after', async () => {
      const current = `digid-assessment@${digid().validFrom}`;
      const record = await store.curate((g) => planCuration(g, change(current, '2027-01-01', true), new Date('2026-11-28T12:00:00Z'), who, 'c-1'));
      expect(record).toMatchObject({ factId: 'digid-assessment', version: 'digid-assessment@2027-01-01', closed: { version: current, validTo: '2027-01-01' } });
      const catalogue = await store.catalogue();
      const versions = catalogue.auditRequirements.filter((r) => r.id === 'digid-assessment');
      expect(versions.map((v) => [v.validFrom, v.validTo, v.jointAllowed])).toContainEqual([digid().validFrom, '2027-01-01', false]);
      expect(versions.map((v) => [v.validFrom, v.validTo, v.jointAllowed])).toContainEqual(['2027-01-01', null, true]);
      const { municipalities: _m, collaborations: _c, ...expected } = applyCurations(seed.graph, [record]);
      expect(catalogue).toEqual(canonicalCatalogue(expected));
      const history = await store.curations({ kind: 'AUDIT_REQUIREMENT', factId: 'digid-assessment', first: 10, after: null });
      expect(history.items.map((i) => i.node)).toEqual([record]);
      expect((history.items[0]!.node.before as { validTo: string | null } | null)?.validTo).toBeNull();
    });

    it('returns every text of a curated fact in Dutch and in English, lists of texts included', async () => {
      const rule = seed.graph.eligibilityRules.find((r) => r.id === 'OPENBAAR_LICHAAM:DIGID' && r.validTo === null)!;
      const { validFrom: _f, validTo: _t, ...fact } = rule;
      const texts = {
        reason: { nl: 'Getest: het openbaar lichaam sluit zelf aan.', en: 'Tested: the openbaar lichaam (public body) connects itself.' },
        legalBasis: { nl: 'Wgr art. 8 lid 1', en: 'Wgr art. 8(1)' },
        conditions: [{ nl: 'eigen OIN', en: 'own OIN' }, { nl: 'een verwerkersovereenkomst', en: 'a data processing agreement (verwerkersovereenkomst)' }],
        workarounds: [],
        note: { nl: 'Een notitie.', en: 'A note.' },
      };
      const request: CurationRequest = {
        kind: 'ELIGIBILITY_RULE', fact: { ...fact, ...texts }, reason: 'bilingual texts', effectiveFrom: '2027-02-01', expectedVersion: versionUid(rule),
      };
      await store.curate((g) => planCuration(g, request, new Date('2026-11-28T12:00:00Z'), who, 'c-texts'));
      const stored = (await store.catalogue()).eligibilityRules.find((r) => r.id === rule.id && r.validFrom === '2027-02-01')!;
      expect({ reason: stored.reason, legalBasis: stored.legalBasis, conditions: stored.conditions, workarounds: stored.workarounds, note: stored.note }).toEqual(texts);
      // The version it closed keeps its own texts in both languages.
      const closed = (await store.catalogue()).eligibilityRules.find((r) => r.id === rule.id && r.validTo === '2027-02-01')!;
      expect(closed.reason).toEqual(rule.reason);
      expect(closed.conditions).toEqual(rule.conditions);
    });

    it('refuses a change based on a version that is no longer in force with CONFLICT, writing nothing', async () => {
      const before = await store.catalogue();
      const stale = `digid-assessment@${digid().validFrom}`;
      await expect(store.curate((g) => planCuration(g, change(stale, '2027-06-01', false), new Date(), who, 'c-2'))).rejects.toBeInstanceOf(ConflictError);
      expect(await store.catalogue()).toEqual(before);
    });

    it('lets exactly one of two concurrent changes based on the same version through', async () => {
      const base = 'digid-assessment@2027-01-01';
      const results = await Promise.allSettled([
        store.curate((g) => planCuration(g, change(base, '2028-01-01', false), new Date(), who, 'c-3')),
        store.curate((g) => planCuration(g, change(base, '2028-01-01', false), new Date(), who, 'c-4')),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(failed.reason).toBeInstanceOf(ConflictError);
    });

    it('refuses an invalid fact or a dangling reference, naming the field', async () => {
      await expect(store.curate((g) => planCuration(g, { ...change(null, '2027-01-01', true), fact: { id: 'x' } }, new Date(), who, 'c-5'))).rejects.toBeInstanceOf(BadInputError);
      const dangling = change(null, '2027-01-01', true);
      (dangling.fact as Record<string, unknown>).id = 'new-audit';
      (dangling.fact as Record<string, unknown>).framework = 'NO-SUCH-FRAMEWORK';
      await expect(store.curate((g) => planCuration(g, dangling, new Date(), who, 'c-6'))).rejects.toThrow(/unknown framework "NO-SUCH-FRAMEWORK"/);
    });

    it('keeps curations across a reseed, and counts them', async () => {
      const changed = structuredClone(seed.graph);
      changed.facilities[0]!.name = 'reseeded';
      await store.loadSeed(reseeded(changed));
      const versions = (await store.catalogue()).auditRequirements.filter((r) => r.id === 'digid-assessment');
      expect(versions.some((v) => v.validFrom === '2027-01-01')).toBe(true);
      const records = (await store.curations({ kind: null, factId: null, first: 100, after: null })).items.map((i) => i.node);
      const layout = countLayout(layoutGraph(applyCurations(changed, records)));
      expect(await store.counts()).toEqual({ nodes: { ...layout.nodes, SeedInfo: 1, Curation: records.length }, relationships: layout.relationships });
      await store.loadSeed(seed);
    });
  });

  describe(`${name} store contract: access log`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
      return () => store.close();
    });
    const ALL = { organisation: null, from: null, to: null, first: 100, after: null };
    const entry = (outcome: string): AccessLogEntry => ({
      id: randomUUID(), at: new Date().toISOString(), keyId: null, role: null, actingFor: null, purpose: 'contract', operation: 'contract', variablesHash: null, outcome,
    });
    const outcomeOf = async (id: string) => (await store.accessLog(ALL)).items.map((i) => i.node).find((e) => e.id === id)?.outcome;

    it('shows an outcome recorded after its entry at once, the latest one per entry', async () => {
      const a = entry('PENDING');
      await store.appendAccessLog(a);
      expect(await outcomeOf(a.id)).toBe('PENDING');
      const written = store.recordOutcome({ ...a, outcome: 'OK' });
      expect(await outcomeOf(a.id)).toBe('OK');
      await written;
      expect((await store.accessLog(ALL)).items.filter((i) => i.node.id === a.id)).toHaveLength(1);
    });

    it('writes an outcome with the next append, and on its own when none comes', async () => {
      const a = entry('PENDING');
      const b = entry('PENDING');
      await store.appendAccessLog(a);
      await store.appendAccessLog(b);
      // Carried by the next append: durable once that append is.
      const carried = store.recordOutcome({ ...a, outcome: 'OK' });
      let carriedDone = false;
      void carried.then(() => (carriedDone = true));
      await store.appendAccessLog(entry('OK'));
      await Promise.resolve();
      expect(carriedDone).toBe(true);
      // With no append after it, written within the outcome delay all the same.
      await store.recordOutcome({ ...b, outcome: 'NOT_FOUND' });
      expect(await outcomeOf(b.id)).toBe('NOT_FOUND');
    });
  });

  describe(`${name} store contract: reads confirmed at the access-log append (an API request)`, () => {
    let seed: LoadedSeed;
    let store: GraphStore;
    let other: GraphStore;
    beforeAll(async () => {
      seed = await loadSeed();
      store = await open();
      await store.loadSeed(seed);
      other = await another(store);
      return async () => {
        await other.close();
        await store.close();
      };
    });
    const entry = (purpose: string): AccessLogEntry => ({
      id: randomUUID(), at: new Date().toISOString(), keyId: null, role: null, actingFor: null, purpose, operation: 'contract', variablesHash: null, outcome: 'OK',
    });
    const confirming = <T>(work: () => Promise<T>) => withOperation({ operation: 'request', confirmsReadsAtLog: true }, work);

    it('is told by its append when the graph changed through another handle, and reads it fresh from then on', async () => {
      const cached = await store.catalogue();
      const changed = structuredClone(seed.graph);
      changed.facilities[0]!.name = 'changed through the other handle';
      await confirming(async () => {
        expect(await store.catalogue()).toBe(cached);
        await other.loadSeed(reseeded(changed));
        expect(await store.appendAccessLog(entry('refuted'))).toEqual({ readsCurrent: false });
        const fresh = await store.catalogue();
        expect(fresh).not.toBe(cached);
        expect(fresh.facilities.find((f) => f.code === changed.facilities[0]!.code)?.name).toBe('changed through the other handle');
        // What it read after the refusal is current: the next append has nothing to refute.
        expect(await store.appendAccessLog(entry('after'))).toEqual({ readsCurrent: true });
      });
      // The next request reads what the other handle wrote, and nothing has changed since.
      await confirming(async () => {
        expect((await store.catalogue()).facilities.find((f) => f.code === changed.facilities[0]!.code)?.name).toBe('changed through the other handle');
        expect(await store.appendAccessLog(entry('unchanged'))).toEqual({ readsCurrent: true });
      });
    });
  });
}
