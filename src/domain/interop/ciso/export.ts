// Writes one of our frameworks as a CISO Assistant library (with its mappings as mapping sets), in the shape
// import.ts reads back onto the same framework.
import { NotFoundError } from '../../errors.js';
import type { Catalogue, IsoDate, MappingRelation, Norm } from '../../model.js';
import { validOn } from '../../model.js';
import type { CisoRelationship } from './format.js';
import { RELATION_OF } from './import.js';
import { harmonieFrameworkUrn, harmonieNodeUrn } from './names.js';

const RELATIONSHIP_OF = Object.fromEntries(Object.entries(RELATION_OF).map(([k, v]) => [v, k])) as Record<Exclude<MappingRelation, 'NOT_RELATED'>, CisoRelationship>;

const libraryUrn = (frameworkId: string) => `urn:harmonie:risk:library:${frameworkId.toLowerCase()}`;

export interface ExportOptions {
  withMappings: boolean;
  /** The graph as of this day: the norms and mappings in force then. */
  asOf: IsoDate;
}

/** The library as a plain object, ready to be written as YAML. Throws NotFoundError for an unknown framework. */
export function exportLibrary(catalogue: Catalogue, frameworkId: string, options: ExportOptions): Record<string, unknown> {
  const fw = catalogue.frameworks.find((f) => f.id === frameworkId);
  if (!fw) throw new NotFoundError('framework', frameworkId, 'framework');
  const norms = catalogue.norms.filter((n) => n.framework === fw.id && validOn(n, options.asOf));
  const normById = new Map(catalogue.norms.map((n) => [n.id, n]));
  const sourceTitles = fw.sources.map((id) => catalogue.sources.find((s) => s.id === id)?.title ?? id);

  const node = (n: Norm) => ({
    urn: harmonieNodeUrn(fw.id, n.code),
    assessable: true,
    depth: 1,
    ref_id: n.code,
    // The library's locale is English; the Dutch title goes with its translations.
    name: n.title.en,
    ...(n.note ? { annotation: n.note.en } : {}),
    translations: { nl: { name: n.title.nl } },
  });

  const objects: Record<string, unknown> = {
    framework: {
      urn: harmonieFrameworkUrn(fw.id),
      ref_id: fw.id,
      name: fw.name,
      description: `${fw.name}, version ${fw.version} (${fw.owner})`,
      translations: { nl: { name: fw.name, description: `${fw.name}, versie ${fw.version} (${fw.owner})` } },
      requirement_nodes: norms.map(node),
    },
  };

  const dependencies = new Set<string>();
  if (options.withMappings) {
    const codes = new Set(norms.map((n) => n.id));
    const sets = new Map<string, { from: string; to: string; mappings: Array<Record<string, unknown>> }>();
    for (const m of catalogue.mappings) {
      if (!validOn(m, options.asOf) || m.relation === 'NOT_RELATED' || !(codes.has(m.from) || codes.has(m.to))) continue;
      const a = normById.get(m.from);
      const b = normById.get(m.to);
      if (!a || !b) continue;
      const key = `${a.framework}\u0000${b.framework}`;
      const set = sets.get(key) ?? { from: a.framework, to: b.framework, mappings: [] };
      sets.set(key, set);
      set.mappings.push({
        source_requirement_urn: harmonieNodeUrn(a.framework, a.code),
        target_requirement_urn: harmonieNodeUrn(b.framework, b.code),
        relationship: RELATIONSHIP_OF[m.relation],
        rationale: m.rationale.toLowerCase(),
        ...(m.strength === null ? {} : { strength_of_relationship: m.strength }),
        ...(m.note ? { annotation: m.note.en } : {}),
      });
    }
    const list = [...sets.values()].sort((x, y) => `${x.from}\u0000${x.to}`.localeCompare(`${y.from}\u0000${y.to}`));
    for (const s of list) for (const f of [s.from, s.to]) if (f !== fw.id) dependencies.add(libraryUrn(f));
    if (list.length > 0) {
      objects.requirement_mapping_sets = list.map((s) => ({
        urn: `urn:harmonie:risk:req_mapping_set:${s.from.toLowerCase()}:${s.to.toLowerCase()}`,
        ref_id: `${s.from}->${s.to}`,
        name: `${s.from} → ${s.to}`,
        description: `Norm mappings of the Harmonie knowledge graph from ${s.from} to ${s.to}`,
        source_framework_urn: harmonieFrameworkUrn(s.from),
        target_framework_urn: harmonieFrameworkUrn(s.to),
        requirement_mappings: s.mappings,
      }));
    }
  }

  return {
    urn: libraryUrn(fw.id),
    locale: 'en',
    ref_id: fw.id,
    name: fw.name,
    description: `${fw.name}, version ${fw.version} (${fw.owner}), as the Harmonie knowledge graph holds it on ${options.asOf}`,
    copyright: `Sources: ${sourceTitles.join('; ')}`,
    version: 1,
    publication_date: options.asOf,
    provider: fw.owner,
    packager: 'harmonie',
    translations: {
      nl: {
        name: fw.name,
        description: `${fw.name}, versie ${fw.version} (${fw.owner}), zoals de kennisgraaf van Harmonie die op ${options.asOf} bevat`,
        copyright: `Bronnen: ${sourceTitles.join('; ')}`,
      },
    },
    ...(dependencies.size > 0 ? { dependencies: [...dependencies].sort() } : {}),
    objects,
  };
}
