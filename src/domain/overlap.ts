// Overlap of facilities: the connection requirements they share (met once) and, per pair of audit frameworks, the norms they share through mappings.
import { NormClasses } from './audit/cost.js';
import { type Basis, BasisCollector, classingMappings } from './basis.js';
import type { CatalogueIndex } from './catalogue.js';
import type { ConnectionRequirement, Facility, IsoDate, Norm, NormFramework } from './model.js';

export interface SharedRequirement {
  key: string;
  kind: ConnectionRequirement['kind'];
  facilities: string[];
  requirements: ConnectionRequirement[];
}

export interface NormPair {
  a: Norm;
  b: Norm;
}

export interface FrameworkOverlap {
  a: NormFramework;
  b: NormFramework;
  /** Units of norm content both frameworks test (EQUAL classes and SUBSET_OF chains, through any framework). */
  shared: number;
  /** Units of norm content of either framework. */
  union: number;
  /** shared / union. */
  jaccard: number;
  /** The norm pairs that make up the shared units. */
  pairs: NormPair[];
  /** Pairs that overlap only partly (INTERSECTS): reported, never counted as a saving. */
  partial: NormPair[];
}

export interface Overlap {
  asOf: IsoDate;
  facilities: Facility[];
  sharedRequirements: SharedRequirement[];
  frameworks: NormFramework[];
  normOverlap: FrameworkOverlap[];
  /** The norms a combined audit of all these frameworks tests once (one per tested norm class). */
  testOnce: Norm[];
  /** Norms all frameworks together list, before de-duplication. */
  normsBefore: number;
  /** The facts the answer rests on: the facilities, their requirements, frameworks and norms, and the mappings joining those norms. */
  basis: Basis;
}

/** Builds the norm classes of the catalogue as valid on `asOf`, with effective weights. */
export function catalogueNormClasses(index: CatalogueIndex, asOf: IsoDate, weightOf: (n: Norm) => number = (n) => index.weight(n)): NormClasses {
  return new NormClasses(
    index.normsOn(asOf).map((n) => ({ id: n.id, framework: n.framework, weight: weightOf(n) })),
    index.normMappings(asOf),
    index.normStructure(asOf),
  );
}

export function overlap(index: CatalogueIndex, facilities: Facility[], asOf: IsoDate): Overlap {

  const used = new BasisCollector(index);
  const byKey = new Map<string, ConnectionRequirement[]>();
  for (const f of facilities) {
    used.facility(f);
    for (const r of index.connectionRequirements(f.code, asOf)) {
      used.connectionRequirement(r);
      byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
    }
    for (const a of index.auditRequirements(f.code, asOf)) used.auditRequirement(a);
  }
  const sharedRequirements = [...byKey.entries()]
    .map(([key, reqs]) => ({ key, kind: reqs[0]!.kind, facilities: [...new Set(reqs.map((r) => r.facility))].sort(), requirements: reqs }))
    .filter((s) => s.facilities.length > 1)
    .sort((x, y) => (x.key < y.key ? -1 : 1));

  const frameworkIds = [...new Set(facilities.flatMap((f) => index.auditRequirements(f.code, asOf).map((a) => a.framework)))].sort();
  const frameworks = frameworkIds.map((id) => index.framework(id)).filter((f): f is NormFramework => f !== undefined);
  const classes = catalogueNormClasses(index, asOf);
  const normsOf = new Map(frameworks.map((f) => [f.id, index.normsOf(f.id, asOf)]));

  const related = (x: Norm, y: Norm) => {
    const cx = classes.classOf(x.id);
    const cy = classes.classOf(y.id);
    return cx === cy || classes.isStrictSubclass(cx, cy) || classes.isStrictSubclass(cy, cx);
  };
  // Classes a norm's content touches: its own, its superclasses, and what those INTERSECT with.
  const intersects = new Map<string, Set<string>>();
  for (const m of index.mappings(asOf)) {
    if (m.relation !== 'INTERSECTS') continue;
    const [a, b] = [classes.classOf(m.from), classes.classOf(m.to)];
    intersects.set(a, new Set([...(intersects.get(a) ?? []), b]));
    intersects.set(b, new Set([...(intersects.get(b) ?? []), a]));
  }
  const touched = (n: Norm) => {
    const own = classes.classOf(n.id);
    const base = [own, ...classes.superclassesOf(own)];
    return new Set([...base, ...base.flatMap((c) => [...(intersects.get(c) ?? [])])]);
  };

  const normOverlap: FrameworkOverlap[] = [];
  for (let i = 0; i < frameworks.length; i++) {
    for (let j = i + 1; j < frameworks.length; j++) {
      const a = frameworks[i]!;
      const b = frameworks[j]!;
      const na = normsOf.get(a.id) ?? [];
      const nb = normsOf.get(b.id) ?? [];
      // Units: connected components of A ∪ B under "related"; shared units hold norms of both frameworks.
      const all = [...na, ...nb];
      const parent = all.map((_, k) => k);
      const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
      const pairs: NormPair[] = [];
      const partial: NormPair[] = [];
      for (let x = 0; x < all.length; x++) {
        for (let y = x + 1; y < all.length; y++) {
          if (!related(all[x]!, all[y]!)) continue;
          parent[find(x)] = find(y);
          if (x < na.length && y >= na.length) pairs.push({ a: all[x]!, b: all[y]! });
        }
      }
      for (const x of na) {
        const tx = touched(x);
        for (const y of nb) {
          if (related(x, y)) continue;
          if ([...touched(y)].some((c) => tx.has(c))) partial.push({ a: x, b: y });
        }
      }
      const roots = new Map<number, { a: boolean; b: boolean }>();
      all.forEach((_, k) => {
        const r = find(k);
        const entry = roots.get(r) ?? { a: false, b: false };
        if (k < na.length) entry.a = true;
        else entry.b = true;
        roots.set(r, entry);
      });
      const shared = [...roots.values()].filter((e) => e.a && e.b).length;
      const union = roots.size;
      normOverlap.push({ a, b, shared, union, jaccard: union === 0 ? 0 : shared / union, pairs, partial });
    }
  }

  const allNorms = frameworks.flatMap((f) => normsOf.get(f.id) ?? []);
  const tested = classes.testedNorms(allNorms.map((n) => n.id));
  const testOnce = tested.norms.map((id) => index.norm(id)).filter((n): n is Norm => n !== undefined);
  for (const f of frameworks) used.framework(f);
  for (const n of allNorms) used.norm(n);
  for (const m of classingMappings(index, asOf, new Set(allNorms.map((n) => n.id)), true)) used.mapping(m);
  return { asOf, facilities, sharedRequirements, frameworks, normOverlap, testOnce, normsBefore: allNorms.length, basis: used.basis() };
}
