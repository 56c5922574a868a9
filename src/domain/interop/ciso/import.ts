// Plans the import of a CISO Assistant library as curations: a framework becomes a norm framework (matched to ours by
// urn, ref_id or alias, then node by node on ref_id), a mapping set becomes norm mappings, the library their source.
import type { CurationRequest } from '../../curation.js';
import type { IsoDate, MappingRationale, MappingRelation, Norm, NormFramework, NormMapping, SeedGraph } from '../../model.js';
import { validOn, versionUid } from '../../model.js';
import { CISO_RATIONALES, LibraryFormatError, mappingSetsOf, type CisoFramework, type CisoLibrary, type CisoRelationship } from './format.js';
import { frameworkIdFor, frameworkUrns, matchKey, nodeUrnPrefix, normCodeFor } from './names.js';

export const RELATION_OF: Record<Exclude<CisoRelationship, 'not_related'>, Exclude<MappingRelation, 'NOT_RELATED'>> = {
  equal: 'EQUAL',
  subset: 'SUBSET_OF',
  superset: 'SUPERSET_OF',
  intersect: 'INTERSECTS',
};
export type ImportedRelation = (typeof RELATION_OF)[keyof typeof RELATION_OF];

export interface FrameworkImportSummary {
  urn: string;
  refId: string;
  name: string;
  /** Requirement nodes in the library, and how many of them are assessable (those become norms). */
  nodes: number;
  assessable: number;
  /** Our framework it matched, or null when it is new. */
  matchedFramework: string | null;
  /** The framework id its norms are in (the matched one, or the new one). */
  framework: string;
  matchedNorms: number;
  newNorms: number;
}

export interface MappingSetImportSummary {
  urn: string | null;
  sourceFramework: string;
  targetFramework: string;
  /** Mappings that hold in the graph after the import (new, changed or already there). */
  mappings: number;
  byRelationship: Record<ImportedRelation, number>;
  /** `not_related` entries: not mappings, skipped. */
  skipped: number;
  /** The same pair with the same relationship given again. */
  duplicates: number;
  /** Entries naming a node that is no norm of the framework (not assessable, or not in the graph). */
  unresolved: number;
  /** Mappings already in the graph exactly so: nothing to write. */
  unchanged: number;
}

export interface LibraryImportSummary {
  library: { urn: string; refId: string; name: string; version: string; locale: string; source: string };
  frameworks: FrameworkImportSummary[];
  mappingSets: MappingSetImportSummary[];
  /** Curations the import makes (planned on a dry run). */
  curations: number;
  /** True when they were written. */
  written: boolean;
}

export interface LibraryImportPlan {
  summary: Omit<LibraryImportSummary, 'curations' | 'written'>;
  requests: CurationRequest[];
}

/** Longest norm title taken from a node's text, in characters; longer first lines are cut with an ellipsis. */
const TITLE_MAX = 200;

function label(t: { name?: string | null; description?: string | null } | null | undefined): string | undefined {
  const name = t?.name?.trim();
  if (name) return name;
  const first = t?.description?.trim().split('\n')[0]?.trim();
  if (!first) return undefined;
  return first.length > TITLE_MAX ? `${first.slice(0, TITLE_MAX - 1).trimEnd()}…` : first;
}

/** The note on a norm whose library gives its text in one language only (`missing`), or in neither (null: the code). */
function missingLanguageNote(missing: 'nl' | 'en' | null): { nl: string; en: string } {
  if (missing === 'en') return { nl: 'de bibliotheek geeft de titel alleen in het Nederlands; die staat ook als Engelse titel', en: 'the library gives the title in Dutch only; it is used as the English title too' };
  if (missing === 'nl') return { nl: 'de bibliotheek geeft de titel alleen in het Engels; die staat ook als Nederlandse titel', en: 'the library gives the title in English only; it is used as the Dutch title too' };
  return { nl: 'de bibliotheek geeft geen titel in het Nederlands of het Engels', en: 'the library gives no title in Dutch or English' };
}

