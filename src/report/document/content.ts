// The harmonisation report's content: the analysis results turned into a format-neutral document in Dutch or English,
// one section per module in sections/.
import { unionBasis } from '../../domain/basis.js';
import { CitationRegistry } from './citations.js';
import { type Ctx, type ReportInput, displayCollaborationName, graphLanguage, inSentence, loc, richText } from './context.js';
import { type Block, type ReportDocument, type Section, type SectionId, REPORT_SCHEMA } from './document.js';
import { Formatter, LOCALES } from './format.js';
import { DICTIONARIES } from './i18n/index.js';
import { recommendations } from './recommendations.js';
import { comparisonSection } from './sections/comparison.js';
import { connectionPlanSection } from './sections/connection-plan.js';
import { basisSection } from './sections/basis.js';
import { auditSection } from './sections/joint-audit.js';
import { legalFormSection } from './sections/legal-form.js';
import { overlapSection } from './sections/overlap.js';
import { recommendationSection } from './sections/recommendations.js';
import { summarySection } from './sections/summary.js';

export type { ReportInput } from './context.js';

/** Builds the report. Pure and deterministic: the same input gives the same document, `generatedAt` aside. */
export function buildReport(input: ReportInput): ReportDocument {
  const t = DICTIONARIES[input.language];
  const f = new Formatter(LOCALES[input.language]);
  const lang = graphLanguage(input.language);
  const cite = new CitationRegistry((ids) => input.index.sources(ids), lang);
  const ctx: Ctx = {
    input, index: input.index, scope: input.scope, t, f, cite, lang,
    collaborationName: displayCollaborationName(input.scope, t), formInText: inSentence(input.scope.legalForm.name[lang]),
  };

  const recs = recommendations(ctx);
  const bodies: Array<[SectionId, Block[]]> = [
    ['summary', summarySection(ctx, recs.length, input.comparison ? 7 : 6)],
    ['legal-form', legalFormSection(ctx)],
    ['connection-plan', connectionPlanSection(ctx)],
    ['overlap', overlapSection(ctx)],
    ['joint-audit', auditSection(ctx)],
  ];
  if (input.comparison) bodies.push(['comparison', comparisonSection(ctx, input.comparison)]);
  bodies.push(['recommendations', recommendationSection(ctx, recs)]);
  // The audit rests on the connection plan and its eligibilities; the overlap and a comparison read facts of their own.
  bodies.push(['basis', basisSection(ctx, unionBasis(input.index, [input.audit, input.overlap, ...(input.comparison ? [input.comparison] : [])]))]);
  bodies.push(['sources', [{ kind: 'paragraph', content: richText(t.sources.intro) }, { kind: 'source-list' }]]);

  const sections: Section[] = bodies.map(([id, blocks], i) => ({ id, heading: `${i + 1}. ${t.headings[id]}`, blocks }));
  const numbered = cite.finish(sections);
  return {
    schema: REPORT_SCHEMA,
    language: input.language,
    locale: f.locale,
    title: t.title,
    subtitle: t.subtitle(ctx.collaborationName),
    metadata: metadata(ctx),
    labels: t.labels,
    sections: numbered.sections,
    sources: numbered.sources,
  };
}


function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^\x00-\x7f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'collaboration';
}

function metadata(ctx: Ctx): ReportDocument['metadata'] {
  const { t, f, scope, input } = ctx;
  const facts = [
    { label: t.meta.collaboration, value: ctx.collaborationName },
    { label: t.meta.legalForm, value: loc(ctx, scope.legalForm.name) },
    { label: t.meta.members, value: `${f.count(scope.members.length)}: ${f.list(scope.members.map((m) => m.name))}` },
    { label: t.meta.facilities, value: f.list(scope.facilities.map((x) => x.name)) },
    { label: t.meta.asOf, value: f.date(scope.asOf) },
    ...(input.scenarioName !== null ? [{ label: t.meta.scenario, value: input.scenarioName }] : []),
    { label: t.meta.generatedAt, value: f.timestamp(input.generatedAt) },
  ];
  return {
    author: 'Harmonie',
    collaboration: { id: scope.collaboration.id, name: ctx.collaborationName, adHoc: scope.adHoc },
    legalForm: { code: scope.legalForm.code, name: loc(ctx, scope.legalForm.name) },
    members: scope.members.map((m) => ({ id: m.id, name: m.name })),
    facilities: scope.facilities.map((x) => ({ code: x.code, name: x.name })),
    asOf: scope.asOf,
    generatedAt: input.generatedAt,
    generatedAtText: f.timestamp(input.generatedAt),
    scenarioName: input.scenarioName,
    fileStem: `${t.fileStemPrefix}-${slug(scope.collaboration.id)}-${scope.asOf}`,
    facts,
  };
}
