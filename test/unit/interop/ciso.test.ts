import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { applyCurations, planCurations } from '../../../src/domain/curation.js';
import { exportLibrary } from '../../../src/domain/interop/ciso/export.js';
import { parseLibrary } from '../../../src/app/ciso-library.js';
import { LibraryFormatError, mappingSetsOf } from '../../../src/domain/interop/ciso/format.js';
import { planLibraryImport } from '../../../src/domain/interop/ciso/import.js';
import { frameworkIdFor, matchKey, normCodeFor } from '../../../src/domain/interop/ciso/names.js';
import { loadSeed } from '../../../src/seed/load.js';
import fc from 'fast-check';
import { stringify } from 'yaml';

const fixture = (name: string) => readFile(new URL(`../../fixtures/ciso/${name}`, import.meta.url), 'utf8');
const DAY = '2026-12-01';
const AUTHOR = { keyId: null, name: 'test', organisation: null };

const minimal = (objects: string, extra = '') => `urn: urn:example:risk:library:x
locale: en
ref_id: x
name: X
version: 1
${extra}objects:
${objects}`;

describe('reading CISO Assistant libraries', () => {
  it('reads both mapping-set keys, a numeric ref_id as the text written, and an unquoted publication date', async () => {
    const lib = parseLibrary(await fixture('gemeente-testkader.yaml'));
    expect(lib.publication_date).toBe('2026-10-01');
    expect(lib.version).toBe('3');
    expect(lib.objects.framework!.requirement_nodes.at(-1)!.ref_id).toBe('5');
    expect(mappingSetsOf(lib).map((m) => m.path)).toEqual(['objects.requirement_mapping_sets[0]']);
    const single = parseLibrary(await fixture('gemeente-testkader-digid.yaml'));
    expect(mappingSetsOf(single).map((m) => m.path)).toEqual(['objects.requirement_mapping_set']);
    const nodes = parseLibrary(minimal(`  framework:
    urn: urn:example:risk:framework:x
    ref_id: x
    name: X
    requirement_nodes:
      - { urn: "urn:example:risk:req_node:x:a", assessable: true, ref_id: 1.10, name: A }
`));
    expect(nodes.objects.framework!.requirement_nodes[0]!.ref_id).toBe('1.10');
  });

  it('refuses what is not a library, naming the path of each problem', () => {
    const problems = (source: string) => {
      try {
        parseLibrary(source);
      } catch (error) {
        expect(error).toBeInstanceOf(LibraryFormatError);
        return (error as LibraryFormatError).problems.map((p) => p.path);
      }
      throw new Error('accepted');
    };
    expect(problems(minimal('  risk_matrix: []\n'))).toEqual(['objects']);
    expect(problems('urn: x\n')).toEqual(expect.arrayContaining(['locale', 'ref_id', 'name', 'version', 'objects']));
    expect(problems(minimal(`  requirement_mapping_set:
    source_framework_urn: a
    target_framework_urn: b
    requirement_mappings:
      - { source_requirement_urn: a1, target_requirement_urn: b1, relationship: overlaps }
`))).toEqual(['objects.requirement_mapping_set.requirement_mappings[0].relationship']);
  });

  it('answers any text with a library or a LibraryFormatError, never another failure (alias bombs included)', async () => {
    const base = await fixture('gemeente-testkader.yaml');
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`;
    expect(() => parseLibrary(bomb)).toThrow(/cannot be read: Excessive alias count/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.tuple(fc.nat(base.length), fc.nat(40), fc.string()).map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(at + cut))), (text) => {
        try {
          parseLibrary(text);
        } catch (error) {
          expect(error).toBeInstanceOf(LibraryFormatError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('turns ref_ids into ids and match keys', () => {
    expect(frameworkIdFor('ISO/IEC 27001:2022')).toBe('ISO-IEC-27001-2022');
    expect(normCodeFor(' ABSC 1.1.1 ')).toBe('ABSC 1.1.1');
    expect(matchKey('ABSC 1.1.1')).toBe(matchKey('absc-1.1.1'));
    expect(matchKey('U/WA.03')).toBe('u/wa.03');
    // ANSSI writes R05, R05+ and R05- side by side.
    expect(new Set(['R05', 'R05+', 'R05-'].map((c) => matchKey(normCodeFor(c))))).toHaveProperty('size', 3);
  });
});

describe('planning an import', () => {
  it('makes a new framework of an unknown one, norms of its assessable nodes, mappings of its mapping set', async () => {
    const { graph } = await loadSeed();
    const plan = planLibraryImport(graph, parseLibrary(await fixture('gemeente-testkader.yaml')), DAY);
    expect(plan.requests.map((r) => r.kind)).toEqual(['SOURCE', 'NORM_FRAMEWORK', 'NORM', 'NORM', 'NORM', 'NORM', 'NORM', 'MAPPING', 'MAPPING', 'MAPPING', 'MAPPING']);
    const records = planCurations(graph, plan.requests, new Date(), AUTHOR, 'batch');
    expect(records.map((r) => r.id)).toEqual([...records.map((r) => r.id)].sort());
    const after = applyCurations(graph, records);
    const gtk3 = after.norms.find((n) => n.id === 'GTK:GTK.03')!;
    // No name: the first line of the description, Dutch from the base text, English from the translation.
    expect(gtk3).toMatchObject({ title: { nl: 'Er is een vastgesteld informatiebeveiligingsbeleid.', en: 'There is an adopted information security policy.' }, validFrom: DAY });
    // GTK.04 is worded in Dutch only: that text stands as both titles, and the note says the English one is missing.
    const gtk4 = after.norms.find((n) => n.id === 'GTK:GTK.04')!;
    expect(gtk4.title).toEqual({ nl: 'Rollen en verantwoordelijkheden', en: 'Rollen en verantwoordelijkheden' });
    expect(gtk4.note).toEqual({
      nl: 'de bibliotheek geeft de titel alleen in het Nederlands; die staat ook als Engelse titel',
      en: 'the library gives the title in Dutch only; it is used as the English title too',
    });
    expect(gtk3.note).toBeNull();
    const mapping = after.mappings.find((m) => m.id === 'GTK:GTK.02->BIO2:8.29.01')!;
    expect(mapping).toMatchObject({ relation: 'SUBSET_OF', strength: 8, rationale: 'FUNCTIONAL', note: { nl: 'Only the coding part.', en: 'Only the coding part.' }, sources: [plan.summary.library.source] });
    expect(after.mappings.find((m) => m.id === 'GTK:GTK.03->BIO2:5.01.01')).toMatchObject({ rationale: 'SEMANTIC', confidence: 'INFERRED' });
  });

  it('matches their BIO2 to ours by its curated alias, node by node', async () => {
    const { graph } = await loadSeed();
    const lib = parseLibrary(minimal(`  framework:
    urn: urn:intuitem:risk:framework:bio2
    ref_id: bio2
    name: BIO2
    requirement_nodes:
      - { urn: "urn:intuitem:risk:req_node:bio2:5.01.01", assessable: true, ref_id: 5.01.01, description: Policy }
      - { urn: "urn:intuitem:risk:req_node:bio2:9.99.99", assessable: true, ref_id: 9.99.99, description: A measure we do not have }
`));
    const plan = planLibraryImport(graph, lib, DAY);
    expect(plan.summary.frameworks[0]).toMatchObject({ matchedFramework: 'BIO2', matchedNorms: 1, newNorms: 1 });
    expect(plan.requests.filter((r) => r.kind === 'NORM').map((r) => (r.fact as { code: string }).code)).toEqual(['9.99.99']);
  });

  it('refuses an equal mapping whose strength is not 10, and two relationships for one pair', async () => {
    const { graph } = await loadSeed();
    const base = await fixture('gemeente-testkader.yaml');
    const equal5 = base.replace('          strength_of_relationship: 10\n', '          strength_of_relationship: 5\n');
    expect(() => planLibraryImport(graph, parseLibrary(equal5), DAY)).toThrow(/requirement_mappings\[0\]\.strength_of_relationship: an equal mapping has strength 10/);
    const twice = base.replace('target_requirement_urn: urn:intuitem:risk:req_node:bio2:8.29.01', 'target_requirement_urn: urn:intuitem:risk:req_node:bio2:8.32.01')
      .replace('source_requirement_urn: urn:example:risk:req_node:gemeente-testkader:gtk.02', 'source_requirement_urn: urn:example:risk:req_node:gemeente-testkader:gtk.01');
    expect(() => planLibraryImport(graph, parseLibrary(twice), DAY)).toThrow(/GTK:GTK.01->BIO2:8.32.01 is EQUAL at .*requirement_mappings\[0\], SUBSET_OF here/);
  });

  it('reads every seeded framework back from its export onto itself: no new norms, every mapping already there', async () => {
    const { graph } = await loadSeed();
    for (const fw of graph.frameworks) {
      const asOf = fw.validTo ? fw.validFrom! : '2026-11-28';
      const lib = parseLibrary(stringify(exportLibrary(graph, fw.id, { withMappings: true, asOf })));
      const plan = planLibraryImport(graph, lib, asOf);
      expect(plan.summary.frameworks[0], fw.id).toMatchObject({ matchedFramework: fw.id, newNorms: 0 });
      expect(plan.summary.mappingSets.every((m) => m.unresolved === 0 && m.unchanged === m.mappings), fw.id).toBe(true);
      expect(plan.requests, fw.id).toEqual([]);
    }
  });
});
