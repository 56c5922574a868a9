// Cross-file checks of the knowledge graph that no single fact schema can make (unique ids, resolvable references,
// sane date ranges), shared by the seed loader and curation; problems name the seed file where the fact lives.
import type { SeedGraph } from '../model.js';

/** One problem with the graph: the seed file, the path inside it, and what is wrong. */
export interface SeedProblem {
  file: string;
  path: string;
  message: string;
}

/** Where each kind of fact lives in graph-seed/. */
export const SEED_FILES = {
  sources: 'sources.yaml',
  facilities: 'facilities.yaml',
  certificateTypes: 'certificate-types.yaml',
  legalForms: 'legal-forms.yaml',
  eligibility: 'eligibility.yaml',
  mappings: 'mappings.yaml',
  costModel: 'cost-model.yaml',
  municipalities: 'municipalities.json',
  collaborations: 'collaborations.yaml',
} as const;
export const FRAMEWORKS_DIR = 'frameworks';
/** Cross-file checks no single schema can make: unique ids, resolvable references, sane date ranges. */
export function checkReferences(g: SeedGraph): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const unique = (file: string, what: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) problems.push({ file, path: `[${i}]`, message: `duplicate ${what} "${id}"` });
      seen.add(id);
    });
    return seen;
  };
  const sourceIds = unique(SEED_FILES.sources, 'source id', g.sources.map((s) => s.id));
  const facilityCodes = unique(SEED_FILES.facilities, 'facility code', g.facilities.map((f) => f.code));
  versions(SEED_FILES.facilities, 'connection requirement', g.connectionRequirements);
  versions(SEED_FILES.facilities, 'audit requirement', g.auditRequirements);
  const certCodes = unique(SEED_FILES.certificateTypes, 'certificate type', g.certificateTypes.map((c) => c.code));
  const formCodes = new Set(g.legalForms.map((l) => l.code));
  versions(SEED_FILES.legalForms, 'legal form', g.legalForms.map((l) => ({ ...l, id: l.code })));
  versions(SEED_FILES.eligibility, 'eligibility rule', g.eligibilityRules);
  const frameworkIds = unique(FRAMEWORKS_DIR, 'framework id', g.frameworks.map((f) => f.id));
  const normIds = unique(FRAMEWORKS_DIR, 'norm', g.norms.map((n) => n.id));
  versions(SEED_FILES.mappings, 'mapping', g.mappings);
  versions(SEED_FILES.costModel, 'evidence cost', g.costModel.map((c) => ({ ...c, id: c.evidence })));
  const municipalityIds = unique(SEED_FILES.municipalities, 'CBS code', g.municipalities.map((m) => m.id));
  unique(SEED_FILES.collaborations, 'collaboration id', g.collaborations.map((c) => c.id));

  // Versioned facts: one id may recur, but its validity periods must not overlap.
  function versions(file: string, what: string, facts: Array<{ id: string; validFrom: string | null; validTo: string | null }>) {
    const byId = new Map<string, typeof facts>();
    for (const f of facts) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
    for (const [id, list] of byId) {
      const sorted = [...list].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!;
        const next = sorted[i]!;
        if (prev.validTo === null || next.validFrom === null || next.validFrom < prev.validTo) {
          problems.push({ file, path: id, message: `${what} "${id}" has versions whose validity periods overlap` });
        }
      }
    }
  }
  const ref = (file: string, at: string, what: string, value: string | null, known: Set<string>) => {
    if (value !== null && !known.has(value)) problems.push({ file, path: at, message: `unknown ${what} "${value}"` });
  };
  const cites = (file: string, at: string, fact: { sources: string[] }) =>
    fact.sources.forEach((s, i) => ref(file, `${at}.sources[${i}]`, 'source', s, sourceIds));
  const range = (file: string, at: string, fact: { validFrom: string | null; validTo: string | null }) => {
    if (fact.validFrom && fact.validTo && fact.validFrom >= fact.validTo) {
      problems.push({ file, path: at, message: `validFrom ${fact.validFrom} is not before validTo ${fact.validTo}` });
    }
  };

  g.facilities.forEach((f) => cites(SEED_FILES.facilities, f.code, f));
  g.connectionRequirements.forEach((r) => {
    const at = `${r.facility}.connectionRequirements.${r.id}`;
    cites(SEED_FILES.facilities, at, r);
    range(SEED_FILES.facilities, at, r);
    ref(SEED_FILES.facilities, `${at}.certificateType`, 'certificate type', r.certificateType, certCodes);
    ref(SEED_FILES.facilities, `${at}.network`, 'network facility', r.network, facilityCodes);
  });
  g.auditRequirements.forEach((r) => {
    const at = `${r.facility}.auditRequirements.${r.id}`;
    cites(SEED_FILES.facilities, at, r);
    range(SEED_FILES.facilities, at, r);
    ref(SEED_FILES.facilities, `${at}.framework`, 'framework', r.framework, frameworkIds);
  });
  g.certificateTypes.forEach((c) => {
    cites(SEED_FILES.certificateTypes, c.code, c);
    range(SEED_FILES.certificateTypes, c.code, c);
  });
  g.legalForms.forEach((l) => {
    cites(SEED_FILES.legalForms, l.code, l);
    range(SEED_FILES.legalForms, l.code, l);
  });
  g.eligibilityRules.forEach((r) => {
    cites(SEED_FILES.eligibility, r.id, r);
    range(SEED_FILES.eligibility, r.id, r);
    ref(SEED_FILES.eligibility, `${r.id}.legalForm`, 'legal form', r.legalForm, formCodes);
    ref(SEED_FILES.eligibility, `${r.id}.facility`, 'facility', r.facility, facilityCodes);
  });
  g.frameworks.forEach((f) => {
    cites(FRAMEWORKS_DIR, f.id, f);
    range(FRAMEWORKS_DIR, f.id, f);
  });
  g.norms.forEach((n) => {
    cites(FRAMEWORKS_DIR, n.id, n);
    range(FRAMEWORKS_DIR, n.id, n);
  });
  g.mappings.forEach((m) => {
    cites(SEED_FILES.mappings, m.id, m);
    range(SEED_FILES.mappings, m.id, m);
    ref(SEED_FILES.mappings, `${m.id}.from`, 'norm', m.from, normIds);
    ref(SEED_FILES.mappings, `${m.id}.to`, 'norm', m.to, normIds);
    if (m.from === m.to) problems.push({ file: SEED_FILES.mappings, path: m.id, message: 'a norm cannot map to itself' });
    if (m.relation === 'EQUAL' && m.strength !== null && m.strength !== 10) {
      problems.push({ file: SEED_FILES.mappings, path: `${m.id}.strength`, message: 'EQUAL mappings have strength 10' });
    }
  });
  g.costModel.forEach((c) => {
    cites(SEED_FILES.costModel, c.evidence, c);
    range(SEED_FILES.costModel, c.evidence, c);
  });
  g.municipalities.forEach((m) => cites(SEED_FILES.municipalities, m.id, m));
  g.collaborations.forEach((c) => {
    cites(SEED_FILES.collaborations, c.id, c);
    ref(SEED_FILES.collaborations, `${c.id}.legalForm`, 'legal form', c.legalForm, formCodes);
    c.facilities.forEach((f, i) => ref(SEED_FILES.collaborations, `${c.id}.facilities[${i}]`, 'facility', f, facilityCodes));
    c.members.forEach((m, i) =>
      ref(SEED_FILES.collaborations, `${c.id}.members[${i}]`, 'municipality', m.municipality, municipalityIds),
    );
  });
  return problems;
}
