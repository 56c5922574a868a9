// Section 6: the what-if comparison, baseline beside variant, with the causes of each difference.
import type { InputDimension, ScenarioComparison } from '../../../domain/comparison-types.js';
import { col, paragraph, row, table, text } from '../blocks.js';
import { type Ctx, facilityName, loc } from '../context.js';
import type { Block } from '../document.js';

export function comparisonSection(ctx: Ctx, c: ScenarioComparison): Block[] {
  const { t, f } = ctx;
  const name = ctx.input.scenarioName ?? t.comparison.unnamed;
  const causes = (cs: readonly InputDimension[]) => (cs.length === 0 ? t.comparison.combinationOnly : f.list(cs.map((d) => t.dimension[d])));
  const blocks: Block[] = [paragraph(text(t.comparison.intro(name)))];
  blocks.push(
    c.inputChanges.length > 0
      ? { kind: 'list', items: c.inputChanges.map((ch) => text(loc(ctx, ch.description).replace(/^(?:policy|beleid):\s*/i, ''), { lead: t.dimension[ch.dimension] })) }
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
