// Real analysis results from the seed, assembled into report inputs, with real what-if comparisons.
import { CatalogueIndex } from '../../../src/domain/catalogue.js';
import type { ScenarioComparison, ScenarioSide } from '../../../src/domain/comparison-types.js';
import type { SeedGraph } from '../../../src/domain/model.js';
import { overlap } from '../../../src/domain/overlap.js';
import type { ReportInput } from '../../../src/report/document/content.js';
import type { ReportLanguage } from '../../../src/report/document/document.js';
import { analyseSide, compareScenarios } from '../../../src/domain/scenarios.js';
import { resolveScope, type AnalysisInput, type AnalysisScope } from '../../../src/domain/scope.js';
import { loadSeed } from '../../../src/seed/load.js';
import { highsSolver } from '../../../src/solver/highs.js';

export const TODAY = '2026-11-28';
export const GENERATED_AT = '2026-11-28T09:30:00.000Z';

export interface World {
  graph: SeedGraph;
  index: CatalogueIndex;
}

let cached: Promise<World> | null = null;
export function world(): Promise<World> {
  cached ??= loadSeed().then(({ graph }) => ({ graph, index: new CatalogueIndex(graph) }));
  return cached;
}

/** A world over a changed copy of the graph (e.g. hostile names), with its own index. */
export function worldOf(graph: SeedGraph): World {
  return { graph, index: new CatalogueIndex(graph) };
}

/** The real seed collaboration: Dienst SZW Noardwest Fryslân, openbaar lichaam, 8 members. */
export const SZW: AnalysisInput = { collaboration: 'szw-noardwest-fryslan', asOf: TODAY };

/** A light arrangement of six explicit members on DigiD, BRP-V and the GGK. */
export function lightArrangement(w: World, policy: AnalysisInput['policy'] = null): AnalysisInput {
  return {
    members: w.graph.municipalities.slice(0, 6).map((m) => m.id),
    legalForm: 'REGELING_ZONDER_MEER',
    facilities: ['DIGID', 'BRP_V', 'GGK'],
    asOf: TODAY,
    policy,
  };
}

export const JOINT_DIGID: NonNullable<AnalysisInput['policy']> = { auditRequirements: [{ id: 'digid-assessment', jointAllowed: true }] };

export function scopeOf(w: World, input: AnalysisInput): AnalysisScope {
  return resolveScope(w.index, input, {
    collaboration: w.graph.collaborations.find((c) => c.id === input.collaboration) ?? null,
    municipalities: w.graph.municipalities,
  });
}

export function side(w: World, input: AnalysisInput): Promise<ScenarioSide> {
  return analyseSide(w.index, input, scopeOf(w, input), highsSolver);
}

export async function reportInput(
  w: World,
  input: AnalysisInput,
  options: { language?: ReportLanguage; comparison?: ScenarioComparison | null; scenarioName?: string | null; generatedAt?: string } = {},
): Promise<ReportInput> {
  const s = await side(w, input);
  const scope = s.connectionPlan.scope;
  return {
    index: w.index,
    scope,
    eligibility: s.eligibility,
    connectionPlan: s.connectionPlan,
    overlap: overlap(w.index, scope.facilities, scope.asOf),
    audit: s.audit,
    comparison: options.comparison ?? null,
    scenarioName: options.scenarioName ?? null,
    language: options.language ?? 'NL',
    generatedAt: options.generatedAt ?? GENERATED_AT,
  };
}

/** The real what-if comparison of two analysis inputs. */
export async function comparison(w: World, baseline: AnalysisInput, variant: AnalysisInput): Promise<ScenarioComparison> {
  return compareScenarios(w.index, { input: baseline, scope: scopeOf(w, baseline) }, { input: variant, scope: scopeOf(w, variant) }, highsSolver);
}
