// The ILP of one group (Lemma 4 in solve.ts), written in CPLEX LP format for any solver behind the LpSolver port.
import { AuditCostModel, compareIds, sortedUnique } from './cost.js';
import type { Group } from './normal-form.js';

type VarKind = 'integer' | 'continuous';

class LpBuilder {
  private readonly vars = new Map<string, { lower: number; upper: number; kind: VarKind }>();
  private readonly objective = new Map<string, number>();
  private readonly rows: string[] = [];

  addVar(name: string, lower: number, upper: number, kind: VarKind): string {
    if (this.vars.has(name)) throw new Error(`LP builder: duplicate variable ${name}`);
    this.vars.set(name, { lower, upper, kind });
    return name;
  }

  addObjective(name: string, coefficient: number): void {
    if (coefficient !== 0) this.objective.set(name, (this.objective.get(name) ?? 0) + coefficient);
  }

  addRow(terms: readonly (readonly [number, string])[], sense: '>=' | '<=' | '=', rhs: number): void {
    this.rows.push(` r${this.rows.length}: ${formatTerms(terms)} ${sense} ${formatNumber(rhs)}`);
  }

  size(): { variables: number; integerVariables: number; constraints: number } {
    let integerVariables = 0;
    for (const v of this.vars.values()) if (v.kind === 'integer') integerVariables += 1;
    return { variables: this.vars.size, integerVariables, constraints: this.rows.length };
  }

  toLp(): string {
    const names = [...this.vars.keys()];
    const objectiveTerms: [number, string][] = [...this.objective].map(([name, c]) => [c, name]);
    // An objective needs a term; a zero coefficient on any variable is a valid empty objective.
    if (objectiveTerms.length === 0 && names[0] !== undefined) objectiveTerms.push([0, names[0]]);
    const bounds = names.map((name) => {
      const v = this.vars.get(name);
      if (v === undefined) return '';
      return v.lower === v.upper
        ? ` ${name} = ${formatNumber(v.lower)}`
        : ` ${formatNumber(v.lower)} <= ${name} <= ${formatNumber(v.upper)}`;
    });
    const integers = names.filter((name) => this.vars.get(name)?.kind === 'integer');
    return [
      'Minimize',
      ` obj: ${formatTerms(objectiveTerms)}`,
      'Subject To',
      ...this.rows,
      'Bounds',
      ...bounds,
      ...(integers.length > 0 ? ['Generals', ...chunk(integers, 16).map((c) => ` ${c.join(' ')}`)] : []),
      'End',
      '',
    ].join('\n');
  }
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`LP builder: non-finite number ${value}`);
  return String(value);
}

function formatTerms(terms: readonly (readonly [number, string])[]): string {
  const parts = terms.map(([c, name], i) => {
    const sign = c < 0 ? '-' : i === 0 ? '' : '+';
    const abs = Math.abs(c);
    const body = abs === 1 ? name : `${formatNumber(abs)} ${name}`;
    return sign === '' ? body : `${sign} ${body}`;
  });
  // Break long expressions over lines; the LP format allows it and some readers limit line length.
  return chunk(parts, 12)
    .map((c) => c.join(' '))
    .join('\n   ');
}

/** Narrows a value the model construction guarantees; a miss is a bug here, not bad input. */
function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`minimal joint audit: internal error, missing ${what}`);
  return value;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface GroupModel {
  lp: string;
  /** Objective terms that do not depend on any variable (J's fixed and subject cost when J is forced non-empty). */
  constant: number;
  size: { variables: number; integerVariables: number; constraints: number };
  /** z variable names per class, per option. */
  z: string[][];
}

