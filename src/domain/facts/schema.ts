// zod schemas for the files in graph-seed/: the on-disk shape of the knowledge graph, checked before anything is loaded.
import { z } from 'zod';
import { both } from '../model.js';
import {
  AUDIT_SCOPES,
  CONFIDENCES,
  CONNECTION_REQUIREMENT_KINDS,
  ELIGIBILITY_STATUSES,
  EVIDENCE,
  MAPPING_RATIONALES,
  MAPPING_RELATIONS,
} from '../model.js';

const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });
const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, { error: 'must be an identifier (letters, digits, . _ : / -)' });
const text = z.string().trim().min(1, { error: 'must not be empty' });
const textIn = (language: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `the ${language} text is missing` : `the ${language} text must be a string`) })
    .trim()
    .min(1, { error: `the ${language} text must not be empty` });
/**
 * A human text, Dutch first and English too: `{nl, en}`, both non-empty. Proper names stay one plain `text`.
 */
export const localizedText = z.strictObject(
  { nl: textIn('Dutch (nl)'), en: textIn('English (en)') },
  { error: (issue) => (issue.code === 'invalid_type' ? 'must be a text in Dutch and English: {nl: "…", en: "…"}' : undefined) },
);
const sourceRefs = z.array(id).min(1, { error: 'every fact names at least one source' });

/** Fields every fact carries: its sources, how settled it is, and a note on inferences or gaps. */
const sourced = {
  sources: sourceRefs,
  confidence: z.enum(CONFIDENCES).default('CONFIRMED'),
  note: localizedText.nullable().default(null),
};
const dated = {
  validFrom: isoDate.nullable().default(null),
  validTo: isoDate.nullable().default(null),
};

export const sourceSchema = z.strictObject({
  id,
  title: text,
  publisher: text,
  url: z.url().nullable().default(null),
  // A plain string is the document's own locator (a heading or a path), the same in both languages.
  section: z.union([localizedText, text.transform(both)]).nullable().default(null),
  date: isoDate.nullable().default(null),
});
export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });

export const connectionRequirementSchema = z.strictObject({
  id,
  kind: z.enum(CONNECTION_REQUIREMENT_KINDS),
  key: id,
  title: localizedText,
  description: localizedText,
  certificateType: id.nullable().default(null),
  network: id.nullable().default(null),
  ...dated,
  ...sourced,
});

export const auditRequirementSchema = z.strictObject({
  id,
  name: localizedText,
  evidence: z.enum(EVIDENCE),
  cycleMonths: z.int().positive(),
  scope: z.enum(AUDIT_SCOPES),
  jointAllowed: z.boolean(),
  jointCondition: localizedText.nullable().default(null),
  framework: id,
  ...dated,
  ...sourced,
});

export const facilitySchema = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'facility codes are UPPER_SNAKE_CASE' }),
  name: text,
  owner: text,
  description: localizedText,
  connectionRequirements: z.array(connectionRequirementSchema).default([]),
  auditRequirements: z.array(auditRequirementSchema).default([]),
  ...sourced,
});
export const facilitiesFileSchema = z.strictObject({ facilities: z.array(facilitySchema).min(1) });

export const certificateTypeSchema = z.strictObject({
  code: id,
  name: localizedText,
  issuer: text,
  validityMonths: z.int().positive().nullable().default(null),
  ...dated,
  ...sourced,
});
export const certificateTypesFileSchema = z.strictObject({ certificateTypes: z.array(certificateTypeSchema) });

export const legalFormSchema = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  name: localizedText,
  wgrArticle: text.nullable().default(null),
  legalPersonality: z.boolean(),
  ownOin: z.boolean(),
  description: localizedText,
  ...dated,
  ...sourced,
});
export const legalFormsFileSchema = z.strictObject({ legalForms: z.array(legalFormSchema).min(1) });

export const eligibilityRuleSchema = z.strictObject({
  id,
  legalForm: id,
  facility: id,
  status: z.enum(ELIGIBILITY_STATUSES),
  reason: localizedText,
  legalBasis: localizedText.nullable().default(null),
  conditions: z.array(localizedText).default([]),
  workarounds: z.array(localizedText).default([]),
  ...dated,
  ...sourced,
});
export const eligibilityFileSchema = z.strictObject({ rules: z.array(eligibilityRuleSchema) });

export const normSchema = z.strictObject({
  code: text,
  title: localizedText,
  weight: z.number().nonnegative().nullable().default(null),
  isoControl: z
    .string()
    .regex(/^[5-8]\.\d{1,2}$/, { error: 'ISO/IEC 27002:2022 controls are numbered 5.1 … 8.34' })
    .nullable()
    .default(null),
  operatingEffectivenessFrom: isoDate.optional(),
  // A norm listed in a framework document is sourced by that document unless it says otherwise.
  sources: sourceRefs.optional(),
  ...dated,
  confidence: z.enum(CONFIDENCES).default('CONFIRMED'),
  note: localizedText.nullable().default(null),
});

export const frameworkSchema = z.strictObject({
  id,
  name: text,
  version: text,
  owner: text,
  defaultWeight: z.number().nonnegative(),
  aliases: z.array(text).optional(),
  ...dated,
  ...sourced,
});

export const frameworkFileSchema = z.strictObject({
  framework: frameworkSchema.extend({ note: localizedText.nullable().default(null) }),
  norms: z.array(normSchema.extend({ title: localizedText, note: localizedText.nullable().default(null) })),
});

/** A norm's id, `framework:code`: the code is the framework's own (e.g. `ABSC 1.1.1` or `R05+` in imported libraries). */
const normRef = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*:\S(.*\S)?$/, { error: 'must be a norm id: framework:code' });

export const mappingSchema = z.strictObject({
  from: normRef,
  to: normRef,
  relation: z.enum(MAPPING_RELATIONS),
  strength: z.number().min(0).max(10).nullable().default(null),
  rationale: z.enum(MAPPING_RATIONALES),
  ...dated,
  ...sourced,
});
export const mappingsFileSchema = z.strictObject({ mappings: z.array(mappingSchema) });

export const evidenceCostSchema = z.strictObject({
  evidence: z.enum(EVIDENCE),
  fixedCost: z.number().nonnegative(),
  subjectCost: z.number().nonnegative(),
  ...dated,
  ...sourced,
});
export const costModelFileSchema = z.strictObject({ evidenceCosts: z.array(evidenceCostSchema) });

export const municipalitiesFileSchema = z.strictObject({
  generatedBy: text,
  sources: sourceRefs,
  municipalities: z.array(
    z.strictObject({
      cbsCode: z.string().regex(/^\d{4}$/, { error: 'CBS municipality codes have four digits' }),
      name: text,
    }),
  ),
});

export const collaborationsFileSchema = z.strictObject({
  collaborations: z.array(
    z.strictObject({
      id,
      name: text,
      legalForm: id.nullable(),
      description: localizedText,
      facilities: z.array(id).default([]),
      members: z
        .array(
          z.strictObject({
            municipality: z.string().regex(/^GM\d{4}$/, { error: 'members are municipality ids GM + CBS code' }),
            confidence: z.enum(CONFIDENCES).default('CONFIRMED'),
          }),
        )
        .default([]),
      ...sourced,
    }),
  ),
});
