// Indexed, date-aware reading of the catalogue: the lookups every analysis and resolver needs, built once per request.
import type {
  AuditRequirement,
  Catalogue,
  CertificateType,
  ConnectionRequirement,
  EligibilityRule,
  EvidenceCost,
  Facility,
  IsoDate,
  LegalForm,
  Norm,
  NormFramework,
  NormMapping,
  Source,
} from './model.js';
import { validOn } from './model.js';
import { today } from './dates.js';
import { NormStructure } from './audit/cost.js';
import { LRUCache } from 'lru-cache';

/** Dates whose norm classing an index keeps: today and a few what-if dates cover nearly every request. */
const STRUCTURE_DATES = 32;

const group = <T>(items: T[], key: (t: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
};

export class CatalogueIndex {
  private readonly facilities: Map<string, Facility>;
  private readonly connectionByFacility: Map<string, ConnectionRequirement[]>;
  private readonly auditByFacility: Map<string, AuditRequirement[]>;
  private readonly auditById: Map<string, AuditRequirement[]>;
  private readonly frameworks: Map<string, NormFramework>;
  private readonly normsByFramework: Map<string, Norm[]>;
  private readonly norms: Map<string, Norm>;
  private readonly mappingsFrom: Map<string, NormMapping[]>;
  private readonly legalForms: Map<string, LegalForm[]>;
  private readonly certificateTypes: Map<string, CertificateType>;
  private readonly rulesByPair: Map<string, EligibilityRule[]>;
  private readonly sourceById: Map<string, Source>;

  constructor(readonly catalogue: Catalogue) {
    this.facilities = new Map(catalogue.facilities.map((f) => [f.code, f]));
    this.connectionByFacility = group(catalogue.connectionRequirements, (r) => r.facility);
    this.auditByFacility = group(catalogue.auditRequirements, (r) => r.facility);
    this.auditById = group(catalogue.auditRequirements, (r) => r.id);
    this.frameworks = new Map(catalogue.frameworks.map((f) => [f.id, f]));
    this.normsByFramework = group(catalogue.norms, (n) => n.framework);
    this.norms = new Map(catalogue.norms.map((n) => [n.id, n]));
    this.mappingsFrom = group(catalogue.mappings, (m) => m.from);
    this.legalForms = group(catalogue.legalForms, (l) => l.code);
    this.certificateTypes = new Map(catalogue.certificateTypes.map((c) => [c.code, c]));
    this.rulesByPair = group(catalogue.eligibilityRules, (r) => `${r.legalForm}\u0000${r.facility}`);
    this.sourceById = new Map(catalogue.sources.map((s) => [s.id, s]));
  }

  facility(code: string): Facility | undefined {
    return this.facilities.get(code);
  }

  allFacilities(): Facility[] {
    return this.catalogue.facilities;
  }

  connectionRequirements(facility: string, asOf: IsoDate): ConnectionRequirement[] {
    return (this.connectionByFacility.get(facility) ?? []).filter((r) => validOn(r, asOf));
  }

  auditRequirements(facility: string, asOf: IsoDate): AuditRequirement[] {
    return (this.auditByFacility.get(facility) ?? []).filter((r) => validOn(r, asOf));
  }

  /** The version of an audit requirement in force on `asOf`, if any. */
  auditRequirement(id: string, asOf: IsoDate): AuditRequirement | undefined {
    return (this.auditById.get(id) ?? []).find((r) => validOn(r, asOf));
  }

  hasAuditRequirement(id: string): boolean {
    return this.auditById.has(id);
  }

  framework(id: string): NormFramework | undefined {
    return this.frameworks.get(id);
  }

  allFrameworks(asOf: IsoDate | null): NormFramework[] {
    return asOf === null ? this.catalogue.frameworks : this.catalogue.frameworks.filter((f) => validOn(f, asOf));
  }

  normsOf(framework: string, asOf: IsoDate | null): Norm[] {
    const norms = this.normsByFramework.get(framework) ?? [];
    return asOf === null ? norms : norms.filter((n) => validOn(n, asOf));
  }

  norm(id: string): Norm | undefined {
    return this.norms.get(id);
  }

  /** A norm's cost weight: its own, else its framework's default. */
  weight(norm: Norm): number {
    return norm.weight ?? this.frameworks.get(norm.framework)?.defaultWeight ?? 0;
  }

  /** Mappings from a norm; with a date, only those in force on it. */
  mappingsOf(normId: string, asOf: IsoDate | null = null): NormMapping[] {
    const all = this.mappingsFrom.get(normId) ?? [];
    return asOf === null ? all : all.filter((m) => validOn(m, asOf));
  }

  /** Every mapping in force on `asOf`. */
  mappings(asOf: IsoDate): NormMapping[] {
    return this.catalogue.mappings.filter((m) => validOn(m, asOf));
  }

  /** The norms in force on `asOf`. */
  normsOn(asOf: IsoDate): Norm[] {
    return this.catalogue.norms.filter((n) => validOn(n, asOf));
  }

  /** The mappings in force on `asOf` between norms in force on it: what the norm classes are built from. */
  normMappings(asOf: IsoDate): NormMapping[] {
    const valid = new Set(this.normsOn(asOf).map((n) => n.id));
    return this.mappings(asOf).filter((m) => valid.has(m.from) && valid.has(m.to));
  }

  /**
   * The norm classing (union-find, Tarjan, closure) of the graph as valid on `asOf`, computed once per date for this
   * catalogue; a new graph version is a new catalogue and so a new index. The most recent dates are kept.
   */
  normStructure(asOf: IsoDate): NormStructure {
    let structure = this.structures.get(asOf);
    if (!structure) {
      structure = new NormStructure(this.normsOn(asOf).map((n) => n.id), this.normMappings(asOf));
      this.structures.set(asOf, structure);
    }
    return structure;
  }

  private readonly structures = new LRUCache<IsoDate, NormStructure>({ max: STRUCTURE_DATES });

  /**
   * The mappings that can class norms together (all but NOT_RELATED) between norms in force on `asOf`, by the norms
   * at either end: what an answer's basis walks to find the mappings it rests on. Built once per date, like the classing.
   */
  mappingGraph(asOf: IsoDate): ReadonlyMap<string, readonly NormMapping[]> {
    let graph = this.mappingGraphs.get(asOf);
    if (!graph) {
      const byNorm = new Map<string, NormMapping[]>();
      const add = (norm: string, m: NormMapping) => {
        const list = byNorm.get(norm);
        if (list) list.push(m);
        else byNorm.set(norm, [m]);
      };
      for (const m of this.normMappings(asOf)) {
        if (m.relation === 'NOT_RELATED') continue;
        add(m.from, m);
        add(m.to, m);
      }
      graph = byNorm;
      this.mappingGraphs.set(asOf, graph);
    }
    return graph;
  }

  private readonly mappingGraphs = new LRUCache<IsoDate, Map<string, NormMapping[]>>({ max: STRUCTURE_DATES });

  /** The cost parameters in force on `asOf`, one per kind of evidence. */
  costModel(asOf: IsoDate): EvidenceCost[] {
    return this.catalogue.costModel.filter((c) => validOn(c, asOf));
  }

  /** The version of a legal form in force on `asOf` (default today), if the form exists then. */
  legalForm(code: string, asOf: IsoDate = today()): LegalForm | undefined {
    return (this.legalForms.get(code) ?? []).find((l) => validOn(l, asOf));
  }

  /** True when the graph knows the legal form at any date. */
  hasLegalForm(code: string): boolean {
    return this.legalForms.has(code);
  }

  /** The version in force on `asOf`, else (a form that did not exist then) its earliest version. */
  legalFormNearest(code: string, asOf: IsoDate = today()): LegalForm | undefined {
    return this.legalForm(code, asOf) ?? this.legalForms.get(code)?.[0];
  }

  /** The legal forms in force on `asOf`. */
  legalFormsOn(asOf: IsoDate): LegalForm[] {
    return this.catalogue.legalForms.filter((l) => validOn(l, asOf));
  }

  certificateType(code: string): CertificateType | undefined {
    return this.certificateTypes.get(code);
  }

  eligibilityRules(legalForm: string, facility: string, asOf: IsoDate): EligibilityRule[] {
    return (this.rulesByPair.get(`${legalForm}\u0000${facility}`) ?? []).filter((r) => validOn(r, asOf));
  }

  sources(ids: string[]): Source[] {
    return ids.flatMap((id) => {
      const s = this.sourceById.get(id);
      return s ? [s] : [];
    });
  }

  /** `sources(ids)` for a fact's own list of source ids, looked up once per list: the bases of answers cite them over and over. */
  sourcesOf(ids: readonly string[]): readonly Source[] {
    let found = this.sourceLists.get(ids);
    if (!found) this.sourceLists.set(ids, (found = this.sources([...ids])));
    return found;
  }

  private readonly sourceLists = new WeakMap<readonly string[], Source[]>();
}
