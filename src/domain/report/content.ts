// The harmonisation report's content: the analysis results turned into a format-neutral document in Dutch or English.
import { compareIds } from '../audit/cost.js';
import type { InputDimension, ScenarioComparison } from '../comparison-types.js';
import type { FacilityConnection, PlanTotals } from '../connection-plan.js';
import type { Eligibility } from '../eligibility.js';
import type { Evidence, NormFramework } from '../model.js';
import { EVIDENCE, validOn } from '../model.js';
import { CitationRegistry } from './citations.js';
import type { Ctx, ReportInput } from './context.js';
import { displayCollaborationName, eligibilityOf, facilityName, inSentence, marksFor, mergeMarks, organisationName, richText, ruleNote, shortName } from './context.js';
import type { Block, Figure, HeatmapChart, Mark, ReportDocument, RichText, Section, SectionId, TableBlock, TableColumn, TableRow, Tone } from './document.js';
import { REPORT_SCHEMA } from './document.js';
import { Formatter, LOCALES } from './format.js';
import { DICTIONARIES } from './i18n.js';
import { recommendations } from './recommendations.js';
import { separationsOf, type Separation } from './separations.js';

export type { ReportInput } from './context.js';

/** Builds the report. Pure and deterministic: the same input gives the same document, `generatedAt` aside. */
export function buildReport(input: ReportInput): ReportDocument {
  const t = DICTIONARIES[input.language];
  const f = new Formatter(LOCALES[input.language]);
  const cite = new CitationRegistry((ids) => input.index.sources(ids));
  const ctx: Ctx = { input, index: input.index, scope: input.scope, t, f, cite, collaborationName: displayCollaborationName(input.scope, t), formInText: inSentence(input.scope.legalForm.name) };

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

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const text = (s: string, options: Parameters<typeof richText>[1] = {}): RichText => richText(s, options);
const paragraph = (content: RichText): Block => ({ kind: 'paragraph', content });
const note = (content: RichText, tone: Tone = 'neutral'): Block => ({ kind: 'note', tone, content });
const col = (label: string, align: TableColumn['align'] = 'left', weight = 1): TableColumn => ({ label, align, weight });
const row = (cells: RichText[], emphasis: TableRow['emphasis'] = null, tone: Tone = 'neutral'): TableRow => ({ cells, emphasis, tone });
const table = (id: string, caption: string, columns: TableColumn[], rows: TableRow[]): TableBlock => ({ kind: 'table', id, caption, columns, rows });

const STATUS_TONE: Record<Eligibility['status'], Tone> = { ALLOWED: 'good', CONDITIONAL: 'warning', BLOCKED: 'bad' };
const MODE_TONE: Record<FacilityConnection['mode'], Tone> = { JOINT: 'good', PER_MEMBER: 'warning', BLOCKED: 'bad' };

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^\x00-\x7f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'collaboration';
}

