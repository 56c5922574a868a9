// The harmonisation report's content: build the format-neutral document from the analysis results.
export { buildReport, type ReportInput } from './content.js';
export type * from './document.js';
