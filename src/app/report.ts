// The report use case: analyse a collaboration (and a scenario's variant beside it), build the document, render it.
import { connectionPlan } from '../domain/connection-plan.js';
import { eligibility } from '../domain/eligibility.js';
import { NotFoundError } from '../domain/errors.js';
import { minimalJointAudit } from '../domain/joint-audit.js';
import { overlap } from '../domain/overlap.js';
import { buildReport } from '../domain/report/index.js';
import type { AnalysisInput } from '../domain/scope.js';
import { renderReport, type RenderedReport, type ReportFormat } from '../report/index.js';
import type { Scenario } from '../store/port.js';
import { analysisScope, compareInputs, type Session } from './session.js';

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
  const plan = connectionPlan(index, scope);
  const [audit, comparison] = await Promise.all([
    minimalJointAudit(index, plan),
    request.scenario ? compareInputs(session, request.scenario.baseline, request.scenario.variant, ['scenario.baseline', 'scenario.variant']) : Promise.resolve(null),
  ]);
  const doc = buildReport({
    index,
    scope,
    eligibility: scope.facilities.map((f) => eligibility(index, scope.legalForm.code, f.code, scope.asOf)),
    connectionPlan: plan,
    overlap: overlap(index, scope.facilities, scope.asOf),
    audit,
    comparison,
    scenarioName: request.scenario?.name ?? null,
    language: request.language,
    generatedAt: request.generatedAt.toISOString(),
  });
  return renderReport(doc, request.format);
}