function metadata(ctx: Ctx): ReportDocument['metadata'] {
  const { t, f, scope, input } = ctx;
  const facts = [
    { label: t.meta.collaboration, value: ctx.collaborationName },
    { label: t.meta.legalForm, value: scope.legalForm.name },
    { label: t.meta.members, value: `${f.count(scope.members.length)}: ${f.list(scope.members.map((m) => m.name))}` },
    { label: t.meta.facilities, value: f.list(scope.facilities.map((x) => x.name)) },
    { label: t.meta.asOf, value: f.date(scope.asOf) },
    ...(input.scenarioName !== null ? [{ label: t.meta.scenario, value: input.scenarioName }] : []),
    { label: t.meta.generatedAt, value: f.timestamp(input.generatedAt) },
  ];
  return {
    author: 'Harmonie',
    collaboration: { id: scope.collaboration.id, name: ctx.collaborationName, adHoc: scope.adHoc },
    legalForm: { code: scope.legalForm.code, name: scope.legalForm.name },
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

function modeCounts(ctx: Ctx): Record<FacilityConnection['mode'], FacilityConnection[]> {
  const fs = ctx.input.connectionPlan.facilities;
  return { JOINT: fs.filter((x) => x.mode === 'JOINT'), PER_MEMBER: fs.filter((x) => x.mode === 'PER_MEMBER'), BLOCKED: fs.filter((x) => x.mode === 'BLOCKED') };
}

function costSources(ctx: Ctx): number[] {
  return ctx.cite.cite(ctx.index.catalogue.costModel.flatMap((c) => c.sources), { assumption: true });
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Summary

function summarySection(ctx: Ctx, recommendationCount: number, recommendationSection: number): Block[] {
  const { t, f, scope, input } = ctx;
  const plan = input.connectionPlan;
  const audit = input.audit;
  const modes = modeCounts(ctx);
  const n = plan.facilities.length;
  const total = plan.totals;
  const sq = plan.statusQuoTotals;
  const cmp = (quo: number) => t.summary.versusStatusQuo(f.count(quo));
  const lessTone = (a: number, b: number): Tone => (a < b ? 'good' : a > b ? 'bad' : 'neutral');
  const figures: Figure[] = [
    { id: 'members', label: t.summary.figures.members, value: f.count(scope.members.length), comparison: null, tone: 'neutral' },
    { id: 'legal-form', label: t.summary.figures.legalForm, value: scope.legalForm.name, comparison: scope.legalForm.wgrArticle ? `Wgr ${scope.legalForm.wgrArticle}` : null, tone: 'neutral' },
    { id: 'facilities', label: t.summary.figures.facilities, value: f.count(n), comparison: f.list(scope.facilities.map((x) => shortName(x.name))), tone: 'neutral' },
    { id: 'joint', label: t.summary.figures.joint, value: f.count(modes.JOINT.length), comparison: t.summary.ofFacilities(f.count(n)), tone: modes.JOINT.length > 0 ? 'good' : 'neutral' },
    { id: 'per-member', label: t.summary.figures.perMember, value: f.count(modes.PER_MEMBER.length), comparison: t.summary.ofFacilities(f.count(n)), tone: modes.PER_MEMBER.length > 0 ? 'warning' : 'neutral' },
    { id: 'blocked', label: t.summary.figures.blocked, value: f.count(modes.BLOCKED.length), comparison: t.summary.ofFacilities(f.count(n)), tone: modes.BLOCKED.length > 0 ? 'bad' : 'neutral' },
    { id: 'connections', label: t.counts.connections, value: f.count(total.connections), comparison: cmp(sq.connections), tone: lessTone(total.connections, sq.connections) },
    { id: 'oins', label: t.counts.oins, value: f.count(total.oins), comparison: cmp(sq.oins), tone: lessTone(total.oins, sq.oins) },
    { id: 'certificates', label: t.counts.certificates, value: f.count(total.certificates), comparison: cmp(sq.certificates), tone: lessTone(total.certificates, sq.certificates) },
    { id: 'baseline-cost', label: t.summary.figures.baselineCost, value: f.money(audit.baselineCost), comparison: t.summary.baselineEngagements(f.count(audit.obligations.length)), tone: 'neutral' },
    { id: 'optimal-cost', label: t.summary.figures.optimalCost, value: f.money(audit.totalCost), comparison: t.summary.engagementsCount(f.count(audit.engagements.length)), tone: lessTone(audit.totalCost, audit.baselineCost) },
    {
      id: 'savings',
      label: t.summary.figures.savings,
      value: f.money(audit.savings),
      comparison: f.percent(audit.baselineCost === 0 ? 0 : audit.savings / audit.baselineCost),
      tone: audit.savings > 0 ? 'good' : 'neutral',
    },
    { id: 'optimal', label: t.summary.figures.optimal, value: audit.optimal ? t.yes : t.no, comparison: t.summary.solver(audit.solver.status), tone: audit.optimal ? 'good' : 'warning' },
  ];

  const findings: RichText[] = [];
  findings.push(
    text(
      t.summary.findingModes({
        joint: f.count(modes.JOINT.length),
        perMember: f.count(modes.PER_MEMBER.length),
        blocked: f.count(modes.BLOCKED.length),
        total: f.count(n),
        form: ctx.formInText,
      }),
    ),
  );
  findings.push(
    text(
      t.summary.findingCounts({
        connections: [f.count(total.connections), f.count(sq.connections)],
        oins: [f.count(total.oins), f.count(sq.oins)],
        certificates: [f.count(total.certificates), f.count(sq.certificates)],
      }),
    ),
  );
  const blockedForForm = plan.facilities.filter((fc) => eligibilityOf(ctx, fc).status === 'BLOCKED');
  if (blockedForForm.length > 0) findings.push(text(t.summary.findingBlockedForForm(f.list(blockedForForm.map((x) => shortName(x.facility.name))), ctx.formInText)));
  findings.push(
    text(
      audit.savings > 0
        ? t.summary.findingAuditSaves({
            engagements: f.count(audit.engagements.length),
            obligations: f.count(audit.obligations.length),
            optimal: f.money(audit.totalCost),
            baseline: f.money(audit.baselineCost),
            savings: f.money(audit.savings),
          })
        : t.summary.findingAuditNoSavings(f.count(audit.obligations.length), f.money(audit.baselineCost)),
      { marks: marksFor(t, 'ASSUMPTION'), citations: costSources(ctx) },
    ),
  );
  if (input.comparison) {
    const c = input.comparison.totals;
    findings.push(
      text(
        t.summary.findingComparison({
          scenario: input.scenarioName ?? t.comparison.unnamed,
          cost: [f.money(c.baseline.totalCost), f.money(c.variant.totalCost)],
          certificates: [f.count(c.baseline.certificates), f.count(c.variant.certificates)],
        }),
      ),
    );
  }
  findings.push(text(recommendationCount > 0 ? t.summary.findingRecommendations(f.count(recommendationCount), recommendationSection) : t.summary.findingNoRecommendations));

  const blocks: Block[] = [
    paragraph(
      text(
        t.summary.intro({
          collaboration: ctx.collaborationName,
          adHoc: scope.adHoc,
          form: ctx.formInText,
          members: f.count(scope.members.length),
          facilities: f.list(scope.facilities.map((x) => shortName(x.name))),
          asOf: f.date(scope.asOf),
        }),
        { citations: ctx.cite.cite(['king-2015-agenda']) },
      ),
    ),
    { kind: 'figures', items: figures },
    { kind: 'subheading', text: t.summary.findingsHeading },
    { kind: 'list', items: findings },
    note(text(t.summary.marksLegend)),
  ];
  if (t.summary.dataLanguageNote) blocks.push(note(text(t.summary.dataLanguageNote)));
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Legal form and eligibility

function reasonMarks(ctx: Ctx, e: Eligibility): Mark[] {
  return mergeMarks(e.reasons.flatMap((r) => marksFor(ctx.t, r.confidence, r.rule === 'none' ? null : ruleNote(ctx, r.rule))));
}

function legalFormSection(ctx: Ctx): Block[] {
  const { t, f, scope } = ctx;
  const form = scope.legalForm;
  const yesNo = (b: boolean) => (b ? t.yes : t.no);
  const blocks: Block[] = [
    paragraph(
      text(
        t.legal.formFacts({
          wgr: form.wgrArticle ?? t.legal.noWgrArticle,
          personality: yesNo(form.legalPersonality),
          oin: yesNo(form.ownOin),
        }),
        { lead: form.name, marks: marksFor(t, form.confidence, form.note), citations: ctx.cite.cite(form.sources) },
      ),
    ),
    paragraph(text(form.description)),
    paragraph(text(t.legal.tableIntro(ctx.formInText, f.date(scope.asOf)))),
  ];
  const fcs = ctx.input.connectionPlan.facilities;
  blocks.push(
    table(
      'eligibility',
      t.legal.tableCaption(ctx.formInText),
      [col(t.columns.facility, 'left', 1.4), col(t.legal.statusForForm, 'left', 1), col(t.legal.statusForMember, 'left', 1), col(t.legal.legalBasis, 'left', 2)],
      fcs.map((fc) => {
        const e = eligibilityOf(ctx, fc);
        const bases = [...new Set(e.reasons.map((r) => r.legalBasis).filter((b): b is string => b !== null))];
        return row(
          [
            text(shortName(fc.facility.name)),
            text(t.status[e.status], { marks: reasonMarks(ctx, e), citations: ctx.cite.citeSources(e.reasons.flatMap((r) => r.sources)) }),
            text(t.status[fc.memberEligibility.status]),
            text(bases.length > 0 ? bases.join('; ') : t.dash),
          ],
          null,
          STATUS_TONE[e.status],
        );
      }),
    ),
  );
  for (const fc of fcs) {
    const e = eligibilityOf(ctx, fc);
    blocks.push({ kind: 'subheading', text: `${fc.facility.name}: ${t.status[e.status]}` });
    const items: RichText[] = e.reasons.map((r) =>
      text(r.legalBasis ? `${r.text} (${t.legal.basis}: ${r.legalBasis})` : r.text, {
        lead: t.legal.reason,
        marks: marksFor(t, r.confidence, r.rule === 'none' ? null : ruleNote(ctx, r.rule)),
        citations: ctx.cite.citeSources(r.sources),
      }),
    );
    for (const c of e.conditions) items.push(text(c, { lead: t.legal.condition }));
    for (const w of e.workarounds) items.push(text(w, { lead: t.legal.workaround }));
    blocks.push({ kind: 'list', items });
    if (e.status === 'BLOCKED' && fc.memberEligibility.status !== 'BLOCKED') {
      blocks.push(paragraph(text(t.legal.membersMay(t.status[fc.memberEligibility.status]))));
    }
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Connection plan

function modeExplanation(ctx: Ctx, fc: FacilityConnection): string {
  const { t, scope } = ctx;
  const form = scope.legalForm.name;
  const e = eligibilityOf(ctx, fc);
  const policy = scope.policy.connectionMode;
  const parts: string[] = [];
  if (fc.mode === 'JOINT') {
    parts.push(e.status === 'CONDITIONAL' ? t.plan.jointConditional(form) : t.plan.joint(form));
    if (fc.oinKind === 'OWN') parts.push(t.plan.oinOwn);
    if (fc.oinKind === 'SUB_OIN') parts.push(t.plan.oinSub(form));
  } else if (fc.mode === 'PER_MEMBER') {
    parts.push(policy === 'PER_MEMBER' ? t.plan.perMemberForced : t.plan.perMemberBlocked(form));
    if (fc.memberEligibility.status === 'CONDITIONAL') parts.push(t.plan.memberConditional);
  } else {
    parts.push(policy === 'JOINT' && fc.memberEligibility.status !== 'BLOCKED' ? t.plan.blockedForcedJoint(form) : t.plan.blockedBoth(form));
  }
  return parts.join(' ');
}

const TOTAL_KEYS: Array<keyof PlanTotals> = ['connections', 'oins', 'certificates', 'networkConnections', 'authorisations', 'agreements', 'registrations', 'accounts'];

function connectionPlanSection(ctx: Ctx): Block[] {
  const { t, f, scope } = ctx;
  const plan = ctx.input.connectionPlan;
  const holders = (fc: FacilityConnection) =>
    fc.mode === 'JOINT' ? fc.holders.map((h) => organisationName(ctx, h)).join(', ') : fc.mode === 'PER_MEMBER' ? t.plan.membersHold(f.count(fc.holders.length)) : t.dash;
  const blocks: Block[] = [
    paragraph(text(t.plan.intro(t.connectionMode[scope.policy.connectionMode]))),
    table(
      'connection-plan',
      t.plan.tableCaption,
      [
        col(t.columns.facility, 'left', 1.3),
        col(t.plan.mode, 'left', 1),
        col(t.plan.holders, 'left', 1.6),
        col(t.plan.oin, 'left', 1.1),
        col(t.plan.connectionsVsStatusQuo, 'right', 0.9),
        col(t.plan.certificatesVsStatusQuo, 'right', 0.9),
        col(t.plan.networkVsStatusQuo, 'right', 0.9),
      ],
      plan.facilities.map((fc) =>
        row(
          [
            text(shortName(fc.facility.name)),
            text(t.mode[fc.mode]),
            text(holders(fc)),
            text(t.oinKind[fc.oinKind]),
            text(t.plan.versus(f.count(fc.counts.connections), f.count(fc.statusQuo.connections))),
            text(t.plan.versus(f.count(fc.counts.certificates), f.count(fc.statusQuo.certificates))),
            text(t.plan.versus(f.count(fc.counts.networkConnections), f.count(fc.statusQuo.networkConnections))),
          ],
          null,
          MODE_TONE[fc.mode],
        ),
      ),
    ),
    { kind: 'list', items: plan.facilities.map((fc) => text(modeExplanation(ctx, fc), { lead: shortName(fc.facility.name) })) },
    { kind: 'subheading', text: t.plan.totalsHeading },
  ];
  const rows = TOTAL_KEYS.filter((k) => plan.totals[k] !== 0 || plan.statusQuoTotals[k] !== 0).map((k) => {
    const d = plan.totals[k] - plan.statusQuoTotals[k];
    return row([text(t.counts[k]), text(f.count(plan.totals[k])), text(f.count(plan.statusQuoTotals[k])), text(d === 0 ? t.dash : f.signedCount(d))], null, d < 0 ? 'good' : d > 0 ? 'bad' : 'neutral');
  });
  blocks.push(table('connection-totals', t.plan.totalsCaption, [col(t.columns.measure, 'left', 2), col(t.plan.thisPlan, 'right'), col(t.plan.statusQuo, 'right'), col(t.columns.difference, 'right')], rows));
  blocks.push(note(text(t.plan.countingNote)));

  blocks.push({ kind: 'subheading', text: t.plan.requirementsHeading });
  const reqRows: TableRow[] = [];
  for (const fc of plan.facilities) {
    for (const r of fc.requirements) {
      const detail = r.certificateType ? (ctx.index.certificateType(r.certificateType)?.name ?? r.certificateType) : r.network ? facilityName(ctx, r.network) : t.dash;
      reqRows.push(
        row([
          text(shortName(fc.facility.name)),
          text(t.requirementKind[r.kind]),
          text(r.title, { marks: marksFor(t, r.confidence, r.note), citations: ctx.cite.cite(r.sources) }),
          text(detail),
        ]),
      );
    }
  }
  blocks.push(table('connection-requirements', t.plan.requirementsCaption(f.date(scope.asOf)), [col(t.columns.facility, 'left', 1.2), col(t.plan.kind, 'left', 0.9), col(t.plan.requirement, 'left', 2.4), col(t.plan.certificateOrNetwork, 'left', 1.5)], reqRows));
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Overlap

function overlapSection(ctx: Ctx): Block[] {
  const { t, f } = ctx;
  const o = ctx.input.overlap;
  const blocks: Block[] = [{ kind: 'subheading', text: t.overlap.requirementsHeading }];
  if (o.sharedRequirements.length === 0) {
    blocks.push(paragraph(text(t.overlap.noSharedRequirements)));
  } else {
    blocks.push(paragraph(text(t.overlap.sharedIntro(f.count(o.sharedRequirements.length)))));
    blocks.push({
      kind: 'list',
      items: o.sharedRequirements.map((s) =>
        text(t.overlap.sharedItem(t.requirementKind[s.kind], f.list(s.facilities.map((c) => facilityName(ctx, c)))), {
          lead: s.requirements[0]?.title ?? s.key,
          citations: ctx.cite.cite(s.requirements.flatMap((r) => r.sources)),
        }),
      ),
    });
  }

  blocks.push({ kind: 'subheading', text: t.overlap.normsHeading });
  const frameworks = o.frameworks;
  if (frameworks.length === 0) {
    blocks.push(paragraph(text(t.overlap.noFrameworks)));
    return blocks;
  }
  blocks.push(
    table(
      'frameworks',
      t.overlap.frameworksCaption(f.date(o.asOf)),
      [col(t.overlap.framework, 'left', 0.9), col(t.overlap.name, 'left', 2.6), col(t.overlap.owner, 'left', 1.2), col(t.overlap.norms, 'right', 0.7), col(t.overlap.unidentified, 'right', 0.9)],
      frameworks.map((fw) => {
        const norms = ctx.index.normsOf(fw.id, o.asOf);
        const unconfirmed = norms.filter((n) => n.confidence === 'UNCONFIRMED').length;
        return row([
          text(fw.id),
          text(`${fw.name} (${fw.version})`, { marks: marksFor(t, fw.confidence, fw.note), citations: ctx.cite.cite(fw.sources) }),
          text(fw.owner),
          text(f.count(norms.length)),
          text(f.count(unconfirmed), { marks: unconfirmed > 0 ? marksFor(t, 'UNCONFIRMED', t.overlap.unidentifiedNote) : [] }),
        ]);
      }),
    ),
  );
  if (o.normOverlap.length > 0) {
    blocks.push(
      table(
        'norm-overlap',
        t.overlap.pairsCaption,
        [col(t.overlap.frameworkA), col(t.overlap.frameworkB), col(t.overlap.shared, 'right'), col(t.overlap.union, 'right'), col(t.overlap.jaccard, 'right'), col(t.overlap.partial, 'right')],
        o.normOverlap.map((p) =>
          row([text(p.a.id), text(p.b.id), text(f.count(p.shared)), text(f.count(p.union)), text(f.decimal(p.jaccard, 2)), text(f.count(p.partial.length))]),
        ),
      ),
    );
  }
  blocks.push({ kind: 'chart', chart: heatmap(ctx, frameworks) });
  blocks.push(paragraph(text(t.overlap.testOnce(f.count(o.testOnce.length), f.count(o.normsBefore)))));
  const pairs = o.normOverlap.flatMap((p) => p.pairs.map((x) => ({ a: x.a, b: x.b })));
  if (pairs.length > 0) {
    const shown = pairs.slice(0, PAIR_LIMIT);
    const items = shown.map((p) => text(`${p.a.code} ${p.a.title} ↔ ${p.b.code} ${p.b.title}`, { lead: `${p.a.framework} ↔ ${p.b.framework}` }));
    if (pairs.length > shown.length) items.push(text(t.overlap.morePairs(f.count(pairs.length - shown.length))));
    blocks.push({ kind: 'subheading', text: t.overlap.pairsHeading });
    blocks.push({ kind: 'list', items });
  }
  const mappings = mappingsBehind(ctx, frameworks);
  if (mappings.total > 0) {
    blocks.push(
      note(
        text(t.overlap.mappingNote(f.count(mappings.total), f.count(mappings.own)), {
          marks: mappings.own > 0 ? marksFor(t, 'INFERRED', t.overlap.mappingInferredNote) : [],
          citations: ctx.cite.cite(mappings.sources),
        }),
        'warning',
      ),
    );
  }
  return blocks;
}

/** At most this many shared norm pairs are listed by name. */
const PAIR_LIMIT = 20;

/** The mappings that touch the norms of these frameworks on the analysis date, and how many are the analysts' own. */
function mappingsBehind(ctx: Ctx, frameworks: NormFramework[]): { total: number; own: number; sources: string[] } {
  const asOf = ctx.input.overlap.asOf;
  const ids = new Set(frameworks.flatMap((fw) => ctx.index.normsOf(fw.id, asOf).map((n) => n.id)));
  const valid = (id: string) => {
    const n = ctx.index.norm(id);
    return n !== undefined && validOn(n, asOf);
  };
  const ms = ctx.index.catalogue.mappings.filter((m) => (ids.has(m.from) || ids.has(m.to)) && valid(m.from) && valid(m.to) && m.relation !== 'NOT_RELATED');
  const own = ms.filter((m) => m.confidence !== 'CONFIRMED' || m.rationale === 'SEMANTIC').length;
  return { total: ms.length, own, sources: [...new Set(ms.flatMap((m) => m.sources))].sort(compareIds) };
}

function heatmap(ctx: Ctx, frameworks: NormFramework[]): HeatmapChart {
  const { t, f } = ctx;
  const o = ctx.input.overlap;
  const ids = frameworks.map((fw) => fw.id);
  const value = (a: string, b: string): number | null => {
    if (a === b) return 1;
    const p = o.normOverlap.find((x) => (x.a.id === a && x.b.id === b) || (x.a.id === b && x.b.id === a));
    return p ? p.jaccard : null;
  };
  const values = ids.map((a) => ids.map((b) => value(a, b)));
  return {
    type: 'heatmap',
    id: 'norm-overlap-heatmap',
    title: t.overlap.heatmapTitle,
    description: t.overlap.heatmapDescription,
    rowLabels: ids,
    columnLabels: ids,
    values,
    valueLabels: values.map((r) => r.map((v) => (v === null ? t.dash : f.decimal(v, 2)))),
    valueTitle: t.overlap.jaccard,
    domain: [0, 1],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 5. Minimal joint audit

function separationText(ctx: Ctx, s: Separation): string {
  const { t, f } = ctx;
  switch (s.rule) {
    case 'evidence':
      return t.audit.separation.evidence(f.list(s.evidences.map((e) => t.evidence[e])));
    case 'cycle':
      return t.audit.separation.cycle(t.evidence[s.evidence], f.list(s.cycles.map((c) => f.count(c))));
    case 'facility':
      return t.audit.separation.facility(f.list(s.facilities.map((c) => facilityName(ctx, c))), t.evidence[s.evidence], f.count(s.cycleMonths));
    case 'not-joint':
      return t.audit.separation.notJoint(s.requirement.name, f.count(s.subjects.length), f.date(ctx.scope.asOf), s.subjects.some((x) => x.kind === 'COLLABORATION'));
  }
}

function auditSection(ctx: Ctx): Block[] {
  const { t, f, scope } = ctx;
  const audit = ctx.input.audit;
  const pct = f.percent(audit.baselineCost === 0 ? 0 : audit.savings / audit.baselineCost);
  const assumed = marksFor(t, 'ASSUMPTION');
  const blocks: Block[] = [
    paragraph(text(t.audit.method)),
    paragraph(
      text(
        t.audit.result({
          obligations: f.count(audit.obligations.length),
          engagements: f.count(audit.engagements.length),
          baseline: f.money(audit.baselineCost),
          optimal: f.money(audit.totalCost),
          savings: f.money(audit.savings),
          percent: pct,
        }),
        { marks: assumed, citations: costSources(ctx) },
      ),
    ),
    paragraph(text(audit.optimal ? t.audit.proven(audit.solver.method, audit.solver.status) : t.audit.notProven(audit.solver.method, audit.solver.status))),
    {
      kind: 'chart',
      chart: {
        type: 'bar',
        id: 'audit-cost',
        title: t.audit.chartTitle,
        description: t.audit.chartDescription,
        categories: [t.audit.baselineBar, t.audit.optimalBar],
        series: [{ name: t.audit.costSeries, values: [audit.baselineCost, audit.totalCost], labels: [f.money(audit.baselineCost), f.money(audit.totalCost)] }],
        valueTitle: t.audit.costAxis,
        unit: 'EUR',
      },
    },
  ];
  const rows = audit.engagements.map((e) =>
    row([
      text(e.id),
      text(t.evidence[e.evidence]),
      text(t.audit.months(f.count(e.cycleMonths))),
      text(e.subjects.map((s) => organisationName(ctx, s)).join(', ')),
      text(e.requirements.map((r) => r.name).join('; ')),
      text(f.count(e.testedNorms.length)),
      text(f.money(e.cost)),
    ]),
  );
  rows.push(
    row(
      [text(t.columns.total), text(''), text(''), text(''), text(''), text(''), text(f.money(audit.totalCost))],
      'total',
    ),
  );
  blocks.push(
    table(
      'engagements',
      t.audit.engagementsCaption,
      [
        col(t.audit.engagement, 'left', 0.5),
        col(t.audit.evidenceColumn, 'left', 0.9),
        col(t.audit.cycle, 'right', 0.6),
        col(t.audit.subjects, 'left', 2.2),
        col(t.audit.requirements, 'left', 2.2),
        col(t.audit.testedNorms, 'right', 0.7),
        col(t.audit.cost, 'right', 0.9),
      ],
      rows,
    ),
  );

  blocks.push({ kind: 'subheading', text: t.audit.separationsHeading });
  const separations = separationsOf(audit);
  blocks.push(
    separations.length > 0
      ? { kind: 'list', items: separations.map((s) => text(separationText(ctx, s), { citations: s.rule === 'not-joint' ? ctx.cite.cite(s.requirement.sources) : [] })) }
      : paragraph(text(t.audit.noSeparations)),
  );

  const overrides = policyChanges(ctx);
  if (overrides.length > 0) {
    blocks.push({ kind: 'subheading', text: t.audit.policyHeading });
    blocks.push({ kind: 'list', items: overrides.map((o) => text(o)) });
  }

  const costs = EVIDENCE.map((e: Evidence) => {
    const c = scope.policy.costModel[e];
    return t.audit.costLine(t.evidence[e], f.money(c.fixedCost), f.money(c.subjectCost));
  });
  const weights = ctx.input.overlap.frameworks.map((fw) => `${fw.id} ${f.money(scope.policy.normWeights.get(fw.id) ?? fw.defaultWeight)}`);
  const costNote = ctx.index.catalogue.costModel.find((c) => c.evidence === 'IT_AUDIT')?.note ?? null;
  blocks.push(note(text(t.audit.costModel(costs.join('; '), f.list(weights)), { marks: marksFor(t, 'ASSUMPTION', costNote), citations: costSources(ctx) }), 'warning'));
  return blocks;
}

/** The policy of this analysis where it departs from the graph's defaults, in words. */
function policyChanges(ctx: Ctx): string[] {
  const { t, f, scope, index } = ctx;
  const p = scope.policy;
  const out: string[] = [];
  if (p.connectionMode !== 'AUTO') out.push(t.audit.policy.connectionMode(t.connectionMode[p.connectionMode]));
  if (!p.crossFacilityBundling) out.push(t.audit.policy.noBundling);
  for (const o of [...p.auditRequirements].sort((a, b) => compareIds(a.id, b.id))) {
    const name = index.auditRequirement(o.id, scope.asOf)?.name ?? o.id;
    const parts: string[] = [];
    if (o.jointAllowed != null) parts.push(`jointAllowed = ${String(o.jointAllowed)}`);
    if (o.evidence != null) parts.push(`${t.audit.evidenceColumn} = ${t.evidence[o.evidence]}`);
    if (o.cycleMonths != null) parts.push(`${t.audit.cycle} = ${t.audit.months(f.count(o.cycleMonths))}`);
    if (o.scope != null) parts.push(`scope = ${t.auditScope[o.scope]}`);
    if (parts.length > 0) out.push(t.audit.policy.requirement(name, parts.join(', ')));
  }
  for (const e of EVIDENCE) {
    const base = index.catalogue.costModel.find((c) => c.evidence === e);
    const c = p.costModel[e];
    if (base && (base.fixedCost !== c.fixedCost || base.subjectCost !== c.subjectCost)) out.push(t.audit.policy.cost(t.evidence[e], f.money(c.fixedCost), f.money(c.subjectCost)));
  }
  for (const [fw, w] of [...p.normWeights.entries()].sort((a, b) => compareIds(a[0], b[0]))) out.push(t.audit.policy.weight(fw, f.money(w)));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// 6. What-if comparison

function comparisonSection(ctx: Ctx, c: ScenarioComparison): Block[] {
  const { t, f } = ctx;
  const name = ctx.input.scenarioName ?? t.comparison.unnamed;
  const causes = (cs: readonly InputDimension[]) => (cs.length === 0 ? t.comparison.combinationOnly : f.list(cs.map((d) => t.dimension[d])));
  const blocks: Block[] = [paragraph(text(t.comparison.intro(name)))];
  blocks.push(
    c.inputChanges.length > 0
      ? { kind: 'list', items: c.inputChanges.map((ch) => text(ch.description.replace(/^policy:\s*/i, ''), { lead: t.dimension[ch.dimension] })) }
      : paragraph(text(t.comparison.noInputChanges)),
  );
  const b = c.totals.baseline;
  const v = c.totals.variant;
  // Fewer connections, OINs and certificates are better; for engagements neither direction is.
  const countRow = (label: string, x: number, y: number, judged = true) =>
    row([text(label), text(f.count(x)), text(f.count(y)), text(x === y ? t.dash : f.signedCount(y - x))], null, !judged || x === y ? 'neutral' : y < x ? 'good' : 'bad');
  const moneyRow = (label: string, x: number, y: number, more: 'good' | 'bad') =>
    row([text(label), text(f.money(x)), text(f.money(y)), text(x === y ? t.dash : f.signedMoney(y - x))], null, y === x ? 'neutral' : (y > x) === (more === 'good') ? 'good' : 'bad');
  blocks.push(
    table(
      'comparison-totals',
      t.comparison.totalsCaption(name),
      [col(t.columns.measure, 'left', 2), col(t.comparison.baseline, 'right'), col(t.comparison.variant, 'right'), col(t.columns.difference, 'right')],
      [
        countRow(t.counts.connections, b.connections, v.connections),
        countRow(t.counts.oins, b.oins, v.oins),
        countRow(t.counts.certificates, b.certificates, v.certificates),
        countRow(t.counts.networkConnections, b.networkConnections, v.networkConnections),
        countRow(t.counts.engagements, b.engagements, v.engagements, false),
        moneyRow(t.counts.baselineCost, b.baselineCost, v.baselineCost, 'bad'),
        moneyRow(t.counts.totalCost, b.totalCost, v.totalCost, 'bad'),
        moneyRow(t.counts.savings, b.savings, v.savings, 'good'),
      ],
    ),
  );
  blocks.push({
    kind: 'chart',
    chart: {
      type: 'bar',
      id: 'comparison-cost',
      title: t.comparison.chartTitle,
      description: t.comparison.chartDescription,
      categories: [t.audit.baselineBar, t.audit.optimalBar],
      series: [
        { name: t.comparison.baseline, values: [b.baselineCost, b.totalCost], labels: [f.money(b.baselineCost), f.money(b.totalCost)] },
        { name: t.comparison.variant, values: [v.baselineCost, v.totalCost], labels: [f.money(v.baselineCost), f.money(v.totalCost)] },
      ],
      valueTitle: t.audit.costAxis,
      unit: 'EUR',
    },
  });
  if (c.eligibilityChanges.length > 0 || c.connectionChanges.length > 0) {
    const statusOf = (s: string | null, map: Record<string, string>) => (s === null ? t.comparison.notInScope : (map[s] ?? s));
    const rows = [
      ...c.eligibilityChanges.map((e) =>
        row([text(facilityName(ctx, e.facility)), text(t.comparison.eligibility), text(statusOf(e.baseline, t.status)), text(statusOf(e.variant, t.status)), text(causes(e.causes))]),
      ),
      ...c.connectionChanges.map((e) =>
        row([text(facilityName(ctx, e.facility)), text(t.comparison.connection), text(statusOf(e.baseline, t.mode)), text(statusOf(e.variant, t.mode)), text(causes(e.causes))]),
      ),
    ];
    blocks.push(
      table(
        'comparison-facilities',
        t.comparison.facilitiesCaption,
        [col(t.columns.facility, 'left', 1.4), col(t.comparison.aspect), col(t.comparison.baseline), col(t.comparison.variant), col(t.comparison.causes, 'left', 1.3)],
        rows,
      ),
    );
  }
  if (c.differences.length > 0) {
    blocks.push(
      table(
        'comparison-differences',
        t.comparison.differencesCaption,
        [col(t.comparison.aspect, 'left', 1.4), col(t.columns.facility, 'left', 1.2), col(t.comparison.baseline), col(t.comparison.variant), col(t.columns.difference, 'right', 0.8), col(t.comparison.causes, 'left', 1.3)],
        c.differences.map((d) => {
          const money = /cost|saving|kosten|besparing/i.test(d.aspect);
          const delta = d.delta === null ? t.dash : money ? f.signedMoney(d.delta) : f.signedCount(d.delta);
          const value = (v: string) => comparisonValue(ctx, d.aspect, v, money);
          return row([
            text(t.comparison.aspectName(d.aspect)),
            text(d.facility === null ? t.dash : facilityName(ctx, d.facility)),
            text(value(d.baseline)),
            text(value(d.variant)),
            text(delta),
            text(causes(d.causes)),
          ]);
        }),
      ),
    );
  } else {
    blocks.push(paragraph(text(t.comparison.noDifferences)));
  }
  return blocks;
}

/** A value of the comparison in the reader's words: numbers formatted, statuses, modes and OIN kinds translated. */
function comparisonValue(ctx: Ctx, aspect: string, v: string, money: boolean): string {
  const { t, f } = ctx;
  if (/^-?\d+(\.\d+)?$/.test(v)) return money ? f.money(Number(v)) : f.count(Number(v));
  const lookup = (map: Record<string, string>) => map[v] ?? v;
  if (aspect === 'eligibility') return lookup(t.status);
  if (aspect === 'connection mode') return lookup(t.mode);
  if (aspect === 'OIN') return lookup(t.oinKind);
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// 7. Recommendations

function recommendationSection(ctx: Ctx, recs: Block[]): Block[] {
  const { t } = ctx;
  if (recs.length === 0) return [paragraph(text(t.recs.none, { citations: ctx.cite.cite(['king-2015-agenda']) }))];
  return [paragraph(text(t.recs.intro, { citations: ctx.cite.cite(['king-2015-agenda']) })), ...recs];
}
