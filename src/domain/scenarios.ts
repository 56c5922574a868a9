// What-if comparison: analyse baseline and variant, list every difference, and find which input change causes it.
import { type Basis, unionBasis } from './basis.js';
import type { CatalogueIndex } from './catalogue.js';
import type { Difference, InputChange, InputDimension, ScenarioComparison, ScenarioSide, ScenarioTotals } from './comparison-types.js';
import { connectionPlan } from './connection-plan.js';
import { eligibility } from './eligibility.js';
import type { LpSolver } from './audit/solve.js';
import { minimalJointAudit } from './joint-audit.js';
import { both, type LocalizedText } from './model.js';
import type { AnalysisInput, AnalysisScope } from './scope.js';

export type { ScenarioComparison } from './comparison-types.js';

export function sideTotals(s: ScenarioSide): ScenarioTotals {
  return { ...s.connectionPlan.totals, engagements: s.audit.engagements.length, baselineCost: s.audit.baselineCost, totalCost: s.audit.totalCost, savings: s.audit.savings };
}

function subtractTotals(a: ScenarioTotals, b: ScenarioTotals): ScenarioTotals {
  const keys = Object.keys(a) as Array<keyof ScenarioTotals>;
  const out = { ...a };
  for (const k of keys) out[k] = a[k] - b[k];
  return out;
}

/** Runs every analysis of one side. */
export async function analyseSide(index: CatalogueIndex, input: AnalysisInput, scope: AnalysisScope, lpSolver: LpSolver): Promise<ScenarioSide> {
  const plan = connectionPlan(index, scope);
  return {
    input,
    eligibility: scope.facilities.map((f) => eligibility(index, scope.legalForm.code, f.code, scope.asOf)),
    connectionPlan: plan,
    audit: await minimalJointAudit(index, plan, lpSolver),
  };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

function policyKey(scope: AnalysisScope): string {
  const p = scope.policy;
  return JSON.stringify({
    mode: p.connectionMode,
    bundling: p.crossFacilityBundling,
    overrides: [...p.auditRequirements].sort((a, b) => (a.id < b.id ? -1 : 1)),
    cost: p.costModel,
    weights: [...p.normWeights].sort(),
  });
}

/** The input dimensions in which two scopes differ, with a line each on what changed. */
export function inputChanges(a: AnalysisScope, b: AnalysisScope): InputChange[] {
  const changes: InputChange[] = [];
  const change = (nl: string, en: string, detail: string) => ({ nl: `${nl} ${detail}`, en: `${en} ${detail}` });
  if (a.legalForm.code !== b.legalForm.code) changes.push({ dimension: 'LEGAL_FORM', description: change('rechtsvorm', 'legal form', `${a.legalForm.code} → ${b.legalForm.code}`) });
  const am = a.members.map((m) => m.id);
  const bm = b.members.map((m) => m.id);
  if (!sameList(am, bm)) {
    const added = bm.filter((m) => !am.includes(m));
    const removed = am.filter((m) => !bm.includes(m));
    const list = (l: 'nl' | 'en') =>
      `${am.length} → ${bm.length}${added.length ? `, ${l === 'nl' ? 'toegevoegd' : 'added'} ${added.join(', ')}` : ''}${removed.length ? `, ${l === 'nl' ? 'verwijderd' : 'removed'} ${removed.join(', ')}` : ''}`;
    changes.push({ dimension: 'MEMBERS', description: { nl: `deelnemers ${list('nl')}`, en: `members ${list('en')}` } });
  }
  const af = a.facilities.map((f) => f.code);
  const bf = b.facilities.map((f) => f.code);
  if (!sameList(af, bf)) changes.push({ dimension: 'FACILITIES', description: change('voorzieningen', 'facilities', `${af.join(', ') || '–'} → ${bf.join(', ') || '–'}`) });
  if (policyKey(a) !== policyKey(b)) changes.push({ dimension: 'POLICY', description: describePolicyChange(a, b) });
  if (a.asOf !== b.asOf) changes.push({ dimension: 'DATE', description: change('peildatum', 'date', `${a.asOf} → ${b.asOf}`) });
  return changes;
}

function describePolicyChange(a: AnalysisScope, b: AnalysisScope): LocalizedText {
  const parts: LocalizedText[] = [];
  if (a.policy.connectionMode !== b.policy.connectionMode) {
    const detail = `${a.policy.connectionMode} → ${b.policy.connectionMode}`;
    parts.push({ nl: `aansluitwijze ${detail}`, en: `connection mode ${detail}` });
  }
  if (a.policy.crossFacilityBundling !== b.policy.crossFacilityBundling) {
    const detail = `${a.policy.crossFacilityBundling} → ${b.policy.crossFacilityBundling}`;
    parts.push({ nl: `bundeling over voorzieningen heen ${detail}`, en: `cross-facility bundling ${detail}` });
  }
  for (const o of b.policy.auditRequirements) {
    // Field names and values are the API's own (jointAllowed true): the same in both languages.
    const fields = (['evidence', 'cycleMonths', 'scope', 'jointAllowed'] as const).filter((k) => o[k] != null).map((k) => `${k} ${String(o[k])}`);
    if (fields.length) parts.push(both(`${o.id}: ${fields.join(', ')}`));
  }
  if (JSON.stringify(a.policy.costModel) !== JSON.stringify(b.policy.costModel)) parts.push({ nl: 'kostenmodel gewijzigd', en: 'cost model changed' });
  if (JSON.stringify([...a.policy.normWeights]) !== JSON.stringify([...b.policy.normWeights])) parts.push({ nl: 'normgewichten gewijzigd', en: 'norm weights changed' });
  return {
    nl: `beleid: ${parts.map((p) => p.nl).join('; ') || 'gewijzigd'}`,
    en: `policy: ${parts.map((p) => p.en).join('; ') || 'changed'}`,
  };
}

/** The baseline scope with one dimension taken from the variant. */
function withDimension(base: AnalysisScope, variant: AnalysisScope, d: InputDimension): AnalysisScope {
  switch (d) {
    case 'LEGAL_FORM':
      return { ...base, legalForm: variant.legalForm };
    case 'MEMBERS':
      return { ...base, members: variant.members, collaboration: variant.collaboration, adHoc: variant.adHoc };
    case 'FACILITIES':
      return { ...base, facilities: variant.facilities };
    case 'POLICY':
      return { ...base, policy: variant.policy };
    case 'DATE':
      return { ...base, asOf: variant.asOf };
  }
}

type Values = Map<string, { aspect: string; facility: string | null; value: string; numeric: number | null }>;

/** Everything a comparison looks at, as (aspect, facility) → value. */
function valuesOf(side: ScenarioSide): Values {
  const values: Values = new Map();
  const put = (aspect: string, facility: string | null, value: string | number) =>
    values.set(`${aspect}\u0000${facility ?? ''}`, { aspect, facility, value: String(value), numeric: typeof value === 'number' ? value : null });
  for (const e of side.eligibility) put('eligibility', e.facility, e.status);
  for (const f of side.connectionPlan.facilities) {
    put('connection mode', f.facility.code, f.mode);
    put('OIN', f.facility.code, f.oinKind);
    put('holders', f.facility.code, f.holders.length);
    put('certificates', f.facility.code, f.counts.certificates);
  }
  const t = side.connectionPlan.totals;
  put('connections', null, t.connections);
  put('OINs', null, t.oins);
  put('certificates', null, t.certificates);
  put('network connections', null, t.networkConnections);
  put('agreements', null, t.agreements);
  put('registrations', null, t.registrations);
  put('accounts', null, t.accounts);
  put('engagements', null, side.audit.engagements.length);
  put('baseline audit cost', null, side.audit.baselineCost);
  put('optimal audit cost', null, side.audit.totalCost);
  put('savings', null, side.audit.savings);
  return values;
}

function diff(a: Values, b: Values): Map<string, Difference> {
  const out = new Map<string, Difference>();
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (x?.value === y?.value) continue;
    const aspect = (x ?? y)!.aspect;
    out.set(key, {
      aspect,
      facility: (x ?? y)!.facility,
      baseline: x?.value ?? '–',
      variant: y?.value ?? '–',
      delta: x?.numeric != null && y?.numeric != null ? y.numeric - x.numeric : null,
      causes: [],
    });
  }
  return out;
}

