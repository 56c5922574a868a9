// The one definition of how the knowledge graph is laid out as nodes and relationships; the Neo4j loader writes it, the embedded store counts it.
import { LANGUAGES, versionUid } from '../domain/model.js';
import type { LocalizedText, SeedGraph } from '../domain/model.js';

export type Scalar = string | number | boolean | null | string[];
export type Props = Record<string, Scalar>;

export interface NodeSpec {
  label: string;
  /** The property that identifies a node of this label (unique constraint). */
  key: string;
  rows: Props[];
}

export interface RelationshipSpec {
  type: string;
  from: { label: string; key: string };
  to: { label: string; key: string };
  /** Identifies a relationship among parallel ones; absent when at most one of this type joins two nodes. */
  key?: string;
  rows: Array<{ from: string; to: string; props: Props }>;
}

export interface GraphLayout {
  nodes: NodeSpec[];
  relationships: RelationshipSpec[];
}

export const EMPTY_GRAPH: SeedGraph = Object.freeze({
  sources: [], facilities: [], connectionRequirements: [], auditRequirements: [], certificateTypes: [], legalForms: [],
  eligibilityRules: [], frameworks: [], norms: [], mappings: [], costModel: [], municipalities: [], collaborations: [],
});

export { versionUid } from '../domain/model.js';

const without = <T extends object, K extends keyof T>(obj: T, ...keys: K[]): Omit<T, K> => {
  const copy = { ...obj };
  for (const k of keys) delete copy[k];
  return copy;
};

/**
 * A human text is stored as one property per language, `<field>_nl` and `<field>_en` (a list of texts as two lists of
 * the same length): plain properties that Cypher can filter and index, and that a reader of the graph sees at once.
 */
export const textProperty = (field: string, language: (typeof LANGUAGES)[number]): string => `${field}_${language}`;

const isText = (v: unknown): v is LocalizedText =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 2 && typeof (v as LocalizedText).nl === 'string' && typeof (v as LocalizedText).en === 'string';

/** Fields that hold a list of texts or an optional text, so an empty list or a null is stored under the same names. */
const TEXT_LISTS = new Set(['conditions', 'workarounds']);
const OPTIONAL_TEXTS = new Set(['note', 'legalBasis', 'section', 'jointCondition']);

/** A fact's fields as node or relationship properties: every `{nl, en}` text (or list of them) split per language. */
export function properties(fact: object): Props {
  const props: Props = {};
  for (const [field, value] of Object.entries(fact)) {
    if (isText(value)) for (const l of LANGUAGES) props[textProperty(field, l)] = value[l];
    else if (Array.isArray(value) && (value.length > 0 ? value.every(isText) : TEXT_LISTS.has(field))) for (const l of LANGUAGES) props[textProperty(field, l)] = value.map((t) => t[l]);
    else if (value === null && OPTIONAL_TEXTS.has(field)) for (const l of LANGUAGES) props[textProperty(field, l)] = null;
    else props[field] = value as Scalar;
  }
  return props;
}

/** Reads a text stored by `properties` back; null when it is absent (a stored null is dropped by Neo4j). */
export function readText(props: Record<string, unknown>, field: string): LocalizedText | null {
  const nl = props[textProperty(field, 'nl')];
  const en = props[textProperty(field, 'en')];
  if (nl == null && en == null) return null;
  if (typeof nl !== 'string' || typeof en !== 'string') throw new Error(`stored text "${field}" lacks a language (nl: ${typeof nl}, en: ${typeof en})`);
  return { nl, en };
}

/** Reads a list of texts stored by `properties` back; an absent list is empty. */
export function readTexts(props: Record<string, unknown>, field: string): LocalizedText[] {
  const nl = props[textProperty(field, 'nl')] ?? [];
  const en = props[textProperty(field, 'en')] ?? [];
  if (!Array.isArray(nl) || !Array.isArray(en) || nl.length !== en.length) throw new Error(`stored texts "${field}" differ in length per language`);
  return nl.map((t, i) => ({ nl: String(t), en: String(en[i]) }));
}

