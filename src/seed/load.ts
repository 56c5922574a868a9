// Reads graph-seed/, validates every file and every cross-reference, and returns the knowledge graph or every problem found.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { PACKAGE_ROOT } from '../package-root.js';
import { checkReferences, FRAMEWORKS_DIR, SEED_FILES, type SeedProblem } from '../domain/facts/references.js';
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
} from '../domain/facts/schema.js';

/** The seed shipped with the product, beside `src/`. */
export const DEFAULT_SEED_DIR = path.join(PACKAGE_ROOT, 'graph-seed');

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
      read(SEED_FILES.sources, sourcesFileSchema),
      read(SEED_FILES.facilities, facilitiesFileSchema),
      read(SEED_FILES.certificateTypes, certificateTypesFileSchema),
      read(SEED_FILES.legalForms, legalFormsFileSchema),
      read(SEED_FILES.eligibility, eligibilityFileSchema),
      read(SEED_FILES.mappings, mappingsFileSchema),
      read(SEED_FILES.costModel, costModelFileSchema),
      read(SEED_FILES.municipalities, municipalitiesFileSchema),
      read(SEED_FILES.collaborations, collaborationsFileSchema),
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
        ...(n.operatingEffectivenessFrom === undefined ? {} : { operatingEffectivenessFrom: n.operatingEffectivenessFrom }),
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
