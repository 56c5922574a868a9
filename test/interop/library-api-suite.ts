// importLibrary over GraphQL, end to end on one store: role, dry run, refusal, import; then an audit requirement
// curated onto the imported framework brings it into overlap and the minimal joint audit like any other.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../../src/app/keys.js';
import type { GraphStore } from '../../src/store/port.js';
import { serve, type TestServer } from '../helpers/server.js';

const ORG = '00000001001234567000';
const fixture = (name: string) => readFile(new URL(`../fixtures/ciso/${name}`, import.meta.url), 'utf8');

const IMPORT = /* GraphQL */ `mutation($content: String!, $dryRun: Boolean) { importLibrary(content: $content, dryRun: $dryRun) {
  library { urn refId name version locale source }
  frameworks { urn refId name nodes assessable matchedFramework framework matchedNorms newNorms }
  mappingSets { urn sourceFramework targetFramework mappings byRelationship { EQUAL SUBSET_OF SUPERSET_OF INTERSECTS } skipped duplicates unresolved unchanged }
  curations written } }`;
type Summary = { importLibrary: { library: { source: string }; frameworks: Array<{ framework: string; matchedFramework: string | null; newNorms: number; matchedNorms: number }>; mappingSets: Array<{ mappings: number; skipped: number; byRelationship: Record<string, number> }>; curations: number; written: boolean } };
const FRAMEWORKS = '{ normFrameworks { id aliases norms { code title titleNl titleEn } } }';
type Frameworks = { normFrameworks: Array<{ id: string; aliases: string[] | null; norms: Array<{ code: string; title: string; titleNl: string | null; titleEn: string | null }> }> };

export function describeLibraryApi(name: string, open: () => Promise<{ store: GraphStore; cleanup: () => Promise<void> }>): void {
  describe(`importLibrary over GraphQL on ${name}`, () => {
    let t: TestServer;
    const h: Record<string, Record<string, string>> = {};
    beforeAll(async () => {
      const { store, cleanup } = await open();
      for (const role of ['ANALYST', 'CURATOR'] as const) {
        const { token } = await createKey(store, { role, organisation: ORG, name: role.toLowerCase() });
        h[role] = { authorization: `Bearer ${token}`, 'x-acting-for': ORG, 'x-purpose': 'library import test' };
      }
      t = await serve(store, cleanup, undefined, { enabled: true, ratePerMinute: 10_000 });
    });
    afterAll(() => t.close());

    it('is for curators: an analyst is refused, a dry run plans without writing, a bad library is refused naming the path', async () => {
      const content = await fixture('gemeente-testkader.yaml');
      const analyst = await t.gql(IMPORT, { content }, h.ANALYST);
      expect(analyst.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const dry = await t.gql<Summary>(IMPORT, { content, dryRun: true }, h.CURATOR);
      expect(dry.body.errors).toBeUndefined();
      expect(dry.body.data!.importLibrary).toMatchObject({ written: false, curations: 11, frameworks: [{ framework: 'GTK', matchedFramework: null, newNorms: 5 }] });
      const bad = await t.gql(IMPORT, { content: await fixture('bad-strength.yaml') }, h.CURATOR);
      expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content.objects.requirement_mapping_sets[0].requirement_mappings[1].strength_of_relationship' });
      const after = await t.gql<Frameworks>(FRAMEWORKS, undefined, h.ANALYST);
      expect(after.body.data!.normFrameworks.map((f) => f.id)).not.toContain('GTK');
      expect(after.body.data!.normFrameworks.find((f) => f.id === 'BIO2')!.aliases).toEqual(['urn:intuitem:risk:framework:bio2', 'bio2']);
    });

    it('imports the library; with an audit requirement on its framework, overlap and the minimal joint audit take it in', async () => {
      const res = await t.gql<Summary>(IMPORT, { content: await fixture('gemeente-testkader.yaml') }, h.CURATOR);
      expect(res.body.errors).toBeUndefined();
      const s = res.body.data!.importLibrary;
      expect(s).toMatchObject({ written: true, curations: 11 });
      expect(s.mappingSets[0]).toMatchObject({ mappings: 4, skipped: 1, byRelationship: { EQUAL: 1, SUBSET_OF: 1, SUPERSET_OF: 1, INTERSECTS: 1 } });
      const fw = (await t.gql<Frameworks>(FRAMEWORKS, undefined, h.ANALYST)).body.data!.normFrameworks.find((f) => f.id === 'GTK')!;
      expect(fw.norms.find((n) => n.code === 'GTK.01')).toEqual({ code: 'GTK.01', title: 'Wijzigingsbeheer', titleNl: 'Wijzigingsbeheer', titleEn: 'Change management' });

      const curate = await t.gql<{ curate: { version: string } }>('mutation($input: CurationInput!) { curate(input: $input) { version } }', {
        input: {
          kind: 'AUDIT_REQUIREMENT', reason: 'test: an audit against the imported framework',
          fact: { id: 'gtk-audit', facility: 'EHERKENNING', name: { nl: 'Testkader-audit', en: 'Test framework audit' }, evidence: 'IT_AUDIT', cycleMonths: 12, scope: 'PER_MEMBER', jointAllowed: true, framework: 'GTK', sources: [s.library.source] },
        },
      }, h.CURATOR);
      expect(curate.body.errors).toBeUndefined();

      const overlap = await t.gql<{ overlap: { normOverlap: Array<{ a: { id: string }; b: { id: string }; shared: number; pairs: Array<{ a: { id: string }; b: { id: string } }>; partial: Array<{ a: { id: string }; b: { id: string } }> }> } }>(
        '{ overlap(facilities: ["DIGID", "EHERKENNING"]) { normOverlap { a { id } b { id } shared pairs { a { id } b { id } } partial { a { id } b { id } } } } }', undefined, h.ANALYST);
      expect(overlap.body.errors).toBeUndefined();
      const pair = overlap.body.data!.overlap.normOverlap.find((o) => [o.a.id, o.b.id].sort().join() === 'DIGID-3.0,GTK')!;
      expect(pair.shared).toBeGreaterThanOrEqual(1);
      // GTK.01 = BIO2 8.32.01 = DigiD C.08: tested once.
      expect(pair.pairs.map((p) => [p.a.id, p.b.id].sort().join())).toContain('DIGID-3.0:C.08,GTK:GTK.01');

      const audit = await t.gql<{ minimalJointAudit: { optimal: boolean; engagements: Array<{ requirements: Array<{ id: string }>; testedNorms: Array<{ id: string }> }>; obligations: Array<{ requirement: { id: string } }> } }>(
        'query($input: AnalysisInput!) { minimalJointAudit(input: $input) { optimal engagements { requirements { id } testedNorms { id } } obligations { requirement { id } } } }',
        { input: { members: ['GM0014', 'GM0034'], legalForm: 'OPENBAAR_LICHAAM', facilities: ['DIGID', 'EHERKENNING'] } }, h.ANALYST);
      expect(audit.body.errors).toBeUndefined();
      const plan = audit.body.data!.minimalJointAudit;
      expect(plan.optimal).toBe(true);
      expect(plan.obligations.some((o) => o.requirement.id === 'gtk-audit')).toBe(true);
      const tested = plan.engagements.filter((e) => e.requirements.some((r) => r.id === 'gtk-audit')).flatMap((e) => e.testedNorms.map((n) => n.id));
      expect(tested.filter((id) => id.startsWith('GTK:'))).not.toHaveLength(0);
    });
  });
}
