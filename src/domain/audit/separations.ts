// Why obligations of an audit instance stay apart (the rules of joint-audit.md §3), as structured facts: the one
// implementation of those rules. The API and the CLI word them with `separationTexts`, the report in its own language.

import type { Evidence } from '../model.js';
import { type AuditCostModel, compareIds, listText, sortedUnique } from './cost.js';

export type Separation =
  /** Different kinds of evidence never share an engagement (rule 1). */
  | { rule: 'evidence'; evidences: Evidence[] }
  /** Within one kind of evidence, different audit cycles never share an engagement (rule 1). */
  | { rule: 'cycle'; evidence: Evidence; cycles: number[] }
  /** Cross-facility bundling is off: the audits of these facilities stay apart (rule 3). */
  | { rule: 'facility'; evidence: Evidence; cycleMonths: number; facilities: string[] }
  /** A requirement that may not be audited jointly keeps the obligations of its subjects apart (rule 2). */
  | { rule: 'not-joint'; requirement: string; subjects: string[] };

/** The separations of an instance, in a fixed order: evidence, cycles, facilities, then requirements by id. */
export function separationsOf(model: AuditCostModel): Separation[] {
  const { instance } = model;
  const subjectsByRequirement = new Map<string, Set<string>>();
  for (const o of instance.obligations) {
    const set = subjectsByRequirement.get(o.requirement) ?? new Set<string>();
    set.add(o.subject);
    subjectsByRequirement.set(o.requirement, set);
  }
  const reqs = [...subjectsByRequirement.keys()].sort(compareIds).map((id) => model.requirement(id));
  const out: Separation[] = [];

  const evidences = [...new Set(reqs.map((r) => r.evidence))].sort(compareIds);
  if (evidences.length > 1) out.push({ rule: 'evidence', evidences });
  for (const evidence of evidences) {
    const cycles = [...new Set(reqs.filter((r) => r.evidence === evidence).map((r) => r.cycleMonths))].sort((a, b) => a - b);
    if (cycles.length > 1) out.push({ rule: 'cycle', evidence, cycles });
  }
  if (!instance.crossFacilityBundling) {
    const byKey = new Map<string, { evidence: Evidence; cycleMonths: number; facilities: Set<string> }>();
    for (const r of reqs) {
      const key = `${r.evidence}|${r.cycleMonths}`;
      const entry = byKey.get(key) ?? { evidence: r.evidence, cycleMonths: r.cycleMonths, facilities: new Set<string>() };
      entry.facilities.add(r.facility);
      byKey.set(key, entry);
    }
    const entries = [...byKey.values()].sort((a, b) => compareIds(a.evidence, b.evidence) || a.cycleMonths - b.cycleMonths);
    for (const e of entries) {
      if (e.facilities.size > 1) out.push({ rule: 'facility', evidence: e.evidence, cycleMonths: e.cycleMonths, facilities: sortedUnique(e.facilities) });
    }
  }
  for (const r of reqs) {
    const subjects = sortedUnique(subjectsByRequirement.get(r.id) ?? []);
    if (!r.jointAllowed && subjects.length > 1) out.push({ rule: 'not-joint', requirement: r.id, subjects });
  }
  return out;
}

function pairs<T>(items: readonly T[]): Array<[T, T]> {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}

/**
 * The separations as the API and the CLI state them: one line per pair of kinds of evidence and per pair of cycles
 * (a pair of cycles once, whatever the evidence), then facilities and requirements. `labelOf` names a requirement.
 */
export function separationTexts(separations: readonly Separation[], labelOf: (requirement: string) => string): string[] {
  const out: string[] = [];
  for (const s of separations) {
    if (s.rule === 'evidence') for (const [a, b] of pairs(s.evidences)) out.push(`different evidence: ${a} vs ${b}`);
  }
  const cycles = new Map<string, [number, number]>();
  for (const s of separations) {
    if (s.rule === 'cycle') for (const [x, y] of pairs(s.cycles)) cycles.set(`${x}/${y}`, [x, y]);
  }
  for (const [x, y] of [...cycles.values()].sort((p, q) => p[0] - q[0] || p[1] - q[1])) out.push(`different cycle: ${x} vs ${y} months`);
  for (const s of separations) {
    if (s.rule === 'facility') {
      out.push(`cross-facility bundling is off: ${listText(s.facilities)} audits stay apart (${s.evidence}, ${s.cycleMonths} months)`);
    }
  }
  for (const s of separations) {
    if (s.rule === 'not-joint') out.push(`${labelOf(s.requirement)} is not jointAllowed: obligations of ${listText(s.subjects)} stay apart`);
  }
  return out;
}
