// What every part of the report builder reads: the input, the language's dictionary and formatter, the citation registry.
import type { CatalogueIndex } from '../../domain/catalogue.js';
import type { ScenarioComparison } from '../../domain/comparison-types.js';
import type { ConnectionPlan, FacilityConnection } from '../../domain/connection-plan.js';
import type { Eligibility } from '../../domain/eligibility.js';
import type { AuditPlan } from '../../domain/joint-audit.js';
import type { Confidence, Language, LocalizedText } from '../../domain/model.js';
import { validOn } from '../../domain/model.js';
import type { Overlap } from '../../domain/overlap.js';
import type { AnalysisScope, Organisation } from '../../domain/scope.js';
import type { CitationRegistry } from './citations.js';
import type { Mark, ReportLanguage, RichText } from './document.js';
import type { Formatter } from './format.js';
import type { Dictionary } from './i18n/index.js';

export interface ReportInput {
  index: CatalogueIndex;
  scope: AnalysisScope;
  /** Eligibility of the scope's legal form, one per facility of the scope. */
  eligibility: Eligibility[];
  connectionPlan: ConnectionPlan;
  overlap: Overlap;
  audit: AuditPlan;
  /** A what-if comparison to report beside the analysis, or null. */
  comparison: ScenarioComparison | null;
  scenarioName: string | null;
  language: ReportLanguage;
  /** ISO timestamp; the only input that may change the document without changing the analysis. */
  generatedAt: string;
}

export interface Ctx {
  input: ReportInput;
  index: CatalogueIndex;
  scope: AnalysisScope;
  t: Dictionary;
  f: Formatter;
  cite: CitationRegistry;
  /** The collaboration's name as the reader should see it (ad-hoc collaborations get a name in the report's language). */
  collaborationName: string;
  /** The legal form's name inside a sentence ("werkt als openbaar lichaam"). */
  formInText: string;
  /** The graph's language the report is written in. */
  lang: Language;
}

/** A text of the graph in the report's language. */
export function loc(ctx: Pick<Ctx, 'lang'>, text: LocalizedText): string;
export function loc(ctx: Pick<Ctx, 'lang'>, text: LocalizedText | null): string | null;
export function loc(ctx: Pick<Ctx, 'lang'>, text: LocalizedText | null): string | null {
  return text === null ? null : text[ctx.lang];
}

/** The graph's language of a report language. */
export const graphLanguage = (language: ReportLanguage): Language => (language === 'EN' ? 'en' : 'nl');

export function richText(text: string, options: { lead?: string | null; marks?: Mark[]; citations?: number[] } = {}): RichText {
  return { lead: options.lead ?? null, text, marks: options.marks ?? [], citations: options.citations ?? [] };
}

/** The mark for a fact of this confidence, or none for a confirmed one. */
export function marksFor(t: Dictionary, confidence: Confidence, note: string | null = null): Mark[] {
  return confidence === 'CONFIRMED' ? [] : [{ code: confidence, label: t.marks[confidence], note }];
}

/** Marks merged by code, keeping the first note seen for each; in a fixed order. */
export function mergeMarks(marks: Mark[]): Mark[] {
  const byCode = new Map<Mark['code'], Mark>();
  for (const m of marks) {
    const seen = byCode.get(m.code);
    if (!seen) byCode.set(m.code, m);
    else if (seen.note === null && m.note !== null) byCode.set(m.code, { ...seen, note: m.note });
  }
  const order: Array<Mark['code']> = ['INFERRED', 'UNCONFIRMED', 'ASSUMPTION'];
  return order.flatMap((c) => {
    const m = byCode.get(c);
    return m ? [m] : [];
  });
}

export function organisationName(ctx: Ctx, o: Organisation): string {
  return o.id === ctx.scope.collaboration.id ? ctx.collaborationName : o.name;
}

export function displayCollaborationName(scope: AnalysisScope, t: Dictionary): string {
  const name = scope.collaboration.name;
  if (!scope.adHoc) return name;
  if (/^Collaboration of \d+ municipalit/.test(name)) return t.adHocName(scope.members.length);
  const variant = ' (variant)';
  return name.endsWith(variant) ? `${name.slice(0, -variant.length)} (${t.variant})` : name;
}

/** The eligibility of the scope's legal form for a facility: from the input, else the plan's own. */
export function eligibilityOf(ctx: Ctx, fc: FacilityConnection): Eligibility {
  return ctx.input.eligibility.find((e) => e.facility === fc.facility.code) ?? fc.jointEligibility;
}

/** The knowledge graph's note on the eligibility rule a reason comes from (why it is inferred, what is unknown). */
export function ruleNote(ctx: Ctx, ruleId: string): string | null {
  const rule = ctx.index.catalogue.eligibilityRules.find((r) => r.id === ruleId && validOn(r, ctx.scope.asOf));
  return loc(ctx, rule?.note ?? null);
}

/**
 * A facility's name without its parenthetical explanation ("GBA-V / BRP-V (national query facility of …)" → "GBA-V / BRP-V"),
 * for running text and tables; the full name stands in the legal-form section.
 */
export function shortName(name: string): string {
  const short = name.replace(/\s*\([^)]*\)/g, '').replace(/\s{2,}/g, ' ').trim();
  return short === '' ? name : short;
}

export function facilityName(ctx: Ctx, code: string): string {
  const f = ctx.index.facility(code);
  return f ? shortName(f.name) : code;
}

/** A name as a common noun inside a sentence: first letter in lower case unless the second is upper case too (an acronym). */
export function inSentence(name: string): string {
  const [a, b] = [name.charAt(0), name.charAt(1)];
  return b !== '' && b === b.toUpperCase() && b !== b.toLowerCase() ? name : a.toLowerCase() + name.slice(1);
}
