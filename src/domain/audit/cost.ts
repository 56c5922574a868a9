// Cost and feasibility of audit engagements, exactly as joint-audit.md §3–§5 define them.

import type { Evidence } from '../model.js';
import type {
  AuditInstance,
  AuditRequirementInput,
  EngagementResult,
  MappingInput,
  NormInput,
} from './types.js';

/** Invalid input for the minimal joint audit (a caller bug or a bad policy override), named for the field. */
export class AuditInputError extends Error {
  override readonly name = 'AuditInputError';
}

/** Code-unit order: deterministic and locale-independent, unlike `localeCompare`. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareIds);
}

/** "A", "A and B", "A, B and C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function assertWeight(value: number, field: string): void {
  // Non-negativity is what makes merging never cost more (see solve.ts); a negative weight would break the optimiser.
  if (!Number.isFinite(value) || value < 0) throw new AuditInputError(`${field} must be a finite number ≥ 0, got ${value}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Norm classes

export interface NormClass {
  /** The smallest member id (code-unit order), so ids are stable whatever the input order. */
  id: string;
  /** Member norm ids, sorted; includes mapping endpoints that are not among the input norms. */
  members: string[];
  /** Ids of the strict, transitive superclasses (classes this class is a subset of), sorted. */
  superclasses: string[];
}

export interface TestedClass {
  classId: string;
  /** The present member with the largest weight, ties by smallest id. */
  norm: string;
  /** The largest weight among the class members present. */
  weight: number;
}

export interface TestedNorms {
  /** Tested classes, sorted by representative norm id. */
  classes: TestedClass[];
  /** Representative norm ids, sorted. */
  norms: string[];
  /** Σ of the tested class weights. */
  weight: number;
}

/** The classing of §4 without weights: a function of the norm ids and the mappings alone, so it can be computed once and reused. */
export class NormStructure {
  readonly classes: ReadonlyMap<string, NormClass>;
  readonly classOfNorm: ReadonlyMap<string, string>;
  readonly superSets: ReadonlyMap<string, ReadonlySet<string>>;
  /** Norm ids and mapping endpoints it was built from. */
  private readonly universe: ReadonlySet<string>;
  /** The mappings it was built from, order-free: how often each (from, relation, to) occurs. */
  private readonly mappingCounts: ReadonlyMap<string, number>;
  private readonly mappingCount: number;

  constructor(normIds: Iterable<string>, mappings: readonly MappingInput[]) {
    const universe = new Set<string>(normIds);
    for (const m of mappings) {
      universe.add(m.from);
      universe.add(m.to);
    }
    this.universe = universe;
    this.mappingCounts = countMappings(mappings);
    this.mappingCount = mappings.length;
    const ids = [...universe].sort(compareIds);

    // 1. Union-find over EQUAL: the root of every set is its smallest id (union by order keeps this invariant).
    const parent = new Map<string, string>(ids.map((id) => [id, id]));
    const find = (id: string): string => {
      let root = id;
      for (let next = parent.get(root); next !== undefined && next !== root; next = parent.get(root)) root = next;
      for (let cur = id; cur !== root; ) {
        const next = parent.get(cur) ?? root;
        parent.set(cur, root);
        cur = next;
      }
      return root;
    };
    for (const m of mappings) {
      if (m.relation !== 'EQUAL') continue;
      const a = find(m.from);
      const b = find(m.to);
      if (a === b) continue;
      if (compareIds(a, b) < 0) parent.set(b, a);
      else parent.set(a, b);
    }

    // 2. SUBSET_OF edges between EQUAL classes, sub → super. INTERSECTS and NOT_RELATED add nothing.
    const roots = sortedUnique(ids.map(find));
    const edges = new Map<string, Set<string>>(roots.map((r) => [r, new Set<string>()]));
    const addEdge = (sub: string, sup: string): void => {
      const a = find(sub);
      const b = find(sup);
      if (a !== b) edges.get(a)?.add(b);
    };
    for (const m of mappings) {
      if (m.relation === 'SUBSET_OF') addEdge(m.from, m.to);
      else if (m.relation === 'SUPERSET_OF') addEdge(m.to, m.from);
    }

    // 3. Strongly connected components (iterative Tarjan): classes that are subsets of each other are one class.
    //    Tarjan emits a component only after every component reachable from it, which step 4 relies on.
    const sccs = tarjan(roots, (r) => [...(edges.get(r) ?? [])].sort(compareIds));
    const idsByRoot = new Map<string, string[]>();
    for (const id of ids) {
      const root = find(id);
      const list = idsByRoot.get(root);
      if (list === undefined) idsByRoot.set(root, [id]);
      else list.push(id);
    }
    const componentOfRoot = new Map<string, string>();
    const classMembers = new Map<string, string[]>();
    for (const component of sccs) {
      const members = [...component].flatMap((r) => idsByRoot.get(r) ?? []).sort(compareIds);
      const classId = members[0] ?? '';
      classMembers.set(classId, members);
      for (const r of component) componentOfRoot.set(r, classId);
    }
    const classOfNorm = new Map<string, string>();
    for (const id of ids) classOfNorm.set(id, componentOfRoot.get(find(id)) ?? id);
    this.classOfNorm = classOfNorm;

    // 4. Transitive closure over the condensation, in Tarjan's order (successors first).
    const superSets = new Map<string, Set<string>>();
    for (const component of sccs) {
      const anyRoot = component.values().next().value;
      if (anyRoot === undefined) continue;
      const classId = componentOfRoot.get(anyRoot) ?? anyRoot;
      const reach = new Set<string>();
      for (const r of component) {
        for (const succ of edges.get(r) ?? []) {
          const succClass = componentOfRoot.get(succ) ?? succ;
          if (succClass === classId) continue;
          reach.add(succClass);
          for (const further of superSets.get(succClass) ?? []) reach.add(further);
        }
      }
      superSets.set(classId, reach);
    }
    this.superSets = superSets;

    const classes = new Map<string, NormClass>();
    for (const [classId, members] of [...classMembers].sort((a, b) => compareIds(a[0], b[0]))) {
      classes.set(classId, { id: classId, members, superclasses: sortedUnique(superSets.get(classId) ?? []) });
    }
    this.classes = classes;
  }