/** Lays the seed graph out as labelled nodes and typed relationships. Sources become `CITES` relationships. */
export function layoutGraph(g: SeedGraph): GraphLayout {
  const cites: RelationshipSpec[] = [];
  const citing = <T extends { sources: string[] }>(label: string, key: string, facts: T[], keyOf: (f: T) => string) => {
    cites.push({
      type: 'CITES',
      from: { label, key },
      to: { label: 'Source', key: 'id' },
      rows: facts.flatMap((f) => [...new Set(f.sources)].map((s) => ({ from: keyOf(f), to: s, props: {} }))),
    });
  };

  const connectionRequirements = g.connectionRequirements.map((r) => ({ uid: versionUid(r), ...r }));
  const auditRequirements = g.auditRequirements.map((r) => ({ uid: versionUid(r), ...r }));
  const eligibilityRules = g.eligibilityRules.map((r) => ({ uid: versionUid(r), ...r }));
  const legalForms = g.legalForms.map((l) => ({ uid: versionUid({ id: l.code, validFrom: l.validFrom }), ...l }));
  // A rule or a collaboration names a legal form by code: it is joined to every version of that form.
  const formVersions = (code: string) => legalForms.filter((l) => l.code === code).map((l) => l.uid);
  const costModel = g.costModel.map((c) => ({ uid: versionUid({ id: c.evidence, validFrom: c.validFrom }), ...c }));

  citing('Facility', 'code', g.facilities, (f) => f.code);
  citing('ConnectionRequirement', 'uid', connectionRequirements, (r) => r.uid);
  citing('AuditRequirement', 'uid', auditRequirements, (r) => r.uid);
  citing('CertificateType', 'code', g.certificateTypes, (c) => c.code);
  citing('LegalForm', 'uid', legalForms, (l) => l.uid);
  citing('EligibilityRule', 'uid', eligibilityRules, (r) => r.uid);
  citing('NormFramework', 'id', g.frameworks, (f) => f.id);
  citing('Norm', 'id', g.norms, (n) => n.id);
  citing('EvidenceCost', 'uid', costModel, (c) => c.uid);
  citing('Municipality', 'id', g.municipalities, (m) => m.id);
  citing('Collaboration', 'id', g.collaborations, (c) => c.id);

  const strip = <T extends { sources: string[] }>(f: T) => properties(without(f, 'sources'));

  return {
    nodes: [
      { label: 'Source', key: 'id', rows: g.sources.map(properties) },
      { label: 'Facility', key: 'code', rows: g.facilities.map(strip) },
      {
        label: 'ConnectionRequirement',
        key: 'uid',
        rows: connectionRequirements.map((r) => properties(without(r, 'sources', 'facility', 'certificateType', 'network'))),
      },
      { label: 'AuditRequirement', key: 'uid', rows: auditRequirements.map((r) => properties(without(r, 'sources', 'facility', 'framework'))) },
      { label: 'CertificateType', key: 'code', rows: g.certificateTypes.map(strip) },
      { label: 'LegalForm', key: 'uid', rows: legalForms.map(strip) },
      { label: 'EligibilityRule', key: 'uid', rows: eligibilityRules.map((r) => properties(without(r, 'sources', 'legalForm', 'facility'))) },
      { label: 'NormFramework', key: 'id', rows: g.frameworks.map(strip) },
      { label: 'Norm', key: 'id', rows: g.norms.map((n) => properties(without(n, 'sources', 'framework'))) },
      { label: 'EvidenceCost', key: 'uid', rows: costModel.map(strip) },
      { label: 'Municipality', key: 'id', rows: g.municipalities.map(strip) },
      { label: 'Collaboration', key: 'id', rows: g.collaborations.map((c) => properties(without(c, 'sources', 'legalForm', 'members', 'facilities'))) },
    ],
    relationships: [
      rel('HAS_CONNECTION_REQUIREMENT', ['Facility', 'code'], ['ConnectionRequirement', 'uid'],
        connectionRequirements.map((r) => ({ from: r.facility, to: r.uid, props: {} }))),
      rel('NEEDS_CERTIFICATE', ['ConnectionRequirement', 'uid'], ['CertificateType', 'code'],
        connectionRequirements.flatMap((r) => (r.certificateType ? [{ from: r.uid, to: r.certificateType, props: {} }] : []))),
      rel('OVER_NETWORK', ['ConnectionRequirement', 'uid'], ['Facility', 'code'],
        connectionRequirements.flatMap((r) => (r.network ? [{ from: r.uid, to: r.network, props: {} }] : []))),
      rel('HAS_AUDIT_REQUIREMENT', ['Facility', 'code'], ['AuditRequirement', 'uid'],
        auditRequirements.map((r) => ({ from: r.facility, to: r.uid, props: {} }))),
      rel('TESTS_AGAINST', ['AuditRequirement', 'uid'], ['NormFramework', 'id'],
        auditRequirements.map((r) => ({ from: r.uid, to: r.framework, props: {} }))),
      rel('FOR_LEGAL_FORM', ['EligibilityRule', 'uid'], ['LegalForm', 'uid'],
        eligibilityRules.flatMap((r) => formVersions(r.legalForm).map((to) => ({ from: r.uid, to, props: {} })))),
      rel('FOR_FACILITY', ['EligibilityRule', 'uid'], ['Facility', 'code'],
        eligibilityRules.map((r) => ({ from: r.uid, to: r.facility, props: {} }))),
      rel('IN_FRAMEWORK', ['Norm', 'id'], ['NormFramework', 'id'], g.norms.map((n) => ({ from: n.id, to: n.framework, props: {} }))),
      {
        ...rel('MAPS_TO', ['Norm', 'id'], ['Norm', 'id'],
          g.mappings.map((m) => ({ from: m.from, to: m.to, props: { uid: versionUid(m), ...properties(without(m, 'from', 'to')) } }))),
        key: 'uid',
      },
      rel('HAS_MEMBER', ['Collaboration', 'id'], ['Municipality', 'id'],
        g.collaborations.flatMap((c) => c.members.map((m) => ({ from: c.id, to: m.municipality, props: { confidence: m.confidence } })))),
      rel('HAS_LEGAL_FORM', ['Collaboration', 'id'], ['LegalForm', 'uid'],
        g.collaborations.flatMap((c) => (c.legalForm ? formVersions(c.legalForm).map((to) => ({ from: c.id, to, props: {} })) : []))),
      rel('USES_FACILITY', ['Collaboration', 'id'], ['Facility', 'code'],
        g.collaborations.flatMap((c) => c.facilities.map((f) => ({ from: c.id, to: f, props: {} })))),
      ...cites,
    ],
  };
}

function rel(
  type: string,
  [fromLabel, fromKey]: [string, string],
  [toLabel, toKey]: [string, string],
  rows: RelationshipSpec['rows'],
): RelationshipSpec {
  return { type, from: { label: fromLabel, key: fromKey }, to: { label: toLabel, key: toKey }, rows };
}

/** Counts per label and per relationship type, as the stored graph must show them. */
export function countLayout(layout: GraphLayout): { nodes: Record<string, number>; relationships: Record<string, number> } {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const n of layout.nodes) nodes[n.label] = (nodes[n.label] ?? 0) + n.rows.length;
  for (const r of layout.relationships) relationships[r.type] = (relationships[r.type] ?? 0) + r.rows.length;
  return { nodes, relationships };
}