/**
 * Compares two analyses. Each difference names the input changes that, applied alone to the baseline, already
 * produce a difference in the same aspect; a difference no single change produces has no causes of its own
 * (only the combination does), which the comparison says rather than guess.
 */
export async function compareScenarios(
  index: CatalogueIndex,
  baseline: { input: AnalysisInput; scope: AnalysisScope },
  variant: { input: AnalysisInput; scope: AnalysisScope },
  lpSolver: LpSolver,
): Promise<ScenarioComparison> {
  const [b, v] = await Promise.all([analyseSide(index, baseline.input, baseline.scope, lpSolver), analyseSide(index, variant.input, variant.scope, lpSolver)]);
  const changes = inputChanges(baseline.scope, variant.scope);
  const base = valuesOf(b);
  const differences = diff(base, valuesOf(v));
  // Each side's audit plan rests on its connection plan, which rests on its eligibilities: the audit's basis holds them all.
  const analysed: Array<{ basis: Basis }> = [b.audit, v.audit];
  if (changes.length > 1) {
    for (const change of changes) {
      const alone = await analyseSide(index, baseline.input, withDimension(baseline.scope, variant.scope, change.dimension), lpSolver);
      analysed.push(alone.audit);
      const caused = diff(base, valuesOf(alone));
      for (const [key, d] of differences) if (caused.has(key)) d.causes.push(change.dimension);
    }
  } else if (changes.length === 1) {
    for (const d of differences.values()) d.causes.push(changes[0]!.dimension);
  }
  const list = [...differences.values()];
  const facilities = [...new Set([...baseline.scope.facilities, ...variant.scope.facilities].map((f) => f.code))].sort();
  const causesOf = (aspect: string, facility: string) => list.find((d) => d.aspect === aspect && d.facility === facility)?.causes ?? [];
  return {
    baseline: b,
    variant: v,
    inputChanges: changes,
    eligibilityChanges: facilities
      .map((f) => ({
        facility: f,
        baseline: b.eligibility.find((e) => e.facility === f)?.status ?? null,
        variant: v.eligibility.find((e) => e.facility === f)?.status ?? null,
        causes: causesOf('eligibility', f),
      }))
      .filter((c) => c.baseline !== c.variant),
    connectionChanges: facilities
      .map((f) => ({
        facility: f,
        baseline: b.connectionPlan.facilities.find((x) => x.facility.code === f)?.mode ?? null,
        variant: v.connectionPlan.facilities.find((x) => x.facility.code === f)?.mode ?? null,
        causes: causesOf('connection mode', f),
      }))
      .filter((c) => c.baseline !== c.variant),
    totals: { baseline: sideTotals(b), variant: sideTotals(v), delta: subtractTotals(sideTotals(v), sideTotals(b)) },
    differences: list,
    basis: unionBasis(index, analysed),
  };
}
