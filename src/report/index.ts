// The harmonisation report: the use case (analyse a collaboration, and a scenario's variant beside it, build the
// document in document/, render it in render/).
import { analysisScope, compareInputs, type Session } from '../app/session.js';
import { NotFoundError } from '../domain/errors.js';
import { overlap } from '../domain/overlap.js';
import { analyseSide } from '../domain/scenarios.js';
import type { AnalysisInput } from '../domain/scope.js';
import type { Scenario } from '../store/port.js';
import { buildReport } from './document/index.js';
import { renderReport, type RenderedReport, type ReportFormat } from './render/render.js';

export { REPORT_FORMATS, type RenderedReport, type ReportFormat } from './render/render.js';

export interface ReportRequest {
  /** What to analyse; ignored when a scenario is given (its baseline is analysed, its variant compared). */
  input: AnalysisInput | null;
  scenario: Scenario | null;
  format: ReportFormat;
  language: 'NL' | 'EN';
  generatedAt: Date;
}

export async function harmonisationReport(session: Session, request: ReportRequest): Promise<RenderedReport> {
  const input = request.scenario?.baseline ?? request.input;
  if (!input) throw new NotFoundError('analysis input', '(none)', 'input');
  const field = request.scenario ? 'scenario.baseline' : 'input';
  const { index, scope } = await analysisScope(session, input, field);
  // For a scenario the comparison already analyses the baseline: its side is the report's analysis.
  const comparison = request.scenario
    ? await compareInputs(session, request.scenario.baseline, request.scenario.variant, ['scenario.baseline', 'scenario.variant'])
    : null;
  const base = comparison?.baseline ?? (await analyseSide(index, input, scope, session.lpSolver));
  const doc = buildReport({
    index,
    scope,
    eligibility: base.eligibility,
    connectionPlan: base.connectionPlan,
    overlap: overlap(index, scope.facilities, scope.asOf),
    audit: base.audit,
    comparison,
    scenarioName: request.scenario?.name ?? null,
    language: request.language,
    generatedAt: request.generatedAt.toISOString(),
  });
  return renderReport(doc, request.format);
}
