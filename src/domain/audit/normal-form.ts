// The normal form of Lemma 3 (solve.ts): obligations in groups, identical subjects in classes with their options, and
// back from per-class option counts to engagements.
import type { Evidence } from '../model.js';
import { AuditCostModel, compareIds } from './cost.js';

/** Above this many options per subject class the model would be too large; jointAllowed types in one group are few. */
const MAX_OPTIONS_PER_CLASS = 1 << 14;

// ---------------------------------------------------------------------------------------------------------------
// Groups and subject classes

interface GroupKey {
  evidence: Evidence;
  cycleMonths: number;
  /** Set only when cross-facility bundling is off. */
  facility: string | null;
}

interface SubjectObligations {
  /** Solo requirement → obligation indices (ascending). */
  solo: Map<string, number[]>;
  /** jointAllowed requirement → obligation indices (ascending). */
  joint: Map<string, number[]>;
}

/** Where a subject's jointAllowed requirement goes: kept in S_s, sent to J, or (duplicates only) both. */
type Placement = 'S' | 'J' | 'B';

interface ClassOption {
  /** Placement per jointAllowed requirement of the class, in `jointAble` order. */
  placements: Placement[];
  /** Q: requirements present in S_s besides the solo ones. */
  keep: string[];
  /** P: requirements sent to J. */
  send: string[];
}

interface SubjectClass {
  subjects: string[];
  solo: string[];
  jointAble: string[];
  options: ClassOption[];
}

export interface Group {
  key: GroupKey;
  bySubject: Map<string, SubjectObligations>;
  classes: SubjectClass[];
  /** Subjects without solo obligations: all their obligations are in J. */
  forced: string[];
  forcedRequirements: string[];
}

export function groupKeyText(key: GroupKey): string {
  return `${key.evidence} ${key.cycleMonths} months${key.facility === null ? '' : ` ${key.facility}`}`;
}

function compareKeys(a: GroupKey, b: GroupKey): number {
  return (
    compareIds(a.evidence, b.evidence) ||
    a.cycleMonths - b.cycleMonths ||
    compareIds(a.facility ?? '', b.facility ?? '')
  );
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

export function buildGroups(model: AuditCostModel): Group[] {
  const { instance } = model;
  const byKey = new Map<string, { key: GroupKey; bySubject: Map<string, SubjectObligations> }>();
  instance.obligations.forEach((o, index) => {
    const req = model.requirement(o.requirement);
    const key: GroupKey = {
      evidence: req.evidence,
      cycleMonths: req.cycleMonths,
      facility: instance.crossFacilityBundling ? null : req.facility,
    };
    const keyText = JSON.stringify([key.evidence, key.cycleMonths, key.facility]);
    let group = byKey.get(keyText);
    if (group === undefined) {
      group = { key, bySubject: new Map() };
      byKey.set(keyText, group);
    }
    let subject = group.bySubject.get(o.subject);
    if (subject === undefined) {
      subject = { solo: new Map(), joint: new Map() };
      group.bySubject.set(o.subject, subject);
    }
    pushTo(req.jointAllowed ? subject.joint : subject.solo, req.id, index);
  });

  const groups: Group[] = [];
  for (const { key, bySubject } of byKey.values()) {
    const classesBySignature = new Map<string, SubjectClass>();
    const forced: string[] = [];
    const forcedRequirements = new Set<string>();
    for (const subject of [...bySubject.keys()].sort(compareIds)) {
      const obligations = bySubject.get(subject);
      if (obligations === undefined) continue;
      if (obligations.solo.size === 0) {
        forced.push(subject);
        for (const r of obligations.joint.keys()) forcedRequirements.add(r);
        continue;
      }
      const solo = [...obligations.solo.keys()].sort(compareIds);
      const jointAble = [...obligations.joint.keys()].sort(compareIds);
      const duplicated = jointAble.filter((r) => (obligations.joint.get(r)?.length ?? 0) > 1);
      const signature = JSON.stringify([solo, jointAble, duplicated]);
      const existing = classesBySignature.get(signature);
      if (existing !== undefined) {
        existing.subjects.push(subject);
      } else {
        classesBySignature.set(signature, {
          subjects: [subject],
          solo,
          jointAble,
          options: enumerateOptions(jointAble, new Set(duplicated), key),
        });
      }
    }
    const classes = [...classesBySignature.entries()].sort((a, b) => compareIds(a[0], b[0])).map(([, c]) => c);
    groups.push({ key, bySubject, classes, forced, forcedRequirements: [...forcedRequirements].sort(compareIds) });
  }
  return groups.sort((a, b) => compareKeys(a.key, b.key));
}

/** All placements of the jointAllowed requirements; option 0 keeps everything in S_s (always feasible). */
function enumerateOptions(jointAble: readonly string[], duplicated: ReadonlySet<string>, key: GroupKey): ClassOption[] {
  let count = 1;
  for (const r of jointAble) {
    count *= duplicated.has(r) ? 3 : 2;
    if (count > MAX_OPTIONS_PER_CLASS) {
      throw new Error(
        `minimal joint audit: ${jointAble.length} jointAllowed requirement types per subject in group ${groupKeyText(key)} ` +
          `exceed the supported model size`,
      );
    }
  }
  let partial: Placement[][] = [[]];
  for (const r of jointAble) {
    const choices: Placement[] = duplicated.has(r) ? ['S', 'J', 'B'] : ['S', 'J'];
    partial = partial.flatMap((prefix) => choices.map((c) => [...prefix, c]));
  }
  return partial.map((placements) => ({
    placements,
    keep: jointAble.filter((_, i) => placements[i] !== 'J'),
    send: jointAble.filter((_, i) => placements[i] !== 'S'),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Reconstruction

/** Concrete engagements (obligation indices) for counts z_{g,o}; subjects of a class take options in id order. */
export function reconstruct(group: Group, counts: readonly (readonly number[])[]): number[][] {
  const engagements: number[][] = [];
  const joint: number[] = [];
  for (const subject of group.forced) {
    for (const list of group.bySubject.get(subject)?.joint.values() ?? []) joint.push(...list);
  }
  group.classes.forEach((cls, g) => {
    let next = 0;
    cls.options.forEach((option, o) => {
      const count = counts[g]?.[o] ?? 0;
      for (const subject of cls.subjects.slice(next, next + count)) {
        const obligations = group.bySubject.get(subject);
        if (obligations === undefined) continue;
        const own: number[] = [];
        for (const list of obligations.solo.values()) own.push(...list);
        cls.jointAble.forEach((r, i) => {
          const list = obligations.joint.get(r) ?? [];
          const placement = option.placements[i];
          if (placement === 'S') own.push(...list);
          else if (placement === 'J') joint.push(...list);
          else {
            // Both: one copy keeps r in S_s, the others put it in J (only the sets matter for cost).
            own.push(...list.slice(0, 1));
            joint.push(...list.slice(1));
          }
        });
        engagements.push(own);
      }
      next += count;
    });
    if (next !== cls.subjects.length) throw new Error('minimal joint audit: option counts do not cover the class');
  });
  if (joint.length > 0) engagements.push(joint);
  return engagements;
}
