// Why obligations of an audit plan stay apart, as structured facts (the rules of joint-audit.md §3), so the report can say it in any language.
import { compareIds } from '../audit/cost.js';
import type { AuditPlan } from '../joint-audit.js';
import type { AuditRequirement, Evidence } from '../model.js';
import type { Organisation } from '../scope.js';

export type Separation =
  | { rule: 'evidence'; evidences: Evidence[] }
  | { rule: 'cycle'; evidence: Evidence; cycles: number[] }
  | { rule: 'facility'; evidence: Evidence; cycleMonths: number; facilities: string[] }
  | { rule: 'not-joint'; requirement: AuditRequirement; subjects: Organisation[] };

export function separationsOf(audit: AuditPlan): Separation[] {
  const requirements = new Map<string, AuditRequirement>();
  const subjects = new Map<string, Map<string, Organisation>>();
  for (const o of audit.obligations) {
    requirements.set(o.requirement.id, o.requirement);
    const s = subjects.get(o.requirement.id) ?? new Map<string, Organisation>();
    s.set(o.subject.id, o.subject);
    subjects.set(o.requirement.id, s);
  }
  const reqs = [...requirements.values()].sort((a, b) => compareIds(a.id, b.id));
  const out: Separation[] = [];

  const evidences = [...new Set(reqs.map((r) => r.evidence))].sort(compareIds);
  if (evidences.length > 1) out.push({ rule: 'evidence', evidences });
  for (const evidence of evidences) {
    const cycles = [...new Set(reqs.filter((r) => r.evidence === evidence).map((r) => r.cycleMonths))].sort((a, b) => a - b);
    if (cycles.length > 1) out.push({ rule: 'cycle', evidence, cycles });
  }
  if (!audit.scope.policy.crossFacilityBundling) {
    const groups = new Map<string, { evidence: Evidence; cycleMonths: number; facilities: Set<string> }>();
    for (const r of reqs) {
      const key = `${r.evidence}|${r.cycleMonths}`;
      const g = groups.get(key) ?? { evidence: r.evidence, cycleMonths: r.cycleMonths, facilities: new Set<string>() };
      g.facilities.add(r.facility);
      groups.set(key, g);
    }
    const sorted = [...groups.values()].sort((a, b) => compareIds(a.evidence, b.evidence) || a.cycleMonths - b.cycleMonths);
    for (const g of sorted) {
      if (g.facilities.size > 1) out.push({ rule: 'facility', evidence: g.evidence, cycleMonths: g.cycleMonths, facilities: [...g.facilities].sort(compareIds) });
    }
  }
  for (const r of reqs) {
    const s = [...(subjects.get(r.id)?.values() ?? [])].sort((a, b) => compareIds(a.id, b.id));
    if (!r.jointAllowed && s.length > 1) out.push({ rule: 'not-joint', requirement: r, subjects: s });
  }
  return out;
}
