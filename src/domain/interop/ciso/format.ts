// The CISO Assistant library format (YAML): zod schemas for the parts Harmonie reads, and parsing with located errors.
import { z } from 'zod';

/** A library that cannot be read: every problem with the path (in the file) where it was found. Nothing is written. */
export class LibraryFormatError extends Error {
  constructor(readonly problems: Array<{ path: string; message: string }>) {
    super(problems.map((p) => `${p.path || '(file)'}: ${p.message}`).join('; '));
    this.name = 'LibraryFormatError';
  }
}

export const CISO_RELATIONSHIPS = ['equal', 'subset', 'superset', 'intersect', 'not_related'] as const;
export type CisoRelationship = (typeof CISO_RELATIONSHIPS)[number];
export const CISO_RATIONALES = ['syntactic', 'semantic', 'functional'] as const;

const text = z.string().trim().min(1, { error: 'must not be empty' });
const optionalText = z.string().nullish();
/** ref_ids are text; a number (e.g. `ref_id: 5`) is read as its text. */
const refId = z.union([z.string(), z.number()]).transform(String).pipe(text);
const translation = z.looseObject({ name: optionalText, description: optionalText, annotation: optionalText });
const translations = z.record(z.string(), translation.nullish()).nullish();

// Loose objects: real libraries carry many more keys (implementation_groups, questions, reference_controls, scores…)
// that Harmonie does not use; they are kept out of the graph, not refused.
export const requirementNodeSchema = z.looseObject({
  urn: text,
  parent_urn: optionalText,
  depth: z.int().nonnegative().nullish(),
  assessable: z.boolean(),
  ref_id: refId.nullish(),
  name: optionalText,
  description: optionalText,
  annotation: optionalText,
  translations,
});

export const frameworkSchema = z.looseObject({
  urn: text,
  ref_id: refId,
  name: text,
  description: optionalText,
  translations,
  requirement_nodes: z.array(requirementNodeSchema).min(1, { error: 'a framework has at least one requirement node' }),
});

export const requirementMappingSchema = z.looseObject({
  source_requirement_urn: text,
  target_requirement_urn: text,
  relationship: z.enum(CISO_RELATIONSHIPS, { error: `must be one of ${CISO_RELATIONSHIPS.join(', ')}` }),
  // Real libraries mostly leave it out, and one writes free text; the text is kept as a note (see import.ts).
  rationale: optionalText,
  strength_of_relationship: z.int({ error: 'must be a whole number 0–10' }).min(0, { error: 'must be 0–10' }).max(10, { error: 'must be 0–10' }).nullish(),
  annotation: optionalText,
});

export const mappingSetSchema = z.looseObject({
  urn: optionalText,
  ref_id: refId.nullish(),
  name: optionalText,
  source_framework_urn: text,
  target_framework_urn: text,
  requirement_mappings: z.array(requirementMappingSchema),
});

export const librarySchema = z
  .looseObject({
    urn: text,
    locale: text,
    ref_id: refId,
    name: text,
    description: optionalText,
    copyright: optionalText,
    version: z.union([z.int(), z.string()]).transform(String).pipe(text),
    // An unquoted YAML date is read as text by the YAML 1.2 core schema.
    publication_date: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]).nullish(),
    provider: optionalText,
    packager: optionalText,
    translations,
    dependencies: z.array(text).nullish(),
    objects: z.looseObject({
      framework: frameworkSchema.optional(),
      // The short description names `requirement_mapping_set`; most real libraries write a list, `..._sets`.
      requirement_mapping_set: mappingSetSchema.optional(),
      requirement_mapping_sets: z.array(mappingSetSchema).optional(),
    }),
  })
  .superRefine((lib, ctx) => {
    const o = lib.objects;
    if (!o.framework && !o.requirement_mapping_set && !o.requirement_mapping_sets?.length) {
      ctx.addIssue({ code: 'custom', path: ['objects'], message: 'holds neither a framework nor a requirement mapping set (other library kinds are not read)' });
    }
    const nodes = o.framework?.requirement_nodes ?? [];
    const seen = new Map<string, number>();
    nodes.forEach((n, i) => {
      const first = seen.get(n.urn);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['objects', 'framework', 'requirement_nodes', i, 'urn'], message: `duplicate urn "${n.urn}" (also requirement_nodes[${first}])` });
      else seen.set(n.urn, i);
    });
    nodes.forEach((n, i) => {
      if (n.parent_urn && !seen.has(n.parent_urn)) {
        ctx.addIssue({ code: 'custom', path: ['objects', 'framework', 'requirement_nodes', i, 'parent_urn'], message: `names no node of this framework ("${n.parent_urn}")` });
      }
    });
  });

export type CisoLibrary = z.output<typeof librarySchema>;
export type CisoFramework = z.output<typeof frameworkSchema>;
export type CisoNode = z.output<typeof requirementNodeSchema>;
export type CisoMappingSet = z.output<typeof mappingSetSchema>;

/** `objects.framework.requirement_nodes[3].ref_id` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
}

/** Validates a library read from its file; throws `LibraryFormatError` naming every problem (at most 20) by its path. */
export function validateLibrary(data: unknown): CisoLibrary {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new LibraryFormatError([{ path: '', message: 'is not a CISO Assistant library (a YAML mapping with urn, locale, ref_id, name, objects…)' }]);
  }
  const parsed = librarySchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 20).map((i) => ({ path: formatPath(i.path), message: i.message }));
    if (parsed.error.issues.length > 20) problems.push({ path: '', message: `and ${parsed.error.issues.length - 20} more problems` });
    throw new LibraryFormatError(problems);
  }
  return parsed.data;
}

/** The mapping sets of a library, whichever key holds them, with the path each was read from. */
export function mappingSetsOf(lib: CisoLibrary): Array<{ set: CisoMappingSet; path: string }> {
  const o = lib.objects;
  return [
    ...(o.requirement_mapping_set ? [{ set: o.requirement_mapping_set, path: 'objects.requirement_mapping_set' }] : []),
    ...(o.requirement_mapping_sets ?? []).map((set, i) => ({ set, path: `objects.requirement_mapping_sets[${i}]` })),
  ];
}