  /** True when built from exactly these norm ids and mappings: the check that keeps a reused classing correct. */
  fits(normIds: Iterable<string>, mappings: readonly MappingInput[]): boolean {
    const universe = new Set<string>(normIds);
    for (const m of mappings) {
      universe.add(m.from);
      universe.add(m.to);
    }
    if (universe.size !== this.universe.size) return false;
    for (const id of universe) if (!this.universe.has(id)) return false;
    if (mappings.length !== this.mappingCount) return false;
    const counts = countMappings(mappings);
    if (counts.size !== this.mappingCounts.size) return false;
    for (const [key, n] of counts) if (this.mappingCounts.get(key) !== n) return false;
    return true;
  }
}

function countMappings(mappings: readonly MappingInput[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mappings) {
    const key = `${m.from}\u0000${m.relation}\u0000${m.to}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The de-duplication structure of §4. Norms joined by `EQUAL` (transitively, through any framework) are one class;
 * `SUBSET_OF` (with `n SUPERSET_OF m` read as `m SUBSET_OF n`) is closed transitively over those classes and classes
 * that are subsets of each other (a cycle) are merged. Mapping endpoints that are not input norms take part in the
 * classing as weightless norms; they are never present because no requirement lists them — unless one does, in which
 * case it is present with weight 0. An id seen nowhere is its own class, weight 0, without superclasses.
 */
export class NormClasses {
  readonly classes: ReadonlyMap<string, NormClass>;
  private readonly classOfNorm: ReadonlyMap<string, string>;
  private readonly superSets: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly weights: ReadonlyMap<string, number>;

  /**
   * `structure` is the classing computed before for the same norm ids and mappings (a cache, e.g. one per graph
   * version and date); it is used only when it was built from exactly these, otherwise the classing is computed here.
   */
  constructor(norms: readonly NormInput[], mappings: readonly MappingInput[], structure?: NormStructure) {
    const weights = new Map<string, number>();
    for (const norm of norms) {
      if (weights.has(norm.id)) throw new AuditInputError(`norms: duplicate norm id ${norm.id}`);
      assertWeight(norm.weight, `norms[${norm.id}].weight`);
      weights.set(norm.id, norm.weight);
    }
    this.weights = weights;
    const classing = structure?.fits(weights.keys(), mappings) ? structure : new NormStructure(weights.keys(), mappings);
    this.classes = classing.classes;
    this.classOfNorm = classing.classOfNorm;
    this.superSets = classing.superSets;
  }


  /** The class id of a norm; an unknown id is its own class. */
  classOf(normId: string): string {
    return this.classOfNorm.get(normId) ?? normId;
  }

  /** Effective weight of a norm; mapping-only and unknown ids weigh 0. */
  weightOf(normId: string): number {
    return this.weights.get(normId) ?? 0;
  }

  /** True when class `sub` is a strict (transitive) subset of class `sup`. */
  isStrictSubclass(sub: string, sup: string): boolean {
    return this.superSets.get(sub)?.has(sup) ?? false;
  }

  /** Strict superclasses of a class (empty for an unknown id). */
  superclassesOf(classId: string): ReadonlySet<string> {
    return this.superSets.get(classId) ?? EMPTY;
  }

  /**
   * `D(E)` for the norms present in an engagement: every present class without a present strict superclass is tested
   * once, at the largest weight among its present members.
   */
  testedNorms(present: Iterable<string>): TestedNorms {
    const best = new Map<string, { norm: string; weight: number }>();
    for (const norm of present) {
      const classId = this.classOf(norm);
      const weight = this.weightOf(norm);
      const current = best.get(classId);
      if (
        current === undefined ||
        weight > current.weight ||
        (weight === current.weight && compareIds(norm, current.norm) < 0)
      ) {
        best.set(classId, { norm, weight });
      }
    }
    const tested: TestedClass[] = [];
    for (const [classId, rep] of best) {
      const supers = this.superclassesOf(classId);
      let covered = false;
      for (const other of best.keys()) {
        if (supers.has(other)) {
          covered = true;
          break;
        }
      }
      if (!covered) tested.push({ classId, norm: rep.norm, weight: rep.weight });
    }
    tested.sort((a, b) => compareIds(a.norm, b.norm));
    // Sum in a fixed order so that equal sets give bit-identical totals.
    let weight = 0;
    for (const t of tested) weight += t.weight;
    return { classes: tested, norms: tested.map((t) => t.norm), weight };
  }
}

const EMPTY: ReadonlySet<string> = new Set<string>();

function tarjan(nodes: readonly string[], successors: (node: string) => string[]): Set<string>[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: Set<string>[] = [];
  let counter = 0;
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: { node: string; succ: string[]; next: number }[] = [];
    const open = (node: string): void => {
      index.set(node, counter);
      low.set(node, counter);
      counter += 1;
      stack.push(node);
      onStack.add(node);
      work.push({ node, succ: successors(node), next: 0 });
    };
    open(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame === undefined) break;
      const succ = frame.succ[frame.next];
      if (succ !== undefined) {
        frame.next += 1;
        if (!index.has(succ)) open(succ);
        else if (onStack.has(succ)) low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(succ) ?? 0));
        continue;
      }
      work.pop();
      const parentFrame = work[work.length - 1];
      if (parentFrame !== undefined) {
        low.set(parentFrame.node, Math.min(low.get(parentFrame.node) ?? 0, low.get(frame.node) ?? 0));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = new Set<string>();
        for (;;) {
          const top = stack.pop();
          if (top === undefined) break;
          onStack.delete(top);
          component.add(top);
          if (top === frame.node) break;
        }
        result.push(component);
      }
    }
  }
  return result;
}

export function normClasses(norms: readonly NormInput[], mappings: readonly MappingInput[]): NormClasses {
  return new NormClasses(norms, mappings);
}

export function testedNorms(classes: NormClasses, present: Iterable<string>): TestedNorms {
  return classes.testedNorms(present);
}

// ---------------------------------------------------------------------------------------------------------------
// Engagements

export interface Feasibility {
  feasible: boolean;
  /** Every rule of §3 the engagement breaks, in a fixed order; empty when feasible. */
  reasons: string[];
}

export interface EngagementCost {
  cost: number;
  subjects: string[];
  requirements: string[];
  tested: TestedNorms;
}

/** Human-readable label of a requirement: `name (id)`, or the id alone. */
export function requirementLabel(req: Pick<AuditRequirementInput, 'id' | 'name'>): string {
  return req.name !== undefined && req.name !== '' && req.name !== req.id ? `${req.name} (${req.id})` : req.id;
}

/** An audit instance, validated, with its norm classes computed once; evaluates engagements by obligation index. */
export class AuditCostModel {
  readonly classes: NormClasses;
  private readonly requirementsById: ReadonlyMap<string, AuditRequirementInput>;

  constructor(readonly instance: AuditInstance) {
    const byId = new Map<string, AuditRequirementInput>();
    for (const req of instance.requirements) {
      if (byId.has(req.id)) throw new AuditInputError(`requirements: duplicate requirement id ${req.id}`);
      if (!Number.isFinite(req.cycleMonths) || req.cycleMonths <= 0) {
        throw new AuditInputError(`requirements[${req.id}].cycleMonths must be a positive number, got ${req.cycleMonths}`);
      }
      byId.set(req.id, req);
    }
    this.requirementsById = byId;
    for (const [evidence, c] of Object.entries(instance.costModel)) {
      assertWeight(c.fixedCost, `costModel.${evidence}.fixedCost`);
      assertWeight(c.subjectCost, `costModel.${evidence}.subjectCost`);
    }
    instance.obligations.forEach((o, i) => {
      const req = byId.get(o.requirement);
      if (req === undefined) throw new AuditInputError(`obligations[${i}].requirement: unknown requirement ${o.requirement}`);
      if (instance.costModel[req.evidence] === undefined) {
        throw new AuditInputError(`costModel: no cost for evidence ${req.evidence} (requirement ${req.id})`);
      }
    });
    this.classes = new NormClasses(instance.norms, instance.mappings, instance.normStructure);
  }

  requirement(id: string): AuditRequirementInput {
    const req = this.requirementsById.get(id);
    if (req === undefined) throw new AuditInputError(`unknown requirement ${id}`);
    return req;
  }

  /** The norms present in an engagement holding these requirements: the union of their `N(a)`. */
  presentNorms(requirementIds: Iterable<string>): Set<string> {
    const present = new Set<string>();
    for (const id of requirementIds) for (const n of this.requirement(id).norms) present.add(n);
    return present;
  }

  /** `cost(E)` from the evidence type, the number of distinct subjects and the requirement set — all it depends on. */
  costOf(evidence: Evidence, subjectCount: number, requirementIds: Iterable<string>): { cost: number; tested: TestedNorms } {
    const c = this.instance.costModel[evidence];
    const tested = this.classes.testedNorms(this.presentNorms(requirementIds));
    return { cost: c.fixedCost + c.subjectCost * subjectCount + tested.weight, tested };
  }

  /** Cost of the engagement holding these obligations (by index); does not check feasibility. */
  engagementCost(obligationIndices: readonly number[]): EngagementCost {
    if (obligationIndices.length === 0) throw new AuditInputError('an engagement must hold at least one obligation');
    const subjects = sortedUnique(obligationIndices.map((i) => this.obligation(i).subject));
    const requirements = sortedUnique(obligationIndices.map((i) => this.obligation(i).requirement));
    const first = requirements[0];
    if (first === undefined) throw new AuditInputError('an engagement must hold at least one obligation');
    // The evidence of a feasible engagement is shared; for an infeasible one the first requirement's is used.
    const { cost, tested } = this.costOf(this.requirement(first).evidence, subjects.length, requirements);
    return { cost, subjects, requirements, tested };
  }

  /** The rules of §3 this set of obligations breaks. */
  feasibility(obligationIndices: readonly number[]): Feasibility {
    if (obligationIndices.length === 0) return { feasible: false, reasons: ['an engagement must hold at least one obligation'] };
    const reqs = sortedUnique(obligationIndices.map((i) => this.obligation(i).requirement)).map((id) => this.requirement(id));
    const subjects = sortedUnique(obligationIndices.map((i) => this.obligation(i).subject));
    const reasons: string[] = [];
    const evidences = sortedUnique(reqs.map((r) => r.evidence));
    if (evidences.length > 1) reasons.push(`different evidence: ${evidences.join(' vs ')}`);
    const cycles = [...new Set(reqs.map((r) => r.cycleMonths))].sort((a, b) => a - b);
    if (cycles.length > 1) reasons.push(`different cycle: ${cycles.join(' vs ')} months`);
    if (subjects.length > 1) {
      for (const r of reqs) {
        if (!r.jointAllowed) {
          reasons.push(`${requirementLabel(r)} is not jointAllowed: obligations of ${listText(subjects)} stay apart`);
        }
      }
    }
    const facilities = sortedUnique(reqs.map((r) => r.facility));
    if (!this.instance.crossFacilityBundling && facilities.length > 1) {
      reasons.push(`cross-facility bundling is off: ${listText(facilities)} audits stay apart`);
    }
    return { feasible: reasons.length === 0, reasons };
  }

  /** The engagement as reported: sorted obligations, subjects, requirements and tested norms, with its cost. */
  describe(obligationIndices: readonly number[]): EngagementResult {
    const obligations = [...new Set(obligationIndices)].sort((a, b) => a - b);
    const { cost, subjects, requirements, tested } = this.engagementCost(obligations);
    const first = this.requirement(requirements[0] ?? '');
    return {
      obligations,
      evidence: first.evidence,
      cycleMonths: first.cycleMonths,
      subjects,
      requirements,
      testedNorms: tested.norms,
      cost,
    };
  }

  /** §5: the status quo, every obligation its own engagement. */
  baselineCost(): number {
    let total = 0;
    for (let i = 0; i < this.instance.obligations.length; i += 1) total += this.engagementCost([i]).cost;
    return total;
  }

  private obligation(index: number): { requirement: string; subject: string } {
    const o = this.instance.obligations[index];
    if (o === undefined) throw new AuditInputError(`obligation index ${index} out of range`);
    return o;
  }
}

export function engagementCost(instance: AuditInstance, obligationIndices: readonly number[]): number {
  return new AuditCostModel(instance).engagementCost(obligationIndices).cost;
}

export function feasible(instance: AuditInstance, obligationIndices: readonly number[]): Feasibility {
  return new AuditCostModel(instance).feasibility(obligationIndices);
}

export function baselineCost(instance: AuditInstance): number {
  return new AuditCostModel(instance).baselineCost();
}
