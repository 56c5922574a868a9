// PDF rendering with PDFKit: embedded DejaVu fonts, tables laid out with repeated headers across pages, the same SVG charts as vector graphics.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Block, Chart, Figure, Mark, RecommendationBlock, ReportDocument, RichText, SourceEntry, TableBlock, Tone } from '../document/document.js';
import { chartSvg } from './charts.js';

type Doc = PDFKit.PDFDocument;

const require = createRequire(import.meta.url);
/** DejaVu Sans covers Dutch (ë, ï, é, â), €, typographic quotes, arrows and dashes. */
const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  italic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
};
const FONT = { regular: 'Sans', bold: 'Sans-Bold', italic: 'Sans-Oblique' } as const;

const COLOR = { ink: '#1f2933', muted: '#52606d', line: '#d9e2ec', soft: '#f5f7fa', accent: '#0b4f8a', good: '#1f7a4d', warning: '#a35d00', bad: '#b42318' };
const MARK_COLOR: Record<Mark['code'], string> = { INFERRED: '#8a5300', UNCONFIRMED: '#a11d1d', ASSUMPTION: '#3e4c59' };
const TONE_COLOR: Record<Tone, string | null> = { neutral: null, good: COLOR.good, warning: COLOR.warning, bad: COLOR.bad };

const SIZE = { body: 9.5, small: 8, table: 8, h1: 21, h2: 14.5, h3: 11, figure: 13.5 };
const MARGIN = { top: 58, bottom: 62, left: 54, right: 54 };
const CELL_PAD = { x: 4, y: 3 };

interface Run {
  text: string;
  font: string;
  color: string;
}

function runsOf(t: RichText, base: { font?: string; color?: string } = {}): Run[] {
  const font = base.font ?? FONT.regular;
  const color = base.color ?? COLOR.ink;
  const runs: Run[] = [];
  if (t.lead) runs.push({ text: `${t.lead}: `, font: FONT.bold, color });
  runs.push({ text: t.text, font, color });
  for (const m of t.marks) runs.push({ text: ` [${m.label}]`, font: FONT.bold, color: MARK_COLOR[m.code] });
  if (t.citations.length > 0) runs.push({ text: ` [${t.citations.join(', ')}]`, font, color: COLOR.muted });
  return runs.filter((r) => r.text !== '');
}

/** The same text as one string, for cells that are measured and drawn in one font. */
const plainOf = (t: RichText) => runsOf(t).map((r) => r.text).join('');

class Writer {
  readonly doc: Doc;
  readonly left = MARGIN.left;
  readonly width: number;

