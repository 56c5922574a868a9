// One self-contained, print-friendly HTML file: embedded CSS, charts as inline SVG, every text escaped.
import type { Block, Figure, Mark, RecommendationBlock, ReportDocument, RichText, SourceEntry, TableBlock, Tone } from '../document/document.js';
import { chartSvg } from './charts.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const e = escapeHtml;

const CSS = `
:root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --soft: #f5f7fa; --accent: #0b4f8a;
  --good: #1f7a4d; --warning: #a35d00; --bad: #b42318; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.55 "DejaVu Sans", "Noto Sans", "Segoe UI", Verdana, Arial, sans-serif; }
main, header.cover, nav.toc, footer { max-width: 980px; margin: 0 auto; padding: 0 28px; }
header.cover { padding-top: 36px; padding-bottom: 8px; border-bottom: 3px solid var(--accent); }
h1 { font-size: 28px; line-height: 1.2; margin: 0 0 6px; color: var(--accent); }
.subtitle { font-size: 17px; color: var(--muted); margin: 0 0 18px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0 0 18px; font-size: 14px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
nav.toc { padding-top: 14px; padding-bottom: 4px; }
nav.toc h2 { font-size: 15px; margin: 0 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; border: 0; }
nav.toc ol { list-style: none; padding: 0; margin: 0; columns: 2; font-size: 14px; }
nav.toc a { color: var(--ink); text-decoration: none; }
section { padding-top: 8px; }
h2 { font-size: 22px; color: var(--accent); border-bottom: 1px solid var(--line); padding-bottom: 4px; margin: 30px 0 12px; break-after: avoid; }
h3 { font-size: 17px; margin: 22px 0 8px; break-after: avoid; }
p { margin: 8px 0; }
ul { margin: 6px 0 10px; padding-left: 22px; }
li { margin: 3px 0; }
.lead { font-weight: bold; }
.mark { display: inline-block; font-size: 11px; font-weight: bold; letter-spacing: .03em; padding: 0 5px; border-radius: 3px; margin-left: 4px; vertical-align: 1px; border: 1px solid; text-decoration: none; }
.mark-INFERRED { color: #7c4a03; border-color: #e5b76b; background: #fff8eb; }
.mark-UNCONFIRMED { color: #8a1c1c; border-color: #f0a3a3; background: #fff1f1; }
.mark-ASSUMPTION { color: #3e4c59; border-color: #bcccdc; background: #f0f4f8; }
.cite { font-size: 12px; color: var(--muted); white-space: nowrap; }
.cite a { color: var(--accent); text-decoration: none; }
.note { border-left: 4px solid var(--line); background: var(--soft); padding: 8px 12px; margin: 12px 0; font-size: 14px; }
.note.tone-warning { border-left-color: #e5b76b; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 10px; margin: 14px 0; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; break-inside: avoid; border-top: 4px solid var(--line); }
.figure .label { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
.figure .value { font-size: 21px; font-weight: bold; line-height: 1.3; overflow-wrap: anywhere; }
.figure .comparison { font-size: 13px; color: var(--muted); }
.figure.tone-good { border-top-color: var(--good); }
.figure.tone-warning { border-top-color: var(--warning); }
.figure.tone-bad { border-top-color: var(--bad); }
.table-wrap { overflow-x: auto; margin: 10px 0 16px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
caption { text-align: left; font-weight: bold; padding: 4px 0 6px; caption-side: top; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; vertical-align: top; text-align: left; }
th { background: var(--soft); font-size: 12.5px; color: var(--muted); border-bottom: 2px solid var(--line); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tr.tone-good td:first-child { box-shadow: inset 4px 0 0 var(--good); }
tr.tone-warning td:first-child { box-shadow: inset 4px 0 0 var(--warning); }
tr.tone-bad td:first-child { box-shadow: inset 4px 0 0 var(--bad); }
tr.total td { font-weight: bold; border-top: 2px solid var(--ink); }
figure.chart { margin: 16px 0 20px; break-inside: avoid; }
figure.chart figcaption { font-size: 13.5px; color: var(--muted); margin-bottom: 8px; }
figure.chart figcaption strong { display: block; color: var(--ink); font-size: 15px; }
figure.chart svg { max-width: 100%; height: auto; }
article.rec { border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 6px; padding: 4px 16px 10px; margin: 16px 0; break-inside: avoid; }
article.rec h3 { margin-top: 12px; color: var(--accent); }
.rec .agenda { font-size: 13.5px; color: var(--muted); }
.rec .agenda q { font-style: italic; }
.rec h4 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 10px 0 2px; }
ol.sources { padding-left: 30px; font-size: 13.5px; }
ol.sources li { margin: 5px 0; overflow-wrap: anywhere; }
ol.sources .title { font-style: italic; }
ol.sources a { color: var(--accent); }
footer { color: var(--muted); font-size: 12.5px; border-top: 1px solid var(--line); margin-top: 36px; padding-top: 10px; padding-bottom: 30px; }
@media print {
  @page { size: A4; margin: 16mm 14mm 18mm; }
  body { font-size: 10.5pt; }
  main, header.cover, nav.toc, footer { max-width: none; padding: 0; }
  h2 { break-before: auto; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  tr, .figure, .note, li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  nav.toc { display: none; }
}
`;

function marks(ms: Mark[]): string {
  return ms.map((m) => `<span class="mark mark-${e(m.code)}"${m.note ? ` title="${e(m.note)}"` : ''}>${e(m.label)}</span>`).join('');
}

function citations(cs: number[]): string {
  if (cs.length === 0) return '';
  return ` <span class="cite">[${cs.map((c) => `<a href="#source-${c}">${c}</a>`).join(', ')}]</span>`;
}