/** The ILP of one group, or `null` when no subject has a choice (closed form). */
export function buildGroupModel(group: Group, model: AuditCostModel): GroupModel | null {
  if (group.classes.every((c) => c.options.length === 1)) return null;
  const { fixedCost, subjectCost } = model.instance.costModel[group.key.evidence];
  const lp = new LpBuilder();

  // z_{g,o}: how many subjects of class g choose option o.
  const z = group.classes.map((cls, g) =>
    cls.options.map((option, o) => {
      const name = lp.addVar(`z${g}_${o}`, 0, cls.subjects.length, 'integer');
      const sCost = model.costOf(group.key.evidence, 1, [...cls.solo, ...option.keep]).cost;
      lp.addObjective(name, sCost + (option.send.length > 0 ? subjectCost : 0));
      return name;
    }),
  );
  group.classes.forEach((cls, g) => {
    lp.addRow(
      (z[g] ?? []).map((name) => [1, name] as const),
      '=',
      cls.subjects.length,
    );
  });

  // p_r: requirement r is in J.
  const forced = new Set(group.forcedRequirements);
  const jRequirements = sortedUnique([...group.forcedRequirements, ...group.classes.flatMap((c) => c.jointAble)]);
  const pByRequirement = new Map<string, string>();
  jRequirements.forEach((r, i) => {
    pByRequirement.set(r, lp.addVar(`p${i}`, forced.has(r) ? 1 : 0, 1, 'integer'));
  });
  const p = (r: string): string => defined(pByRequirement.get(r), `p variable of ${r}`);
  for (const r of jRequirements) {
    const pr = p(r);
    const covering: [number, string][] = [];
    group.classes.forEach((cls, g) => {
      const terms: [number, string][] = [];
      cls.options.forEach((option, o) => {
        if (option.send.includes(r)) terms.push([1, defined(z[g]?.[o], 'z variable')]);
      });
      if (terms.length === 0) return;
      covering.push(...terms);
      if (!forced.has(r)) lp.addRow([[cls.subjects.length, pr], ...terms.map(([c, n]) => [-c, n] as const)], '>=', 0);
    });
    if (!forced.has(r)) lp.addRow([[1, pr], ...covering.map(([c, n]) => [-c, n] as const)], '<=', 0);
  }

  // J's fixed and subject costs.
  let constant = 0;
  if (group.forced.length > 0) {
    constant += fixedCost + subjectCost * group.forced.length;
  } else {
    const j = lp.addVar('j', 0, 1, 'integer');
    lp.addObjective(j, fixedCost);
    for (const r of jRequirements) lp.addRow([[1, j], [-1, p(r)]], '>=', 0);
    lp.addRow([[1, j], ...jRequirements.map((r) => [-1, p(r)] as const)], '<=', 0);
  }

  // J's tested weight, per norm class, in weight tiers.
  const reqWeightByClass = new Map<string, Map<string, number>>();
  for (const r of jRequirements) {
    for (const n of model.requirement(r).norms) {
      const c = model.classes.classOf(n);
      let perReq = reqWeightByClass.get(c);
      if (perReq === undefined) {
        perReq = new Map();
        reqWeightByClass.set(c, perReq);
      }
      perReq.set(r, Math.max(perReq.get(r) ?? 0, model.classes.weightOf(n)));
    }
  }
  const jClasses = [...reqWeightByClass.keys()].sort(compareIds);
  let qCount = 0;
  /** OR of p over these requirements: the p itself when there is one, else an exact auxiliary variable. */
  const orOf = (reqs: readonly string[]): string => {
    const single = reqs.length === 1 ? reqs[0] : undefined;
    if (single !== undefined) return p(single);
    const q = lp.addVar(`q${qCount}`, 0, 1, 'continuous');
    qCount += 1;
    for (const r of reqs) lp.addRow([[1, q], [-1, p(r)]], '>=', 0);
    lp.addRow([[1, q], ...reqs.map((r) => [-1, p(r)] as const)], '<=', 0);
    return q;
  };
  const tiers = new Map<string, { delta: number; literal: string }[]>();
  const presence = new Map<string, string>();
  jClasses.forEach((c) => {
    const perReq = reqWeightByClass.get(c) ?? new Map<string, number>();
    const weights = [...new Set(perReq.values())].sort((a, b) => b - a);
    const classTiers = weights.map((w, k) => {
      const reqs = [...perReq].filter(([, rw]) => rw >= w).map(([r]) => r).sort(compareIds);
      return { delta: w - (weights[k + 1] ?? 0), literal: orOf(reqs) };
    });
    tiers.set(c, classTiers);
    const lowest = classTiers[classTiers.length - 1];
    if (lowest !== undefined) presence.set(c, lowest.literal);
  });
  let tCount = 0;
  for (const c of jClasses) {
    const supers = jClasses.filter((d) => model.classes.isStrictSubclass(c, d));
    for (const tier of tiers.get(c) ?? []) {
      if (tier.delta <= 0) continue;
      if (supers.length === 0) {
        lp.addObjective(tier.literal, tier.delta);
        continue;
      }
      const t = lp.addVar(`t${tCount}`, 0, 1, 'continuous');
      tCount += 1;
      lp.addObjective(t, tier.delta);
      lp.addRow([[1, t], [-1, tier.literal], ...supers.map((d) => [1, defined(presence.get(d), `presence of class ${d}`)] as const)], '>=', 0);
    }
  }
  // Requirements forced into J keep their p variable (bounds [1, 1]) so that their norms go through the same tiers;
  // `constant` holds only J's fixed and subject costs for subjects without solo obligations.
  return { lp: lp.toLp(), constant, size: lp.size(), z };
}
