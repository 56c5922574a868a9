// Renders a report document to a file in one of the formats the API offers: Markdown, HTML, PDF or JSON.
import type { ReportDocument } from '../document/document.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderPdf } from './pdf.js';

export const REPORT_FORMATS = ['MARKDOWN', 'HTML', 'PDF', 'JSON'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderedReport {
  mediaType: string;
  filename: string;
  content: Buffer;
}

const FILES: Record<ReportFormat, { mediaType: string; extension: string }> = {
  MARKDOWN: { mediaType: 'text/markdown; charset=utf-8', extension: 'md' },
  HTML: { mediaType: 'text/html; charset=utf-8', extension: 'html' },
  PDF: { mediaType: 'application/pdf', extension: 'pdf' },
  JSON: { mediaType: 'application/json; charset=utf-8', extension: 'json' },
};

/** JSON with object keys in sorted order at every level, so equal documents serialise to equal strings. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }, 2);
}

export async function renderReport(doc: ReportDocument, format: ReportFormat): Promise<RenderedReport> {
  const { mediaType, extension } = FILES[format];
  const filename = `${doc.metadata.fileStem}.${extension}`;
  switch (format) {
    case 'MARKDOWN':
      return { mediaType, filename, content: Buffer.from(renderMarkdown(doc), 'utf8') };
    case 'HTML':
      return { mediaType, filename, content: Buffer.from(await renderHtml(doc), 'utf8') };
    case 'PDF':
      return { mediaType, filename, content: await renderPdf(doc) };
    case 'JSON':
      return { mediaType, filename, content: Buffer.from(`${stableJson(doc)}\n`, 'utf8') };
  }
}
