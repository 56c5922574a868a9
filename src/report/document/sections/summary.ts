// Section 1: the summary.
import { costSources, modeCounts, note, paragraph, text } from '../blocks.js';
import { type Ctx, eligibilityOf, marksFor, shortName, loc } from '../context.js';
import type { Block, Figure, RichText, Tone } from '../document.js';

export function summarySection(ctx: Ctx, recommendationCount: number, recommendationSection: number): Block[] {
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
    { id: 'legal-form', label: t.summary.figures.legalForm, value: loc(ctx, scope.legalForm.name), comparison: scope.legalForm.wgrArticle ? `Wgr ${scope.legalForm.wgrArticle}` : null, tone: 'neutral' },
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
