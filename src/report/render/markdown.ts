// GitHub-flavoured Markdown rendering of the report: tables as GFM tables, charts as tables of their numbers.
import type { Block, BarChart, Chart, HeatmapChart, Mark, RecommendationBlock, ReportDocument, RichText, SourceEntry, TableBlock } from '../document/document.js';

/** Escapes Markdown syntax inside a line so data can never become markup. */
function escapeInline(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/[\\`*_{}[\]<>|#~&]/g, (c) => `\\${c}`);
}

/** Escapes text that may start a line, where "- " or "1. " would open a list. */
export function escapeMarkdown(s: string): string {
  return escapeInline(s).replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');
}

function marks(ms: Mark[]): string {
  return ms.map((m) => ` *\\[${escapeMarkdown(m.label)}\\]*`).join('');
}

function citations(cs: number[]): string {
  return cs.length === 0 ? '' : ` \\[${cs.join(', ')}\\]`;
}

function rich(t: RichText): string {
  const lead = t.lead ? `**${escapeMarkdown(t.lead)}:** ` : '';
  return `${lead}${escapeMarkdown(t.text)}${marks(t.marks)}${citations(t.citations)}`;
}

function gfmTable(header: string[], align: Array<'left' | 'right'>, rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(header), `| ${align.map((a) => (a === 'right' ? '---:' : ':---')).join(' | ')} |`, ...rows.map(line)].join('\n');
}

function table(b: TableBlock): string {
  const rows = b.rows.map((r) => r.cells.map((c) => (r.emphasis === 'total' && c.text !== '' ? `**${rich(c)}**` : rich(c))));
  return `**${escapeMarkdown(b.caption)}**\n\n${gfmTable(
    b.columns.map((c) => escapeMarkdown(c.label)),
    b.columns.map((c) => c.align),
    rows,
  )}`;
}

function heatmapTable(c: HeatmapChart, doc: ReportDocument): string {
  return gfmTable(
    [escapeMarkdown(doc.labels.heatmapCorner), ...c.columnLabels.map(escapeMarkdown)],
    ['left', ...c.columnLabels.map((): 'right' => 'right')],
    c.rowLabels.map((r, i) => [escapeMarkdown(r), ...(c.valueLabels[i] ?? []).map(escapeMarkdown)]),
  );
}

function barTable(c: BarChart, doc: ReportDocument): string {
  return gfmTable(
    [escapeMarkdown(doc.labels.barCategory), ...c.series.map((s) => escapeMarkdown(s.name))],
    ['left', ...c.series.map((): 'right' => 'right')],
    c.categories.map((cat, i) => [escapeMarkdown(cat), ...c.series.map((s) => escapeMarkdown(s.labels[i] ?? ''))]),
  );
}

function chart(c: Chart, doc: ReportDocument): string {
  const body = c.type === 'heatmap' ? heatmapTable(c, doc) : barTable(c, doc);
  return `**${escapeMarkdown(c.title)}**\n\n${escapeMarkdown(c.description)}\n\n${body}\n\n*${escapeMarkdown(doc.labels.chartAsTable)}*`;
}

function recommendation(r: RecommendationBlock, doc: ReportDocument): string {
  const l = doc.labels;
  const parts = [
    `### ${escapeMarkdown(r.title)}`,
    `**${escapeMarkdown(l.agendaItem)}:** ${escapeMarkdown(r.agenda.reference)}: „${escapeMarkdown(r.agenda.quote)}”${r.agenda.citation === null ? '' : citations([r.agenda.citation])}`,
    `**${escapeMarkdown(l.trigger)}:**\n\n${r.triggers.map((t) => `- ${escapeMarkdown(t.text)}${citations(t.citations)}`).join('\n')}`,
    `**${escapeMarkdown(l.advice)}:**\n\n${r.advice.map((a) => `- ${rich(a)}`).join('\n')}`,
  ];
  if (r.effect) parts.push(`**${escapeMarkdown(l.effect)}:** ${rich(r.effect)}`);
  return parts.join('\n\n');
}

function source(s: SourceEntry, doc: ReportDocument): string {
  const parts = [`${escapeMarkdown(s.publisher)}, *${escapeMarkdown(s.title)}*`];
  if (s.section) parts.push(`${escapeMarkdown(doc.labels.sourceSection)}: ${escapeMarkdown(s.section)}`);
  if (s.date) parts.push(`${escapeMarkdown(doc.labels.sourceDate)}: ${escapeMarkdown(s.date)}`);
  // URLs go in angle brackets: an autolink that needs no escaping inside.
  const url = s.url === null ? '' : /^https?:\/\//.test(s.url) ? ` <${s.url.replace(/[<>\s]/g, encodeURIComponent)}>` : ` ${escapeMarkdown(s.url)}`;
  const assumption = s.assumption ? ` *(${escapeMarkdown(doc.labels.assumption)})*` : '';
  return `${s.number}. ${parts.join('; ')}.${url}${assumption}`;
}

function block(b: Block, doc: ReportDocument): string {
  switch (b.kind) {
    case 'paragraph':
      return rich(b.content);
    case 'subheading':
      return `### ${escapeMarkdown(b.text)}`;
    case 'list':
      return b.items.map((i) => `- ${rich(i)}`).join('\n');
    case 'note':
      return `> ${rich(b.content)}`;
    case 'figures':
      return b.items.map((f) => `- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}${f.comparison ? ` (${escapeMarkdown(f.comparison)})` : ''}`).join('\n');
    case 'table':
      return table(b);
    case 'chart':
      return chart(b.chart, doc);
    case 'recommendation':
      return recommendation(b, doc);
    case 'source-list':
      return doc.sources.map((s) => source(s, doc)).join('\n');
  }
}

export function renderMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, `*${escapeMarkdown(doc.subtitle)}*`];
  out.push(doc.metadata.facts.map((f) => `- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}`).join('\n'));
  out.push(`**${escapeMarkdown(doc.labels.contents)}**\n\n${doc.sections.map((s) => `- ${escapeInline(s.heading)}`).join('\n')}`);
  for (const s of doc.sections) {
    out.push(`## ${escapeInline(s.heading)}`);
    for (const b of s.blocks) out.push(block(b, doc));
  }
  out.push(`---\n\n*${escapeMarkdown(doc.labels.generatedBy)}*`);
  return `${out.join('\n\n')}\n`;
}