/** Dutch and English texts of a node or framework: the base text in the library's locale, else its translation. */
function languages(locale: string, base: { name?: string | null; description?: string | null; translations?: Record<string, { name?: string | null; description?: string | null } | null | undefined> | null }) {
  const lang = locale.toLowerCase().slice(0, 2);
  const of = (l: 'nl' | 'en') => (lang === l ? label(base) : label(base.translations?.[l]));
  return { nl: of('nl'), en: of('en'), base: label(base) };
}

const NODE_PATH = 'objects.framework.requirement_nodes';

/** Plans the import against the graph as it is; throws `LibraryFormatError` when the library cannot be imported. */
export function planLibraryImport(graph: SeedGraph, lib: CisoLibrary, effectiveFrom: IsoDate): LibraryImportPlan {
  const reason = `imported from CISO Assistant library ${lib.urn} version ${lib.version}`;
  // Source ids are ids (letters, digits, `. _ : / -`); a urn nearly always is one already.
  const sourceId = `${lib.urn}:v${lib.version}`.replace(/[^A-Za-z0-9._:/-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  const requests: CurationRequest[] = [];
  const add = (kind: CurationRequest['kind'], fact: Record<string, unknown>, expectedVersion: string | null = null) =>
    requests.push({ kind, fact, reason, effectiveFrom, expectedVersion });

  if (!graph.sources.some((s) => s.id === sourceId)) {
    add('SOURCE', {
      id: sourceId,
      title: lib.name,
      publisher: lib.provider?.trim() || lib.packager?.trim() || 'CISO Assistant library',
      url: null,
      section: {
        nl: `CISO Assistant-bibliotheek ${lib.ref_id}, versie ${lib.version}${lib.packager ? `, verpakt door ${lib.packager}` : ''}`,
        en: `CISO Assistant library ${lib.ref_id}, version ${lib.version}${lib.packager ? `, packaged by ${lib.packager}` : ''}`,
      },
      date: lib.publication_date && /^\d{4}-\d{2}-\d{2}$/.test(lib.publication_date) ? lib.publication_date : null,
    });
  }

  // Norms by framework and match key, growing as the plan adds norms.
  const normsByFramework = new Map<string, Map<string, Norm | { id: string }>>();
  const normIndex = (fw: string) => {
    let m = normsByFramework.get(fw);
    if (!m) normsByFramework.set(fw, (m = new Map()));
    return m;
  };
  for (const n of graph.norms) normIndex(n.framework).set(matchKey(n.code), n);
  const frameworks: Array<NormFramework & { urns: string[] }> = graph.frameworks.map((f) => ({ ...f, urns: frameworkUrns(f) }));
  /** Requirement urn → norm id, for the nodes of this library's framework. */
  const nodeNorms = new Map<string, string>();

  const frameworkSummaries: FrameworkImportSummary[] = [];
  const fw = lib.objects.framework;
  if (fw) frameworkSummaries.push(planFramework(fw));

  function planFramework(fw: CisoFramework): FrameworkImportSummary {
    const matched =
      frameworks.find((f) => f.urns.includes(fw.urn)) ??
      frameworks.find((f) => f.id === fw.ref_id || f.id === frameworkIdFor(fw.ref_id) || (f.aliases ?? []).includes(fw.ref_id)) ??
      null;
    const id = matched?.id ?? frameworkIdFor(fw.ref_id);
    const names = languages(lib.locale, fw);
    if (!matched) {
      const weights = graph.frameworks.map((f) => f.defaultWeight).sort((a, b) => a - b);
      const defaultWeight = weights.length ? weights[Math.floor(weights.length / 2)]! : 0;
      add('NORM_FRAMEWORK', {
        id,
        name: names.nl ?? names.base ?? fw.name,
        version: `library version ${lib.version}${lib.publication_date ? ` (${lib.publication_date})` : ''}`,
        owner: lib.provider?.trim() || lib.packager?.trim() || 'unknown',
        defaultWeight,
        aliases: [...new Set([fw.urn, fw.ref_id].filter((a) => a !== id))],
        sources: [sourceId],
        confidence: 'CONFIRMED',
        note: {
          nl: `Geïmporteerd uit CISO Assistant-bibliotheek ${lib.urn} versie ${lib.version}. defaultWeight ${defaultWeight} euro is een AANNAME: de mediaan van de normenkaders die al in de kennisgraaf staan.`,
          en: `Imported from CISO Assistant library ${lib.urn} version ${lib.version}. defaultWeight ${defaultWeight} euro is an ASSUMPTION: the median of the frameworks already in the graph.`,
        },
      });
      frameworks.push({ id, name: fw.name, version: '', owner: '', defaultWeight, aliases: [fw.urn], sources: [], confidence: 'CONFIRMED', note: null, validFrom: null, validTo: null, urns: [fw.urn] });
    } else if (!frameworks.find((f) => f.id === id)!.urns.includes(fw.urn)) {
      // Their urn resolves their mapping sets onto our framework for the rest of this import.
      frameworks.find((f) => f.id === id)!.urns.push(fw.urn);
    }

    const index = normIndex(id);
    const seen = new Map<string, number>();
    const prefix = nodeUrnPrefix(fw.urn);
    let assessable = 0;
    let matchedNorms = 0;
    let newNorms = 0;
    const problems: Array<{ path: string; message: string }> = [];
    fw.requirement_nodes.forEach((node, i) => {
      if (!node.assessable) return;
      assessable += 1;
      const written = node.ref_id ?? (node.urn.startsWith(prefix) ? node.urn.slice(prefix.length) : node.urn.split(':').at(-1)!);
      const code = normCodeFor(written);
      const key = matchKey(code);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ path: `${NODE_PATH}[${i}].ref_id`, message: `duplicate ref_id "${written}" among assessable nodes (also ${NODE_PATH}[${first}])` });
        return;
      }
      seen.set(key, i);
      const existing = index.get(key);
      if (existing) {
        matchedNorms += 1;
        nodeNorms.set(node.urn, existing.id);
        return;
      }
      newNorms += 1;
      const t = languages(lib.locale, node);
      // A library that words a node in one language only gives that text for both; the note says which one is missing.
      const only = t.nl ?? t.en ?? t.base ?? code;
      const title = { nl: t.nl ?? only, en: t.en ?? only };
      const notes = [
        ...(written === code ? [] : [{ nl: `ref_id "${written}" in de bibliotheek`, en: `ref_id "${written}" in the library` }]),
        ...(t.nl && t.en ? [] : [missingLanguageNote(t.nl ? 'en' : t.en ? 'nl' : null)]),
      ];
      add('NORM', {
        framework: id, code, title,
        weight: null, isoControl: null, sources: [sourceId], confidence: 'CONFIRMED',
        note: notes.length === 0 ? null : { nl: notes.map((n) => n.nl).join('; '), en: notes.map((n) => n.en).join('; ') },
      });
      const normId = `${id}:${code}`;
      index.set(key, { id: normId });
      nodeNorms.set(node.urn, normId);
    });
    if (problems.length > 0) throw new LibraryFormatError(problems.slice(0, 20));
    return {
      urn: fw.urn, refId: fw.ref_id, name: fw.name, nodes: fw.requirement_nodes.length, assessable,
      matchedFramework: matched?.id ?? null, framework: id, matchedNorms, newNorms,
    };
  }

  const byUrn = (urn: string) => frameworks.find((f) => f.urns.includes(urn)) ?? null;
  const sets = mappingSetsOf(lib);
  const missing = sets.flatMap(({ set, path }) =>
    (['source_framework_urn', 'target_framework_urn'] as const)
      .filter((k) => !byUrn(set[k]))
      .map((k) => ({ path: `${path}.${k}`, message: `framework "${set[k]}" is not in the graph: import its library first (or give our framework this urn as an alias)` })),
  );
  if (missing.length > 0) throw new LibraryFormatError(missing);

  function resolve(urn: string, f: NormFramework & { urns: string[] }): string | null {
    const direct = nodeNorms.get(urn);
    if (direct) return direct;
    for (const u of f.urns) {
      const prefix = nodeUrnPrefix(u);
      if (urn.startsWith(prefix)) return normIndex(f.id).get(matchKey(urn.slice(prefix.length)))?.id ?? null;
    }
    return null;
  }

  const current = new Map<string, NormMapping>();
  for (const m of graph.mappings) if (validOn(m, effectiveFrom)) current.set(m.id, m);
  const planned = new Map<string, { relation: MappingRelation; path: string }>();
  const mappingSummaries = sets.map(({ set, path }): MappingSetImportSummary => {
    const source = byUrn(set.source_framework_urn)!;
    const target = byUrn(set.target_framework_urn)!;
    const summary: MappingSetImportSummary = {
      urn: set.urn ?? null, sourceFramework: source.id, targetFramework: target.id, mappings: 0,
      byRelationship: { EQUAL: 0, SUBSET_OF: 0, SUPERSET_OF: 0, INTERSECTS: 0 }, skipped: 0, duplicates: 0, unresolved: 0, unchanged: 0,
    };
    const problems: Array<{ path: string; message: string }> = [];
    set.requirement_mappings.forEach((m, j) => {
      const at = `${path}.requirement_mappings[${j}]`;
      if (m.relationship === 'not_related') {
        summary.skipped += 1;
        return;
      }
      const from = resolve(m.source_requirement_urn, source);
      const to = resolve(m.target_requirement_urn, target);
      if (!from || !to || from === to) {
        summary.unresolved += 1;
        return;
      }
      const relation = RELATION_OF[m.relationship];
      const id = `${from}->${to}`;
      const before = planned.get(id);
      if (before) {
        if (before.relation !== relation) problems.push({ path: `${at}.relationship`, message: `${id} is ${before.relation} at ${before.path}, ${relation} here` });
        else summary.duplicates += 1;
        return;
      }
      planned.set(id, { relation, path: at });
      const given = m.rationale?.trim() ?? '';
      const known = (CISO_RATIONALES as readonly string[]).includes(given.toLowerCase());
      const rationale = (known ? given.toUpperCase() : 'SEMANTIC') as MappingRationale;
      const strength = m.strength_of_relationship ?? null;
      if (relation === 'EQUAL' && strength !== null && strength !== 10) {
        problems.push({ path: `${at}.strength_of_relationship`, message: `an equal mapping has strength 10 (or none), not ${strength}` });
        return;
      }
      // The library's annotation is in its own language only: it stands in both.
      const annotation = m.annotation?.trim() || undefined;
      const noteIn = (parts: Array<string | undefined>) => parts.filter(Boolean).join(' ');
      const nl = noteIn([
        annotation,
        !known && given ? `rationale in de bibliotheek: ${given}` : undefined,
        known ? undefined : 'De bibliotheek geeft geen STRM-rationale; SEMANTIC is aangenomen.',
      ]);
      const en = noteIn([
        annotation,
        !known && given ? `rationale in the library: ${given}` : undefined,
        known ? undefined : 'The library gives no STRM rationale; SEMANTIC is assumed.',
      ]);
      const note = nl === '' ? null : { nl, en };
      summary.mappings += 1;
      summary.byRelationship[relation] += 1;
      const existing = current.get(id);
      if (existing && existing.relation === relation && existing.strength === strength && existing.rationale === rationale) {
        summary.unchanged += 1;
        return;
      }
      add('MAPPING', { from, to, relation, strength, rationale, sources: [sourceId], confidence: known ? 'CONFIRMED' : 'INFERRED', note }, existing ? versionUid(existing) : null);
    });
    if (problems.length > 0) throw new LibraryFormatError(problems.slice(0, 20));
    return summary;
  });

  // A library that brings nothing new is cited by nothing: its source is not added either.
  if (requests.every((r) => r.kind === 'SOURCE')) requests.length = 0;
  return {
    summary: {
      library: { urn: lib.urn, refId: lib.ref_id, name: lib.name, version: lib.version, locale: lib.locale, source: sourceId },
      frameworks: frameworkSummaries,
      mappingSets: mappingSummaries,
    },
    requests,
  };
}
