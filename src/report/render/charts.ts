// The report's charts as SVG: Vega-Lite specs compiled and rendered by Vega in Node, no browser or canvas needed.
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { BarChart, Chart, HeatmapChart } from '../document/document.js';

/** The font the charts ask for; the PDF renderer maps it to its embedded font, browsers fall back along the list. */
export const CHART_FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';

const INK = '#1f2933';
const MUTED = '#52606d';
/** Colour-blind-safe series colours (Okabe–Ito blue and orange). */
const SERIES = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'];

/** d3-format number locale derived from Intl, so chart axes read like the text. */
function numberLocale(locale: string): { decimal: string; thousands: string; grouping: number[]; currency: [string, string] } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const thousands = (parts.find((p) => p.type === 'group')?.value ?? ',').replace(/[\u00a0\u202f]/g, ' ');
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).formatToParts(1);
  const at = (type: Intl.NumberFormatPartTypes) => money.findIndex((p) => p.type === type);
  const first = Math.min(...(['integer', 'decimal', 'fraction'] as const).map(at).filter((i) => i >= 0));
  const last = Math.max(at('integer'), at('decimal'), at('fraction'));
  const join = (ps: Intl.NumberFormatPart[]) => ps.map((p) => p.value).join('').replace(/[\u00a0\u202f]/g, ' ');
  return { decimal, thousands, grouping: [3], currency: [join(money.slice(0, first)), join(money.slice(last + 1))] };
}

function baseConfig(locale: string) {
  return {
    font: CHART_FONT,
    locale: { number: numberLocale(locale) },
    background: 'white',
    view: { stroke: null },
    axis: { labelColor: INK, titleColor: MUTED, labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal' as const, gridColor: '#e4e7eb', domainColor: '#9aa5b1', tickColor: '#9aa5b1' },
    legend: { labelColor: INK, labelFontSize: 11, titleColor: MUTED },
    aria: false,
  };
}

function heatmapSpec(chart: HeatmapChart, locale: string): TopLevelSpec {
  const cell = 64;
  const values = chart.rowLabels.flatMap((row, i) =>
    chart.columnLabels.map((column, j) => ({ row, column, value: chart.values[i]?.[j] ?? null, label: chart.valueLabels[i]?.[j] ?? '' })),
  );
  const [lo, hi] = chart.domain;
  return {
    width: cell * chart.columnLabels.length,
    height: cell * chart.rowLabels.length,
    padding: 8,
    data: { values },
    encoding: {
      x: { field: 'column', type: 'nominal', sort: chart.columnLabels, axis: { title: null, orient: 'top', labelAngle: 0, domain: false, ticks: false, labelPadding: 6 } },
      y: { field: 'row', type: 'nominal', sort: chart.rowLabels, axis: { title: null, domain: false, ticks: false, labelPadding: 6 } },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 2 },
        encoding: {
          color: {
            field: 'value',
            type: 'quantitative',
            scale: { domain: [lo, hi], range: ['#f0f4f8', '#0b4f8a'] },
            legend: { title: chart.valueTitle, orient: 'right', gradientLength: cell * chart.rowLabels.length, format: '.1f' },
          },
        },
      },
      {
        mark: { type: 'text', fontSize: 13, fontWeight: 'bold' },
        encoding: {
          text: { field: 'label', type: 'nominal' },
          color: { condition: { test: `datum.value !== null && datum.value > ${(lo + hi) / 2}`, value: 'white' }, value: INK },
        },
      },
    ],
    config: baseConfig(locale),
  };
}

function barSpec(chart: BarChart, locale: string): TopLevelSpec {
  const grouped = chart.series.length > 1;
  const values = chart.categories.flatMap((category, i) =>
    chart.series.map((s) => ({ category, series: s.name, value: s.values[i] ?? 0, label: s.labels[i] ?? '' })),
  );
  const max = Math.max(0, ...values.map((v) => v.value));
  const seriesNames = chart.series.map((s) => s.name);
  const offset = grouped ? { yOffset: { field: 'series', type: 'nominal' as const, sort: seriesNames } } : {};
  return {
    width: 420,
    height: chart.categories.length * chart.series.length * 30 + (grouped ? 12 : 0),
    padding: 8,
    data: { values },
    encoding: {
      y: { field: 'category', type: 'nominal', sort: chart.categories, axis: { title: null, labelLimit: 400, domain: false, ticks: false } },
      x: {
        field: 'value',
        type: 'quantitative',
        // Headroom for the value labels at the end of the longest bar.
        scale: { domain: [0, max === 0 ? 1 : max * 1.28], nice: false },
        axis: { title: chart.valueTitle, format: chart.unit === 'EUR' ? '$,.0f' : ',.0f', tickCount: 4, grid: true },
      },
    },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 2 },
        encoding: {
          color: { field: 'series', type: 'nominal', sort: seriesNames, scale: { domain: seriesNames, range: SERIES.slice(0, seriesNames.length) }, legend: grouped ? { title: null, orient: 'bottom' } : null },
          ...offset,
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: 11, color: INK },
        encoding: { text: { field: 'label', type: 'nominal' }, ...offset },
      },
    ],
    config: baseConfig(locale),
  };
}

/** Makes element ids of one SVG unique in a page that holds several (Vega numbers clip paths and gradients per process). */
function prefixIds(svg: string, prefix: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
  let out = svg;
  for (const id of new Set(ids)) {
    const esc = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`\\sid="${esc}"`, 'g'), ` id="${prefix}-${id}"`)
      .replace(new RegExp(`url\\(#${esc}\\)`, 'g'), `url(#${prefix}-${id})`)
      .replace(new RegExp(`href="#${esc}"`, 'g'), `href="#${prefix}-${id}"`);
  }
  return out;
}

/**
 * Vega numbers clip paths and gradients with process-wide counters; renders run one at a time, each from a reset
 * counter, so the same chart always gets the same ids.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Renders a chart of the document model to a standalone SVG string; deterministic for the same chart and locale. */
export function chartSvg(chart: Chart, locale: string): Promise<string> {
  const spec = chart.type === 'heatmap' ? heatmapSpec(chart, locale) : barSpec(chart, locale);
  const run = async () => {
    vega.resetSVGDefIds();
    const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
    try {
      return prefixIds(await view.toSVG(), `chart-${chart.id}`);
    } finally {
      view.finalize();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
