// Renderers of the harmonisation report: Markdown, HTML, PDF and JSON files from the document model.
export { renderReport, REPORT_FORMATS, stableJson, type RenderedReport, type ReportFormat } from './render.js';
