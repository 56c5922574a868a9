// The basis of an answer: the facts of the graph an analysis used, how settled each is, and which cost figures are assumptions.
import type { CatalogueIndex } from './catalogue.js';
import type {
  AuditRequirement,
  Collaboration,
  Confidence,
  ConnectionRequirement,
  EligibilityRule,
  EvidenceCost,
  Facility,
  IsoDate,
  Language,
  LegalForm,
  LocalizedText,
  Norm,
  NormFramework,
  NormMapping,
  Source,
} from './model.js';
import { CONFIDENCES, versionUid } from './model.js';
import type { AnalysisScope } from './scope.js';

/** The kinds of fact an answer can rest on (the names follow the curation kinds where they exist). */
export const FACT_KINDS = [
  'FACILITY',
  'LEGAL_FORM',
  'ELIGIBILITY_RULE',
  'CONNECTION_REQUIREMENT',
  'AUDIT_REQUIREMENT',
  'NORM_FRAMEWORK',
  'NORM',
  'MAPPING',
  'EVIDENCE_COST',
  'COLLABORATION',
  'MEMBERSHIP',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** A membership as a fact: one municipality in one collaboration, as settled as the membership's own confidence. */
export interface MembershipFact {
  /** The collaboration by id and name only: its members are facts of their own. */
  collaboration: Pick<Collaboration, 'id' | 'name'>;
  municipality: string;
  confidence: Confidence;
}

/** An eligibility rule the graph does not hold: the answer then rests on a gap, which is UNCONFIRMED. */
export interface MissingRule {
  legalForm: string;
  facility: string;
}

export type FactValue =
  | { kind: 'FACILITY'; fact: Facility }
  | { kind: 'LEGAL_FORM'; fact: LegalForm }
  | { kind: 'ELIGIBILITY_RULE'; fact: EligibilityRule | MissingRule }
  | { kind: 'CONNECTION_REQUIREMENT'; fact: ConnectionRequirement }
  | { kind: 'AUDIT_REQUIREMENT'; fact: AuditRequirement }
  | { kind: 'NORM_FRAMEWORK'; fact: NormFramework }
  | { kind: 'NORM'; fact: Norm }
  | { kind: 'MAPPING'; fact: NormMapping }
  | { kind: 'EVIDENCE_COST'; fact: EvidenceCost }
  | { kind: 'COLLABORATION'; fact: Collaboration }
  | { kind: 'MEMBERSHIP'; fact: MembershipFact };

/** One fact an answer used. */
export type UsedFact = FactValue & {
  /** The fact's id: a code, an id, `evidence` for a cost entry, `collaboration/municipality` for a membership. */
  id: string;
  /** The version the answer read (`id@validFrom`) for a fact with versions; null otherwise. */
  version: string | null;
  confidence: Confidence;
  sources: readonly Source[];
  note: LocalizedText | null;
};

export type CostFigureName = 'fixedCost' | 'subjectCost' | 'defaultWeight' | 'weight';

/** A cost figure an answer used that is not settled: an assumption of the graph, or a figure the request itself gave. */
export interface CostFigure {
  /** What holds the figure: a cost entry (id = evidence), a framework (its default weight, or the request's weight) or a norm (its own weight). */
  kind: 'EVIDENCE_COST' | 'NORM_FRAMEWORK' | 'NORM';
  id: string;
  figure: CostFigureName;
  /** In euro. */
  value: number;
  /** `GRAPH`: the graph's figure, an assumption; `POLICY`: given by the request's what-if policy instead of the graph's. */
  origin: 'GRAPH' | 'POLICY';
  sources: readonly Source[];
}

export interface Basis {
  /** How many of the facts used hold each confidence; they add up to `total`. */
  counts: Record<Confidence, number>;
  total: number;
  /** Every fact used, in (kind, id, version) order. */
  facts: UsedFact[];
  /** The cost figures used that are assumptions (or the request's own), in (kind, id, figure) order. */
  costAssumptions: CostFigure[];
}

/** The source register entry of the Harmonie cost model: every cost weight in the graph is one of its calibrations. */
export const COST_ASSUMPTION_SOURCE = 'harmonie-cost-assumptions';

export type TextLanguage = Language;

const RELATION_WORDS: Record<TextLanguage, Record<NormMapping['relation'], string>> = {
  nl: { EQUAL: 'is gelijk aan', SUBSET_OF: 'is een deel van', SUPERSET_OF: 'omvat', INTERSECTS: 'overlapt met', NOT_RELATED: 'staat los van' },
  en: { EQUAL: 'equals', SUBSET_OF: 'is a subset of', SUPERSET_OF: 'is a superset of', INTERSECTS: 'intersects', NOT_RELATED: 'is not related to' },
};
const EVIDENCE_COST_WORDS: Record<TextLanguage, Record<EvidenceCost['evidence'], string>> = {
  nl: { IT_AUDIT: 'kosten van een IT-audit', SELF_EVALUATION: 'kosten van een zelfevaluatie' },
  en: { IT_AUDIT: 'cost of an IT audit', SELF_EVALUATION: 'cost of a self-evaluation' },
};

/**
 * THE accessor of a used fact's human texts (the title, name or reason it is known by, and the graph's note on it):
 * the one place that picks a fact's texts, and so the one place that picks their language once the graph's texts
 * exist in Dutch and English. Names, ids and codes stay as they are.
 */
export function factText(used: UsedFact, language: TextLanguage): { text: string; note: string | null } {
  const note = used.note?.[language] ?? null;
  const pick = (t: string | LocalizedText) => (typeof t === 'string' ? t : t[language]);
  switch (used.kind) {
    case 'FACILITY':
    case 'LEGAL_FORM':
    case 'NORM_FRAMEWORK':
    case 'COLLABORATION':
      return { text: pick(used.fact.name), note };
    case 'ELIGIBILITY_RULE':
      if ('reason' in used.fact) return { text: pick(used.fact.reason), note };
      return {
        text: language === 'nl'
          ? `de kennisgraaf heeft geen regel voor ${used.fact.legalForm} en ${used.fact.facility}`
          : `the knowledge graph holds no rule for ${used.fact.legalForm} and ${used.fact.facility}`,
        note,
      };
    case 'CONNECTION_REQUIREMENT':
    case 'NORM':
      return { text: pick(used.fact.title), note };
    case 'AUDIT_REQUIREMENT':
      return { text: pick(used.fact.name), note };
    case 'MAPPING':
      return { text: `${used.fact.from} ${RELATION_WORDS[language][used.fact.relation]} ${used.fact.to}`, note };
    case 'EVIDENCE_COST':
      return { text: EVIDENCE_COST_WORDS[language][used.fact.evidence], note };
    case 'MEMBERSHIP':
      return {
        text: language === 'nl'
          ? `${used.fact.municipality} neemt deel aan ${used.fact.collaboration.name}`
          : `${used.fact.municipality} is a member of ${used.fact.collaboration.name}`,
        note,
      };
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const kindOrder = (k: FactKind) => FACT_KINDS.indexOf(k);

/**
 * A fact of the catalogue is known by its object (one per version, shared by every analysis of one catalogue); a
 * collaboration or a membership (read from the store afresh by each analysis) and a gap (made up here) by its id.
 */
type FactKey = object | string;
const idKey = (kind: FactKind, id: string) => `${kind}\u0000${id}`;
function keyOf(f: UsedFact): FactKey {
  if (f.kind === 'MEMBERSHIP' || f.kind === 'COLLABORATION' || (f.kind === 'ELIGIBILITY_RULE' && !('reason' in f.fact))) return idKey(f.kind, f.id);
  return f.fact;
}

interface Entry {
  value: FactValue;
  id: string;
  version: string | null;
  confidence: Confidence;
  sources: readonly string[] | readonly Source[];
  note: LocalizedText | null;
}

/**
 * Collects the facts one analysis reads, as it reads them; `basis()` sums them up. A fact read twice counts once.
 * Collecting is a map look-up by the fact's own object; ids, versions and sources are worked out for the first read.
 */
export class BasisCollector {
  private readonly facts = new Map<FactKey, Entry>();
  private readonly costs = new Map<string, { figure: Omit<CostFigure, 'sources'>; sources: readonly string[] }>();

  constructor(private readonly index: CatalogueIndex) {}

  private put(key: FactKey, entry: () => Entry): void {
    if (!this.facts.has(key)) this.facts.set(key, entry());
  }

  private sourced<T extends { confidence: Confidence; sources: string[]; note: LocalizedText | null }>(value: FactValue, fact: T, id: string, version: string | null): Entry {
    return { value, id, version, confidence: fact.confidence, sources: fact.sources, note: fact.note };
  }

  facility(f: Facility): void {
    if (!this.facts.has(f)) this.facts.set(f, this.sourced({ kind: 'FACILITY', fact: f }, f, f.code, null));
  }

  legalForm(l: LegalForm): void {
    if (!this.facts.has(l)) this.facts.set(l, this.sourced({ kind: 'LEGAL_FORM', fact: l }, l, l.code, null));
  }

  eligibilityRule(r: EligibilityRule): void {
    if (!this.facts.has(r)) this.facts.set(r, this.sourced({ kind: 'ELIGIBILITY_RULE', fact: r }, r, r.id, versionUid(r)));
  }

  /** No rule for (legal form, facility) on the date: the answer rests on a gap in the graph. */
  missingRule(legalForm: string, facility: string): void {
    const id = `${legalForm}/${facility}`;
    this.put(idKey('ELIGIBILITY_RULE', id), () => ({ value: { kind: 'ELIGIBILITY_RULE', fact: { legalForm, facility } }, id, version: null, confidence: 'UNCONFIRMED', sources: [], note: null }));
  }

  connectionRequirement(r: ConnectionRequirement): void {
    if (!this.facts.has(r)) this.facts.set(r, this.sourced({ kind: 'CONNECTION_REQUIREMENT', fact: r }, r, r.id, versionUid(r)));
  }

  auditRequirement(r: AuditRequirement): void {
    if (!this.facts.has(r)) this.facts.set(r, this.sourced({ kind: 'AUDIT_REQUIREMENT', fact: r }, r, r.id, versionUid(r)));
  }

  framework(f: NormFramework): void {
    if (!this.facts.has(f)) this.facts.set(f, this.sourced({ kind: 'NORM_FRAMEWORK', fact: f }, f, f.id, null));
  }

  norm(n: Norm): void {
    if (!this.facts.has(n)) this.facts.set(n, this.sourced({ kind: 'NORM', fact: n }, n, n.id, null));
  }

  mapping(m: NormMapping): void {
    if (!this.facts.has(m)) this.facts.set(m, this.sourced({ kind: 'MAPPING', fact: m }, m, m.id, versionUid(m)));
  }

  evidenceCost(c: EvidenceCost): void {
    if (!this.facts.has(c)) this.facts.set(c, this.sourced({ kind: 'EVIDENCE_COST', fact: c }, c, c.evidence, versionUid({ id: c.evidence, validFrom: c.validFrom })));
  }

  collaboration(c: Collaboration): void {
    this.put(idKey('COLLABORATION', c.id), () => this.sourced({ kind: 'COLLABORATION', fact: c }, c, c.id, null));
  }

  membership(c: Collaboration, municipality: string, confidence: Confidence): void {
    const id = `${c.id}/${municipality}`;
    this.put(idKey('MEMBERSHIP', id), () => ({ value: { kind: 'MEMBERSHIP', fact: { collaboration: { id: c.id, name: c.name }, municipality, confidence } }, id, version: null, confidence, sources: c.sources, note: null }));
  }

  /** A cost figure the answer used that is an assumption of the graph or the request's own. */
  cost(figure: Omit<CostFigure, 'sources'>, sources: readonly string[]): void {
    const key = `${figure.kind}\u0000${figure.id}\u0000${figure.figure}`;
    if (!this.costs.has(key)) this.costs.set(key, { figure, sources });
  }

  /**
   * Everything another answer used, e.g. the eligibilities a connection plan rests on: taken from its collector when it
   * has one (so its own basis need never be built), else from its basis.
   */
  include(answer: { basis: Basis }): void {
    const other = collectors.get(answer);
    if (other) this.merge(other);
    else this.includeBasis(answer.basis);
  }

  /** Everything another collector holds. */
  merge(other: BasisCollector): void {
    for (const [key, f] of other.facts) if (!this.facts.has(key)) this.facts.set(key, f);
    for (const [key, c] of other.costs) if (!this.costs.has(key)) this.costs.set(key, c);
  }

  includeBasis(basis: Basis): void {
    for (const f of basis.facts) this.put(keyOf(f), () => ({ value: f, id: f.id, version: f.version, confidence: f.confidence, sources: f.sources, note: f.note }));
    for (const c of basis.costAssumptions) {
      const key = `${c.kind}\u0000${c.id}\u0000${c.figure}`;
      if (!this.costs.has(key)) this.costs.set(key, { figure: c, sources: c.sources.map((s) => s.id) });
    }
  }

  basis(): Basis {
    const counts = Object.fromEntries(CONFIDENCES.map((c) => [c, 0])) as Record<Confidence, number>;
    const facts: UsedFact[] = [];
    for (const f of this.facts.values()) {
      counts[f.confidence] += 1;
      const sources = f.sources.length > 0 && typeof f.sources[0] !== 'string' ? (f.sources as readonly Source[]) : this.index.sourcesOf(f.sources as readonly string[]);
      facts.push({ kind: f.value.kind, fact: f.value.fact, id: f.id, version: f.version, confidence: f.confidence, sources, note: f.note } as UsedFact);
    }
    facts.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || compare(a.id, b.id) || compare(a.version ?? '', b.version ?? ''));
    const costAssumptions = [...this.costs.values()]
      .map(({ figure, sources }) => ({ kind: figure.kind, id: figure.id, figure: figure.figure, value: figure.value, origin: figure.origin, sources: this.index.sourcesOf(sources) }))
      .sort((a, b) => compare(a.kind, b.kind) || compare(a.id, b.id) || compare(a.figure, b.figure));
    return { counts, total: facts.length, facts, costAssumptions };
  }
}

const collectors = new WeakMap<object, BasisCollector>();

/**
 * Gives an answer its `basis`, built from what `used` collected the first time it is read: the answers inside another
 * (the eligibilities of a connection plan, the plan of an audit) are included by their collector and mostly never built.
 */
export function withBasis<T extends object>(answer: T, used: BasisCollector): T & { basis: Basis } {
  let built: Basis | undefined;
  // A getter in a literal keeps the answer a plain, fast object (defineProperty would not).
  const withGetter = {
    ...answer,
    get basis(): Basis {
      return (built ??= used.basis());
    },
  };
  collectors.set(withGetter, used);
  return withGetter;
}

/** The facts of a basis that are not settled (INFERRED or UNCONFIRMED): what the answer lists with their sources. */
export function uncertainFacts(basis: Basis): UsedFact[] {
  return basis.facts.filter((f) => f.confidence === 'INFERRED' || f.confidence === 'UNCONFIRMED');
}

/** The union of what several answers rest on, each fact once. */
export function unionBasis(index: CatalogueIndex, answers: ReadonlyArray<{ basis: Basis }>): Basis {
  const collector = new BasisCollector(index);
  for (const a of answers) collector.include(a);
  return collector.basis();
}

/**
 * The mappings in force on `asOf` that decide how the norms an analysis tests are classed: those on a path of mappings
 * (EQUAL, SUBSET_OF, SUPERSET_OF, and INTERSECTS when `withIntersects`) between two of `norms`. A mapping that leads only
 * to norms the analysis does not test (a branch to an older framework version, say) changes nothing about its answer.
 */
export function classingMappings(index: CatalogueIndex, asOf: IsoDate, norms: ReadonlySet<string>, withIntersects: boolean): NormMapping[] {
  const graph = index.mappingGraph(asOf);
  const edgesOf = (n: string) => (graph.get(n) ?? []).filter((m) => withIntersects || m.relation !== 'INTERSECTS');
  const seen = new Set<string>();
  const used: NormMapping[] = [];
  for (const start of norms) {
    if (seen.has(start) || !graph.has(start)) continue;
    // The component of `start`: its norms and mappings.
    const edges = new Map<string, NormMapping>();
    const nodes: string[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const n = stack.pop()!;
      nodes.push(n);
      for (const m of edgesOf(n)) {
        edges.set(m.id, m);
        const other = m.from === n ? m.to : m.from;
        if (!seen.has(other)) {
          seen.add(other);
          stack.push(other);
        }
      }
    }
    // One tested norm alone is classed by nothing it shares with another.
    if (nodes.filter((n) => norms.has(n)).length < 2) continue;
    // Prune the branches that end in a norm not tested, leaf by leaf: what stays joins tested norms (a cycle on the way
    // between them stays whole).
    const degree = new Map<string, number>(nodes.map((n) => [n, 0]));
    for (const m of edges.values()) {
      degree.set(m.from, degree.get(m.from)! + 1);
      degree.set(m.to, degree.get(m.to)! + 1);
    }
    const leaves = nodes.filter((n) => !norms.has(n) && degree.get(n)! <= 1);
    const removed = new Set<string>();
    while (leaves.length > 0) {
      const leaf = leaves.pop()!;
      if (removed.has(leaf)) continue;
      removed.add(leaf);
      for (const m of edgesOf(leaf)) {
        if (!edges.delete(m.id)) continue;
        const other = m.from === leaf ? m.to : m.from;
        const d = degree.get(other)! - 1;
        degree.set(other, d);
        if (d <= 1 && !norms.has(other) && !removed.has(other)) leaves.push(other);
      }
    }
    used.push(...edges.values());
  }
  return used;
}

/** The facts a resolved scope rests on: its legal form, its facilities, and what it took from a stored collaboration. */
export function collectScope(used: BasisCollector, scope: AnalysisScope): void {
  used.legalForm(scope.legalForm);
  for (const f of scope.facilities) used.facility(f);
  const taken = scope.taken;
  if (!taken) return;
  if (taken.legalForm || taken.facilities) used.collaboration(taken.collaboration);
  if (taken.members) for (const m of taken.collaboration.members) used.membership(taken.collaboration, m.municipality, m.confidence);
}
