// Why obligations of an audit instance stay apart (the rules of joint-audit.md §3), as structured facts: the one
// implementation of those rules. The API and the CLI word them with `separationTexts`, the report in its own language.

import type { Evidence, Language } from '../model.js';
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

/** The wording of each rule, Dutch first. */
const WORDING = {
  nl: {
    evidence: (a: string, b: string) => `ander soort bewijs: ${a} tegenover ${b}`,
    cycle: (x: number, y: number) => `andere auditcyclus: ${x} tegenover ${y} maanden`,
    facility: (facilities: string, evidence: string, months: number) =>
      `bundelen over voorzieningen staat uit: de audits van ${facilities} blijven gescheiden (${evidence}, ${months} maanden)`,
    notJoint: (requirement: string, subjects: string) => `${requirement} mag niet gezamenlijk (jointAllowed is false): de verplichtingen van ${subjects} blijven gescheiden`,
    and: 'en',
  },
  en: {
    evidence: (a: string, b: string) => `different evidence: ${a} vs ${b}`,
    cycle: (x: number, y: number) => `different cycle: ${x} vs ${y} months`,
    facility: (facilities: string, evidence: string, months: number) =>
      `cross-facility bundling is off: ${facilities} audits stay apart (${evidence}, ${months} months)`,
    notJoint: (requirement: string, subjects: string) => `${requirement} is not jointAllowed: obligations of ${subjects} stay apart`,
    and: 'and',
  },
} as const;

/** `a, b and c` in the language asked for. */
function listIn(items: readonly string[], language: Language): string {
  return language === 'en' ? listText(items) : items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${WORDING.nl.and} ${items.at(-1) ?? ''}`;
}

/**
 * The separations as the API and the CLI state them, in `language`: one line per pair of kinds of evidence and per
 * pair of cycles (a pair of cycles once, whatever the evidence), then facilities and requirements. `labelOf` names a
 * requirement.
 */
export function separationTexts(separations: readonly Separation[], labelOf: (requirement: string) => string, language: Language = 'en'): string[] {
  const w = WORDING[language];
  const out: string[] = [];
  for (const s of separations) {
    if (s.rule === 'evidence') for (const [a, b] of pairs(s.evidences)) out.push(w.evidence(a, b));
  }
  const cycles = new Map<string, [number, number]>();
  for (const s of separations) {
    if (s.rule === 'cycle') for (const [x, y] of pairs(s.cycles)) cycles.set(`${x}/${y}`, [x, y]);
  }
  for (const [x, y] of [...cycles.values()].sort((p, q) => p[0] - q[0] || p[1] - q[1])) out.push(w.cycle(x, y));
  for (const s of separations) {
    if (s.rule === 'facility') out.push(w.facility(listIn(s.facilities, language), s.evidence, s.cycleMonths));
  }
  for (const s of separations) {
    if (s.rule === 'not-joint') out.push(w.notJoint(labelOf(s.requirement), listIn(s.subjects, language)));
  }
  return out;
}