  constructor(
    readonly report: ReportDocument,
    readonly chunks: Buffer[],
  ) {
    const created = new Date(report.metadata.generatedAt);
    const date = Number.isNaN(created.getTime()) ? new Date(0) : created;
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: true,
      pdfVersion: '1.7',
      lang: report.locale,
      displayTitle: true,
      info: {
        Title: `${report.title}: ${report.metadata.collaboration.name}`,
        Author: report.metadata.author,
        Subject: report.subtitle,
        Keywords: ['Harmonie', report.metadata.collaboration.id, report.metadata.legalForm.code, ...report.metadata.facilities.map((f) => f.code)].join(', '),
        Creator: 'Harmonie',
        // The document's dates come from the report, so the same report gives the same bytes.
        CreationDate: date,
        ModDate: date,
      },
    });
    this.doc.registerFont(FONT.regular, FONT_FILES.regular);
    this.doc.registerFont(FONT.bold, FONT_FILES.bold);
    this.doc.registerFont(FONT.italic, FONT_FILES.italic);
    this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    this.width = this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  flow(runs: Run[], options: { x?: number; width?: number; size?: number; align?: 'left' | 'right' | 'center'; lineGap?: number } = {}): void {
    const doc = this.doc;
    const x = options.x ?? this.left;
    const width = options.width ?? this.width;
    doc.fontSize(options.size ?? SIZE.body);
    runs.forEach((r, i) => {
      doc.font(r.font).fillColor(r.color);
      const continued = i < runs.length - 1;
      if (i === 0) doc.text(r.text, x, doc.y, { width, continued, align: options.align ?? 'left', lineGap: options.lineGap ?? 1.5 });
      else doc.text(r.text, { continued });
    });
    doc.fillColor(COLOR.ink);
  }

  heading(text: string, level: 1 | 2 | 3): void {
    const size = level === 1 ? SIZE.h2 : SIZE.h3;
    this.ensure(level === 1 ? 90 : 60);
    this.gap(level === 1 ? 14 : 8);
    this.doc.font(FONT.bold).fontSize(size).fillColor(level === 1 ? COLOR.accent : COLOR.ink);
    this.doc.text(text, this.left, this.doc.y, { width: this.width });
    if (level === 1) {
      const y = this.doc.y + 2;
      this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.6).strokeColor(COLOR.line).stroke();
      this.gap(8);
    } else {
      this.gap(3);
    }
    this.doc.fillColor(COLOR.ink);
  }

  paragraph(t: RichText, options: { size?: number; color?: string } = {}): void {
    this.ensure(24);
    this.flow(runsOf(t, { color: options.color ?? COLOR.ink }), { size: options.size ?? SIZE.body });
    this.gap(5);
  }

  bullets(items: Array<Run[]>, options: { size?: number; bullet?: (i: number) => string } = {}): void {
    const indent = 14;
    const size = options.size ?? SIZE.body;
    items.forEach((runs, i) => {
      this.ensure(size * 2.6);
      const y = this.doc.y;
      this.doc.font(FONT.regular).fontSize(size).fillColor(COLOR.muted);
      this.doc.text(options.bullet ? options.bullet(i) : '•', this.left, y, { width: indent, lineBreak: false });
      this.doc.y = y;
      this.flow(runs, { x: this.left + indent, width: this.width - indent, size });
      this.gap(2.5);
    });
    this.gap(3);
  }

  note(t: RichText, tone: Tone): void {
    const size = SIZE.small + 0.5;
    const pad = 7;
    this.doc.font(FONT.regular).fontSize(size);
    const h = this.doc.heightOfString(plainOf(t), { width: this.width - 2 * pad - 4, lineGap: 1.5 }) + 2 * pad;
    this.ensure(Math.min(h, 200));
    const y = this.doc.y;
    const samePage = y + h <= this.bottom;
    if (samePage) {
      this.doc.rect(this.left, y, this.width, h).fill(COLOR.soft);
      this.doc.rect(this.left, y, 3, h).fill(tone === 'warning' ? '#e5b76b' : COLOR.line);
    }
    this.doc.y = y + pad;
    this.flow(runsOf(t, { color: COLOR.ink }), { x: this.left + pad + 4, width: this.width - 2 * pad - 4, size });
    this.doc.y = Math.max(this.doc.y, y + h) + 6;
  }

  figures(items: Figure[]): void {
    const columns = 3;
    const gutter = 8;
    const w = (this.width - gutter * (columns - 1)) / columns;
    const pad = 7;
    for (let i = 0; i < items.length; i += columns) {
      const row = items.slice(i, i + columns);
      const heights = row.map((f) => {
        const inner = w - 2 * pad;
        let h = pad + 3;
        this.doc.font(FONT.regular).fontSize(SIZE.small - 0.5);
        h += this.doc.heightOfString(f.label.toUpperCase(), { width: inner }) + 2;
        this.doc.font(FONT.bold).fontSize(SIZE.figure);
        h += this.doc.heightOfString(f.value, { width: inner }) + 1;
        if (f.comparison) {
          this.doc.font(FONT.regular).fontSize(SIZE.small);
          h += this.doc.heightOfString(f.comparison, { width: inner });
        }
        return h + pad;
      });
      const h = Math.max(...heights);
      this.ensure(h + gutter);
      const y = this.doc.y;
      row.forEach((f, j) => {
        const x = this.left + j * (w + gutter);
        const inner = w - 2 * pad;
        this.doc.roundedRect(x, y, w, h, 3).lineWidth(0.7).strokeColor(COLOR.line).stroke();
        this.doc.rect(x, y, w, 3).fill(TONE_COLOR[f.tone] ?? COLOR.line);
        this.doc.font(FONT.regular).fontSize(SIZE.small - 0.5).fillColor(COLOR.muted).text(f.label.toUpperCase(), x + pad, y + pad + 3, { width: inner });
        this.doc.font(FONT.bold).fontSize(SIZE.figure).fillColor(COLOR.ink).text(f.value, x + pad, this.doc.y + 2, { width: inner });
        if (f.comparison) this.doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted).text(f.comparison, x + pad, this.doc.y + 1, { width: inner });
      });
      this.doc.y = y + h + gutter;
    }
    this.doc.fillColor(COLOR.ink);
    this.gap(2);
  }

  /** Column widths like a browser's automatic table layout: every column gets its longest word, the rest goes by content. */
  private columnWidths(b: TableBlock, header: string[], cells: string[][]): number[] {
    const doc = this.doc;
    const n = b.columns.length;
    const pad = 2 * CELL_PAD.x;
    const min = new Array<number>(n).fill(0);
    const desired = new Array<number>(n).fill(0);
    const numeric = (i: number) => b.columns[i]?.align === 'right';
    const measure = (text: string, i: number, font: string, isHeader: boolean) => {
      doc.font(font).fontSize(SIZE.table);
      // Words break at spaces and soft hyphens; a numeric cell ("12 mnd", "€ 7.000") never breaks.
      const words = numeric(i) && !isHeader ? [text] : text.split(/[\s\u00ad]+/).filter((w) => w !== '');
      const longest = Math.max(0, ...words.map((w) => doc.widthOfString(w) + (text.includes('\u00ad') ? doc.widthOfString('-') : 0)));
      min[i] = Math.max(min[i] ?? 0, Math.min(longest + pad, this.width * 0.45));
      desired[i] = Math.max(desired[i] ?? 0, Math.min(doc.widthOfString(text.replace(/\u00ad/g, '')) + pad, this.width));
    };
    header.forEach((h, i) => measure(h, i, FONT.bold, true));
    cells.forEach((r, k) => r.forEach((c, i) => measure(c, i, b.rows[k]?.emphasis === 'total' ? FONT.bold : FONT.regular, false)));
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    if (sum(desired) <= this.width) {
      const extra = this.width - sum(desired);
      const weights = b.columns.map((c) => c.weight);
      return desired.map((d, i) => d + (extra * (weights[i] ?? 1)) / sum(weights));
    }
    if (sum(min) >= this.width) return min.map((m) => (m * this.width) / sum(min));
    const flex = desired.map((d, i) => Math.max(0, d - (min[i] ?? 0)) * (b.columns[i]?.weight ?? 1));
    const room = this.width - sum(min);
    return min.map((m, i) => m + (sum(flex) === 0 ? room / n : (room * (flex[i] ?? 0)) / sum(flex)));
  }

  table(b: TableBlock): void {
    const doc = this.doc;
    const header = b.columns.map((c) => c.label);
    const cells = b.rows.map((r) => r.cells.map(plainOf));
    const widths = this.columnWidths(b, header, cells);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const textWidth = (i: number) => (widths[i] ?? 0) - 2 * CELL_PAD.x;
    const heightOf = (texts: string[], font: string) => {
      doc.font(font).fontSize(SIZE.table);
      return Math.max(...texts.map((t, i) => (t === '' ? 0 : doc.heightOfString(t, { width: textWidth(i), lineGap: 1 })))) + 2 * CELL_PAD.y;
    };
    const headerHeight = heightOf(header, FONT.bold);
    const drawHeader = () => {
      const y = doc.y;
      doc.rect(this.left, y, this.width, headerHeight).fill(COLOR.soft);
      header.forEach((h, i) => {
        doc.font(FONT.bold).fontSize(SIZE.table).fillColor(COLOR.muted);
        doc.text(h, (xs[i] ?? 0) + CELL_PAD.x, y + CELL_PAD.y, { width: textWidth(i), align: b.columns[i]?.align ?? 'left', lineGap: 1 });
      });
      doc.moveTo(this.left, y + headerHeight).lineTo(this.left + this.width, y + headerHeight).lineWidth(1).strokeColor(COLOR.line).stroke();
      doc.y = y + headerHeight;
    };
    const rowHeights = b.rows.map((r, k) => heightOf(cells[k] ?? [], r.emphasis === 'total' ? FONT.bold : FONT.regular));

    doc.font(FONT.bold).fontSize(SIZE.small + 0.5);
    const captionHeight = doc.heightOfString(b.caption, { width: this.width }) + 4;
    this.ensure(captionHeight + headerHeight + (rowHeights[0] ?? 0) + 4);
    doc.fillColor(COLOR.ink).text(b.caption, this.left, doc.y, { width: this.width });
    this.gap(3);
    drawHeader();
    const maxRow = this.bottom - MARGIN.top - headerHeight - 4;
    b.rows.forEach((r, k) => {
      const h = Math.min(rowHeights[k] ?? 0, maxRow);
      if (doc.y + h > this.bottom) {
        doc.addPage();
        drawHeader();
      }
      const y = doc.y;
      const font = r.emphasis === 'total' ? FONT.bold : FONT.regular;
      r.cells.forEach((c, i) => {
        const x = (xs[i] ?? 0) + CELL_PAD.x;
        const align = b.columns[i]?.align ?? 'left';
        doc.fontSize(SIZE.table);
        const options = { width: textWidth(i), align, lineGap: 1, height: h - 2 * CELL_PAD.y + 1, ellipsis: true };
        if (align === 'right' || (c.marks.length === 0 && c.citations.length === 0 && c.lead === null)) {
          doc.font(font).fillColor(COLOR.ink).text(cells[k]?.[i] ?? '', x, y + CELL_PAD.y, options);
        } else {
          // Same font for every run, so the wrapping matches the measured height.
          const runs = runsOf(c).map((run) => ({ ...run, font }));
          runs.forEach((run, j) => {
            doc.font(font).fillColor(run.color);
            if (j === 0) doc.text(run.text, x, y + CELL_PAD.y, { ...options, continued: j < runs.length - 1 });
            else doc.text(run.text, { continued: j < runs.length - 1 });
          });
        }
      });
      const tone = TONE_COLOR[r.tone];
      if (tone) doc.rect(this.left, y, 2.5, h).fill(tone);
      const lineY = y + h;
      doc.moveTo(this.left, lineY).lineTo(this.left + this.width, lineY).lineWidth(r.emphasis === 'total' ? 1 : 0.5).strokeColor(r.emphasis === 'total' ? COLOR.ink : COLOR.line).stroke();
      doc.y = lineY;
    });
    doc.fillColor(COLOR.ink);
    this.gap(10);
  }

  async chart(c: Chart): Promise<void> {
    const doc = this.doc;
    const svg = await chartSvg(c, this.report.locale);
    const w0 = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? '400');
    const h0 = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? '200');
    // Vega sizes in CSS pixels; 0.75 pt per pixel is their printed size, shrunk further only to fit the column.
    const scale = Math.min(0.75, this.width / w0);
    const w = w0 * scale;
    const h = h0 * scale;
    doc.font(FONT.regular).fontSize(SIZE.small);
    const descriptionHeight = doc.heightOfString(c.description, { width: this.width });
    this.ensure(h + descriptionHeight + 30);
    doc.font(FONT.bold).fontSize(SIZE.body).fillColor(COLOR.ink).text(c.title, this.left, doc.y, { width: this.width });
    doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted).text(c.description, this.left, doc.y + 1, { width: this.width, lineGap: 1 });
    const y = doc.y + 6;
    SVGtoPDF(doc, svg, this.left, y, {
      width: w,
      height: h,
      preserveAspectRatio: 'xMinYMin meet',
      fontCallback: (_family, bold, italic) => (bold ? FONT.bold : italic ? FONT.italic : FONT.regular),
    });
    doc.fillColor(COLOR.ink);
    doc.y = y + h + 12;
    doc.x = this.left;
  }

  recommendation(r: RecommendationBlock): void {
    const doc = this.doc;
    const l = this.report.labels;
    this.ensure(120);
    this.gap(6);
    const startPage = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
    const startY = doc.y;
    const x = this.left + 10;
    const width = this.width - 10;
    doc.font(FONT.bold).fontSize(SIZE.h3).fillColor(COLOR.accent).text(r.title, x, doc.y, { width });
    this.gap(3);
    this.flow(
      [
        { text: `${l.agendaItem}: `, font: FONT.bold, color: COLOR.muted },
        { text: `${r.agenda.reference}: „${r.agenda.quote}”`, font: FONT.italic, color: COLOR.muted },
        ...(r.agenda.citation === null ? [] : [{ text: ` [${r.agenda.citation}]`, font: FONT.regular, color: COLOR.muted }]),
      ],
      { x, width, size: SIZE.small + 0.5 },
    );
    const label = (text: string) => {
      this.ensure(30);
      this.gap(5);
      doc.font(FONT.bold).fontSize(SIZE.small).fillColor(COLOR.muted).text(text.toUpperCase(), x, doc.y, { width, characterSpacing: 0.3 });
      this.gap(2);
    };
    const list = (items: Run[][]) => {
      items.forEach((runs) => {
        this.ensure(22);
        const y = doc.y;
        doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.muted).text('•', x, y, { width: 12, lineBreak: false });
        doc.y = y;
        this.flow(runs, { x: x + 12, width: width - 12 });
        this.gap(2);
      });
    };
    label(l.trigger);
    list(r.triggers.map((t) => runsOf({ lead: null, text: t.text, marks: [], citations: t.citations })));
    label(l.advice);
    list(r.advice.map((a) => runsOf(a)));
    if (r.effect) {
      label(l.effect);
      this.flow(runsOf(r.effect), { x, width });
    }
    const endPage = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
    if (endPage === startPage) doc.rect(this.left, startY, 3, doc.y - startY + 2).fill(COLOR.accent);
    doc.fillColor(COLOR.ink);
    this.gap(12);
  }

  sources(entries: SourceEntry[]): void {
    const doc = this.doc;
    const l = this.report.labels;
    const indent = 22;
    for (const s of entries) {
      this.ensure(34);
      const y = doc.y;
      doc.font(FONT.bold).fontSize(SIZE.small + 0.5).fillColor(COLOR.muted).text(`${s.number}.`, this.left, y, { width: indent - 4, align: 'right', lineBreak: false });
      doc.y = y;
      const details = [s.section ? `${l.sourceSection}: ${s.section}` : null, s.date ? `${l.sourceDate}: ${s.date}` : null].filter((d): d is string => d !== null);
      this.flow(
        [
          { text: `${s.publisher}, `, font: FONT.regular, color: COLOR.ink },
          { text: s.title, font: FONT.italic, color: COLOR.ink },
          { text: details.length > 0 ? `; ${details.join('; ')}.` : '.', font: FONT.regular, color: COLOR.ink },
          ...(s.assumption ? [{ text: ` [${l.assumption}]`, font: FONT.bold, color: MARK_COLOR.ASSUMPTION }] : []),
        ],
        { x: this.left + indent, width: this.width - indent, size: SIZE.small + 0.5 },
      );
      if (s.url) {
        doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.accent);
        const link = /^https?:\/\//.test(s.url) ? s.url : undefined;
        doc.text(s.url, this.left + indent, doc.y, { width: this.width - indent, ...(link ? { link } : {}) });
      }
      doc.fillColor(COLOR.ink);
      this.gap(4);
    }
  }

  async block(b: Block): Promise<void> {
    switch (b.kind) {
      case 'paragraph':
        return this.paragraph(b.content);
      case 'subheading':
        return this.heading(b.text, 3);
      case 'list':
        return this.bullets(b.items.map((i) => runsOf(i)));
      case 'note':
        return this.note(b.content, b.tone);
      case 'figures':
        return this.figures(b.items);
      case 'table':
        return this.table(b);
      case 'chart':
        return this.chart(b.chart);
      case 'recommendation':
        return this.recommendation(b);
      case 'source-list':
        return this.sources(this.report.sources);
    }
  }

  cover(): void {
    const doc = this.doc;
    const r = this.report;
    doc.font(FONT.bold).fontSize(SIZE.h1).fillColor(COLOR.accent).text(r.title, this.left, MARGIN.top, { width: this.width });
    this.gap(4);
    doc.font(FONT.regular).fontSize(12).fillColor(COLOR.muted).text(r.subtitle, { width: this.width });
    this.gap(10);
    const labelWidth = 150;
    for (const f of r.metadata.facts) {
      const y = doc.y;
      doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.muted);
      const lh = doc.heightOfString(f.label, { width: labelWidth - 8 });
      doc.font(FONT.regular);
      const vh = doc.heightOfString(f.value, { width: this.width - labelWidth });
      this.ensure(Math.max(lh, vh));
      const y2 = doc.y === y ? y : doc.y;
      doc.fillColor(COLOR.muted).text(f.label, this.left, y2, { width: labelWidth - 8 });
      doc.fillColor(COLOR.ink).text(f.value, this.left + labelWidth, y2, { width: this.width - labelWidth });
      doc.y = y2 + Math.max(lh, vh) + 3;
    }
    const y = doc.y + 4;
    doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(2).strokeColor(COLOR.accent).stroke();
    doc.y = y + 6;
    doc.fillColor(COLOR.ink);
  }

  footers(): void {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      doc.switchToPage(i);
      // Writing inside the bottom margin would start a new page; lift the margin while the footer is drawn.
      const margin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const y = doc.page.height - MARGIN.bottom + 24;
      doc.moveTo(this.left, y - 6).lineTo(this.left + this.width, y - 6).lineWidth(0.5).strokeColor(COLOR.line).stroke();
      doc.font(FONT.regular).fontSize(SIZE.small - 0.5).fillColor(COLOR.muted);
      doc.text(`${this.report.title}: ${this.report.metadata.collaboration.name}`, this.left, y, { width: this.width * 0.72, lineBreak: false, ellipsis: true, height: 10 });
      const page = this.report.labels.pageOf.replace('{page}', String(i + 1)).replace('{pages}', String(range.count));
      doc.text(page, this.left, y, { width: this.width, align: 'right', lineBreak: false });
      doc.page.margins.bottom = margin;
    }
  }
}

export async function renderPdf(report: ReportDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const w = new Writer(report, chunks);
  const done = new Promise<void>((resolve, reject) => {
    w.doc.on('end', () => resolve());
    w.doc.on('error', reject);
  });
  w.cover();
  for (const s of report.sections) {
    w.heading(s.heading, 1);
    w.doc.outline.addItem(s.heading);
    for (const b of s.blocks) await w.block(b);
  }
  w.footers();
  w.doc.end();
  await done;
  return Buffer.concat(chunks);
}