function rich(t: RichText): string {
  const lead = t.lead ? `<span class="lead">${e(t.lead)}:</span> ` : '';
  return `${lead}${e(t.text)}${marks(t.marks)}${citations(t.citations)}`;
}

const tone = (t: Tone) => (t === 'neutral' ? '' : `tone-${t}`);

function figure(f: Figure): string {
  return `<div class="figure ${tone(f.tone)}"><div class="label">${e(f.label)}</div><div class="value">${e(f.value)}</div>${
    f.comparison ? `<div class="comparison">${e(f.comparison)}</div>` : ''
  }</div>`;
}

function table(b: TableBlock): string {
  const cls = (i: number) => (b.columns[i]?.align === 'right' ? ' class="num"' : '');
  const head = b.columns.map((c, i) => `<th scope="col"${cls(i)}>${e(c.label)}</th>`).join('');
  const rows = b.rows
    .map((r) => {
      const classes = [tone(r.tone), r.emphasis === 'total' ? 'total' : ''].filter((x) => x !== '').join(' ');
      return `<tr${classes ? ` class="${classes}"` : ''}>${r.cells.map((c, i) => `<td${cls(i)}>${rich(c)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<div class="table-wrap"><table id="table-${e(b.id)}"><caption>${e(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

function recommendation(r: RecommendationBlock, doc: ReportDocument): string {
  const l = doc.labels;
  return `<article class="rec" id="rec-${e(r.id)}">
<h3>${e(r.title)}</h3>
<p class="agenda"><strong>${e(l.agendaItem)}:</strong> ${e(r.agenda.reference)}: <q lang="nl">${e(r.agenda.quote)}</q>${r.agenda.citation === null ? '' : citations([r.agenda.citation])}</p>
<h4>${e(l.trigger)}</h4>
<ul>${r.triggers.map((t) => `<li>${e(t.text)}${citations(t.citations)}</li>`).join('')}</ul>
<h4>${e(l.advice)}</h4>
<ul>${r.advice.map((a) => `<li>${rich(a)}</li>`).join('')}</ul>
${r.effect ? `<h4>${e(l.effect)}</h4><p>${rich(r.effect)}</p>` : ''}
</article>`;
}

function source(s: SourceEntry, doc: ReportDocument): string {
  const parts = [`${e(s.publisher)}, <span class="title">${e(s.title)}</span>`];
  if (s.section) parts.push(`${e(doc.labels.sourceSection)}: ${e(s.section)}`);
  if (s.date) parts.push(`${e(doc.labels.sourceDate)}: ${e(s.date)}`);
  const url = s.url === null ? '' : /^https?:\/\//.test(s.url) ? ` <a href="${e(s.url)}">${e(s.url)}</a>` : ` ${e(s.url)}`;
  const assumption = s.assumption ? ` <span class="mark mark-ASSUMPTION">${e(doc.labels.assumption)}</span>` : '';
  return `<li id="source-${s.number}" value="${s.number}">${parts.join('; ')}.${url}${assumption}</li>`;
}

async function block(b: Block, doc: ReportDocument): Promise<string> {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${rich(b.content)}</p>`;
    case 'subheading':
      return `<h3>${e(b.text)}</h3>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${rich(i)}</li>`).join('\n')}</ul>`;
    case 'note':
      return `<div class="note ${tone(b.tone)}">${rich(b.content)}</div>`;
    case 'figures':
      return `<div class="figures">${b.items.map(figure).join('\n')}</div>`;
    case 'table':
      return table(b);
    case 'chart': {
      const svg = await chartSvg(b.chart, doc.locale);
      // The SVG comes from Vega with our labels as text content; Vega escapes text and attributes itself.
      const labelled = svg.replace(/^<svg /, `<svg role="img" aria-label="${e(b.chart.title)}" `);
      return `<figure class="chart" id="chart-${e(b.chart.id)}"><figcaption><strong>${e(b.chart.title)}</strong>${e(b.chart.description)}</figcaption>${labelled}</figure>`;
    }
    case 'recommendation':
      return recommendation(b, doc);
    case 'source-list':
      return `<ol class="sources">${doc.sources.map((s) => source(s, doc)).join('\n')}</ol>`;
  }
}

export async function renderHtml(doc: ReportDocument): Promise<string> {
  const sections: string[] = [];
  for (const s of doc.sections) {
    const blocks: string[] = [];
    for (const b of s.blocks) blocks.push(await block(b, doc));
    sections.push(`<section id="${e(s.id)}">\n<h2>${e(s.heading)}</h2>\n${blocks.join('\n')}\n</section>`);
  }
  const lang = doc.language === 'NL' ? 'nl' : 'en';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(doc.title)}: ${e(doc.metadata.collaboration.name)}</title>
<meta name="author" content="${e(doc.metadata.author)}">
<meta name="generator" content="Harmonie">
<meta name="dcterms.created" content="${e(doc.metadata.generatedAt)}">
<style>${CSS}</style>
</head>
<body>
<header class="cover">
<h1>${e(doc.title)}</h1>
<p class="subtitle">${e(doc.subtitle)}</p>
<dl class="facts">${doc.metadata.facts.map((f) => `<dt>${e(f.label)}</dt><dd>${e(f.value)}</dd>`).join('')}</dl>
</header>
<nav class="toc" aria-label="${e(doc.labels.contents)}"><h2>${e(doc.labels.contents)}</h2><ol>${doc.sections.map((s) => `<li><a href="#${e(s.id)}">${e(s.heading)}</a></li>`).join('')}</ol></nav>
<main>
${sections.join('\n')}
</main>
<footer>${e(doc.labels.generatedBy)} · ${e(doc.metadata.generatedAtText)}</footer>
</body>
</html>
`;
}
