// The plan's separations (domain/audit/separations.ts) with their requirements and subjects resolved, for the report's wording and citations.
import type { Separation as AuditSeparation } from '../../domain/audit/separations.js';
import type { AuditPlan } from '../../domain/joint-audit.js';
import type { AuditRequirement } from '../../domain/model.js';
import type { Organisation } from '../../domain/scope.js';

type NotJoint = Extract<AuditSeparation, { rule: 'not-joint' }>;

export type Separation =
  | Exclude<AuditSeparation, NotJoint>
  | { rule: 'not-joint'; requirement: AuditRequirement; subjects: Organisation[] };

export function separationsOf(audit: AuditPlan): Separation[] {
  const requirements = new Map<string, AuditRequirement>();
  const subjects = new Map<string, Organisation>();
  for (const o of audit.obligations) {
    requirements.set(o.requirement.id, o.requirement);
    subjects.set(o.subject.id, o.subject);
  }
  const known = <T>(map: Map<string, T>, id: string): T => {
    const value = map.get(id);
    if (value === undefined) throw new Error(`report: separation names ${id}, which no obligation of the plan holds`);
    return value;
  };
  return audit.separations.map((s): Separation =>
    s.rule === 'not-joint' ? { rule: 'not-joint', requirement: known(requirements, s.requirement), subjects: s.subjects.map((id) => known(subjects, id)) } : s,
  );
}
