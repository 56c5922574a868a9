// Canonical order for what the stores return, so both adapters answer byte-for-byte alike whatever order they read in.
import type { Catalogue, Collaboration } from '../domain/model.js';
import type { CollaborationRecord } from './port.js';

const by =
  <T>(...keys: Array<(t: T) => string>) =>
  (a: T, b: T): number => {
    for (const k of keys) {
      const x = k(a);
      const y = k(b);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

const sortedSources = <T extends { sources: string[] }>(f: T): T => ({ ...f, sources: [...new Set(f.sources)].sort() });

export function canonicalCatalogue(c: Catalogue): Catalogue {
  return {
    sources: [...c.sources].sort(by((s) => s.id)),
    facilities: c.facilities.map(sortedSources).sort(by((f) => f.code)),
    connectionRequirements: c.connectionRequirements
      .map(sortedSources)
      .sort(by((r) => r.facility, (r) => r.id, (r) => r.validFrom ?? '')),
    auditRequirements: c.auditRequirements.map(sortedSources).sort(by((r) => r.facility, (r) => r.id, (r) => r.validFrom ?? '')),
    certificateTypes: c.certificateTypes.map(sortedSources).sort(by((x) => x.code)),
    legalForms: c.legalForms.map(sortedSources).sort(by((x) => `${x.code}@${x.validFrom ?? ''}`)),
    eligibilityRules: c.eligibilityRules.map(sortedSources).sort(by((r) => r.id, (r) => r.validFrom ?? '')),
    frameworks: c.frameworks.map(sortedSources).sort(by((f) => f.id)),
    norms: c.norms.map(sortedSources).sort(by((n) => n.framework, (n) => n.id)),
    mappings: c.mappings.map(sortedSources).sort(by((m) => m.id, (m) => m.validFrom ?? '')),
    costModel: c.costModel.map(sortedSources).sort(by((x) => x.evidence, (x) => x.validFrom ?? '')),
  };
}

export function canonicalCollaboration(c: Collaboration): Collaboration {
  return {
    ...sortedSources(c),
    facilities: [...c.facilities].sort(),
    members: [...c.members].sort(by((m) => m.municipality)),
  };
}

export function canonicalRecord(r: CollaborationRecord): CollaborationRecord {
  return {
    collaboration: canonicalCollaboration(r.collaboration),
    members: [...r.members].sort(by((m) => m.municipality.id)),
  };
}

/** Freezes a value and everything it holds: a catalogue shared by every request of one graph version cannot be changed by one of them. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
