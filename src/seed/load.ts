// Reads graph-seed/, validates every file and every cross-reference, and returns the knowledge graph or every problem found.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { PACKAGE_ROOT } from '../package-root.js';
import type { Collaboration, Norm, NormMapping, SeedGraph } from '../domain/model.js';
import {
  certificateTypesFileSchema,
  collaborationsFileSchema,
  costModelFileSchema,
  eligibilityFileSchema,
  facilitiesFileSchema,
  frameworkFileSchema,
  legalFormsFileSchema,
  mappingsFileSchema,
  municipalitiesFileSchema,
  sourcesFileSchema,
} from './schema.js';

/** The seed shipped with the product, beside `src/`. */
export const DEFAULT_SEED_DIR = path.join(PACKAGE_ROOT, 'graph-seed');

export interface SeedProblem {
  file: string;
  path: string;
  message: string;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `graph-seed is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was loaded:\n` +
        problems.map((p) => `  ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}

export interface LoadedSeed {
  graph: SeedGraph;
  /** sha256 of the canonical graph: tells a store whether it holds this exact seed. */
  hash: string;
}

const FILES = {
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
const FRAMEWORKS_DIR = 'frameworks';

/** Loads and validates the seed in `dir`; throws `SeedValidationError` listing every problem. */
export async function loadSeed(dir: string = DEFAULT_SEED_DIR): Promise<LoadedSeed> {
  const problems: SeedProblem[] = [];

  async function read<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S> | undefined> {
    let raw: string;
    try {
      raw = await readFile(path.join(dir, file), 'utf8');
    } catch (error) {
      problems.push({ file, path: '', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
      return undefined;
    }
    let data: unknown;
    try {
      data = file.endsWith('.json') ? JSON.parse(raw) : parseYaml(raw, { prettyErrors: true });
    } catch (error) {
      problems.push({ file, path: '', message: `is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}` });
      return undefined;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, path: formatPath(issue.path), message: issue.message });
      }
      return undefined;
    }
    return result.data;
  }

  let frameworkFiles: string[] = [];
  try {
    frameworkFiles = (await readdir(path.join(dir, FRAMEWORKS_DIR)))
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort()
      .map((f) => `${FRAMEWORKS_DIR}/${f}`);
  } catch {
    problems.push({ file: `${FRAMEWORKS_DIR}/`, path: '', message: 'folder cannot be read' });
  }

  const [sources, facilities, certificateTypes, legalForms, eligibility, mappings, costModel, municipalities, collaborations, ...frameworks] =
    await Promise.all([
      read(FILES.sources, sourcesFileSchema),
      read(FILES.facilities, facilitiesFileSchema),
      read(FILES.certificateTypes, certificateTypesFileSchema),
      read(FILES.legalForms, legalFormsFileSchema),
      read(FILES.eligibility, eligibilityFileSchema),
      read(FILES.mappings, mappingsFileSchema),
      read(FILES.costModel, costModelFileSchema),
      read(FILES.municipalities, municipalitiesFileSchema),
      read(FILES.collaborations, collaborationsFileSchema),
      ...frameworkFiles.map((f) => read(f, frameworkFileSchema)),
    ]);

  if (
    problems.length > 0 ||
    !sources || !facilities || !certificateTypes || !legalForms || !eligibility || !mappings || !costModel || !municipalities || !collaborations
  ) {
    throw new SeedValidationError(problems);
  }

  const norms: Norm[] = [];
  const frameworkList = frameworks.flatMap((file) => {
    if (!file) return [];
    const fw = file.framework;
    for (const n of file.norms) {
      norms.push({
        id: `${fw.id}:${n.code}`,
        framework: fw.id,
        code: n.code,
        title: n.title,
        weight: n.weight,
        isoControl: n.isoControl,
        ...(n.titleNl === undefined ? {} : { titleNl: n.titleNl }),
        ...(n.titleEn === undefined ? {} : { titleEn: n.titleEn }),
        validFrom: n.validFrom,
        validTo: n.validTo,
        sources: n.sources ?? fw.sources,
        confidence: n.confidence,
        note: n.note,
      });
    }
    return [fw];
  });

  const graph: SeedGraph = {
    sources: sources.sources,
    facilities: facilities.facilities.map(({ connectionRequirements: _c, auditRequirements: _a, ...f }) => f),
    connectionRequirements: facilities.facilities.flatMap((f) =>
      f.connectionRequirements.map((r) => ({ ...r, facility: f.code })),
    ),
    auditRequirements: facilities.facilities.flatMap((f) => f.auditRequirements.map((r) => ({ ...r, facility: f.code }))),
    certificateTypes: certificateTypes.certificateTypes,
    legalForms: legalForms.legalForms,
    eligibilityRules: eligibility.rules,
    frameworks: frameworkList,
    norms,
    mappings: mappings.mappings.map((m): NormMapping => ({ id: `${m.from}->${m.to}`, ...m })),
    costModel: costModel.evidenceCosts,
    municipalities: municipalities.municipalities.map((m) => ({
      id: `GM${m.cbsCode}`,
      cbsCode: m.cbsCode,
      name: m.name,
      sources: municipalities.sources,
    })),
    collaborations: collaborations.collaborations.map((c): Collaboration => c),
  };

  problems.push(...checkReferences(graph));
  if (problems.length > 0) throw new SeedValidationError(problems);
  return { graph, hash: hashGraph(graph) };
}

function formatPath(p: readonly PropertyKey[]): string {
  return p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
}

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
  const sourceIds = unique(FILES.sources, 'source id', g.sources.map((s) => s.id));
  const facilityCodes = unique(FILES.facilities, 'facility code', g.facilities.map((f) => f.code));
  versions(FILES.facilities, 'connection requirement', g.connectionRequirements);
  versions(FILES.facilities, 'audit requirement', g.auditRequirements);
  const certCodes = unique(FILES.certificateTypes, 'certificate type', g.certificateTypes.map((c) => c.code));
  const formCodes = unique(FILES.legalForms, 'legal form', g.legalForms.map((l) => l.code));
  versions(FILES.eligibility, 'eligibility rule', g.eligibilityRules);
  const frameworkIds = unique(FRAMEWORKS_DIR, 'framework id', g.frameworks.map((f) => f.id));
  const normIds = unique(FRAMEWORKS_DIR, 'norm', g.norms.map((n) => n.id));
  versions(FILES.mappings, 'mapping', g.mappings);
  versions(FILES.costModel, 'evidence cost', g.costModel.map((c) => ({ ...c, id: c.evidence })));
  const municipalityIds = unique(FILES.municipalities, 'CBS code', g.municipalities.map((m) => m.id));
  unique(FILES.collaborations, 'collaboration id', g.collaborations.map((c) => c.id));

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

  g.facilities.forEach((f) => cites(FILES.facilities, f.code, f));
  g.connectionRequirements.forEach((r) => {
    const at = `${r.facility}.connectionRequirements.${r.id}`;
    cites(FILES.facilities, at, r);
    range(FILES.facilities, at, r);
    ref(FILES.facilities, `${at}.certificateType`, 'certificate type', r.certificateType, certCodes);
    ref(FILES.facilities, `${at}.network`, 'network facility', r.network, facilityCodes);
  });
  g.auditRequirements.forEach((r) => {
    const at = `${r.facility}.auditRequirements.${r.id}`;
    cites(FILES.facilities, at, r);
    range(FILES.facilities, at, r);
    ref(FILES.facilities, `${at}.framework`, 'framework', r.framework, frameworkIds);
  });
  g.certificateTypes.forEach((c) => {
    cites(FILES.certificateTypes, c.code, c);
    range(FILES.certificateTypes, c.code, c);
  });
  g.legalForms.forEach((l) => cites(FILES.legalForms, l.code, l));
  g.eligibilityRules.forEach((r) => {
    cites(FILES.eligibility, r.id, r);
    range(FILES.eligibility, r.id, r);
    ref(FILES.eligibility, `${r.id}.legalForm`, 'legal form', r.legalForm, formCodes);
    ref(FILES.eligibility, `${r.id}.facility`, 'facility', r.facility, facilityCodes);
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
    cites(FILES.mappings, m.id, m);
    range(FILES.mappings, m.id, m);
    ref(FILES.mappings, `${m.id}.from`, 'norm', m.from, normIds);
    ref(FILES.mappings, `${m.id}.to`, 'norm', m.to, normIds);
    if (m.from === m.to) problems.push({ file: FILES.mappings, path: m.id, message: 'a norm cannot map to itself' });
    if (m.relation === 'EQUAL' && m.strength !== null && m.strength !== 10) {
      problems.push({ file: FILES.mappings, path: `${m.id}.strength`, message: 'EQUAL mappings have strength 10' });
    }
  });
  g.costModel.forEach((c) => {
    cites(FILES.costModel, c.evidence, c);
    range(FILES.costModel, c.evidence, c);
  });
  g.municipalities.forEach((m) => cites(FILES.municipalities, m.id, m));
  g.collaborations.forEach((c) => {
    cites(FILES.collaborations, c.id, c);
    ref(FILES.collaborations, `${c.id}.legalForm`, 'legal form', c.legalForm, formCodes);
    c.facilities.forEach((f, i) => ref(FILES.collaborations, `${c.id}.facilities[${i}]`, 'facility', f, facilityCodes));
    c.members.forEach((m, i) =>
      ref(FILES.collaborations, `${c.id}.members[${i}]`, 'municipality', m.municipality, municipalityIds),
    );
  });
  return problems;
}

/** Stable hash of the graph's content (key order fixed), so the same files always give the same hash. */
export function hashGraph(graph: SeedGraph): string {
  return createHash('sha256').update(canonicalJson(graph)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
