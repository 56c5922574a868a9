// Section 5: the minimal joint audit, what keeps obligations apart, and the policy and cost model behind it.
import { compareIds } from '../../../domain/audit/cost.js';
import { type Evidence, EVIDENCE } from '../../../domain/model.js';
import { col, costSources, note, paragraph, row, table, text } from '../blocks.js';
import { type Ctx, facilityName, marksFor, organisationName, loc } from '../context.js';
import type { Block } from '../document.js';
import { separationsOf, type Separation } from '../separations.js';

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
      return t.audit.separation.notJoint(loc(ctx, s.requirement.name), f.count(s.subjects.length), f.date(ctx.scope.asOf), s.subjects.some((x) => x.kind === 'COLLABORATION'));
  }
}

export function auditSection(ctx: Ctx): Block[] {
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
      text(e.requirements.map((r) => loc(ctx, r.name)).join('; ')),
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
  const costNote = loc(ctx, ctx.index.catalogue.costModel.find((c) => c.evidence === 'IT_AUDIT')?.note ?? null);
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
    const name = loc(ctx, index.auditRequirement(o.id, scope.asOf)?.name ?? null) ?? o.id;
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
