// Resolvers of the analyses: validate and resolve the input, call the domain, hand its results down.
import { connectionPlan } from '../../domain/connection-plan.js';
import { isIsoDate, today } from '../../domain/dates.js';
import { eligibility } from '../../domain/eligibility.js';
import { BadInputError, NotFoundError } from '../../domain/errors.js';
import { minimalJointAudit, planSeparationTexts } from '../../domain/joint-audit.js';
import type { AuditRequirement, IsoDate, Norm } from '../../domain/model.js';
import { overlap } from '../../domain/overlap.js';
import { analysisScope } from '../../app/session.js';
import type { QueryResolvers, Resolvers } from '../generated/resolvers-types.js';
import type { AuditPlanView, AuditRequirementView, NormView } from '../views.js';

function date(asOf: IsoDate | null | undefined): IsoDate {
  const d = asOf ?? today();
  if (!isIsoDate(d)) throw new BadInputError('asOf', 'must be a date YYYY-MM-DD');
  return d;
}

export const analysisQueries: Pick<QueryResolvers, 'eligibility' | 'overlap' | 'connectionPlan' | 'minimalJointAudit'> = {
  async eligibility(_p, args, ctx) {
    const index = await ctx.catalogue();
    if (!index.hasLegalForm(args.legalForm)) throw new NotFoundError('legal form', args.legalForm, 'legalForm');
    if (!index.facility(args.facility)) throw new NotFoundError('facility', args.facility, 'facility');
    return eligibility(index, args.legalForm, args.facility, date(args.asOf));
  },
  async overlap(_p, args, ctx) {
    const index = await ctx.catalogue();
    if (args.facilities.length === 0) throw new BadInputError('facilities', 'must name at least one facility');
    if (new Set(args.facilities).size !== args.facilities.length) throw new BadInputError('facilities', 'names a facility twice');
    const facilities = args.facilities.map((code, i) => {
      const f = index.facility(code);
      if (!f) throw new NotFoundError('facility', code, `facilities[${i}]`);
      return f;
    });
    return overlap(index, facilities, date(args.asOf));
  },
  async connectionPlan(_p, { input }, ctx) {
    const { index, scope } = await analysisScope(ctx, input);
    return connectionPlan(index, scope);
  },
  async minimalJointAudit(_p, { input }, ctx) {
    const { index, scope } = await analysisScope(ctx, input);
    const plan = connectionPlan(index, scope);
    // Assigned, not spread: a spread would build the plan's basis even when the query does not ask for it.
    return Object.assign(await minimalJointAudit(index, plan, ctx.lpSolver), { connectionPlan: plan });
  },
};

/**
 * One view object per norm and per requirement of a plan, shared by every engagement and obligation that shows it:
 * a plan for 200 members lists the same few dozen norms thousands of times.
 */
type ViewCache<V> = WeakMap<AuditPlanView, Map<string, V>>;
function cachedView<V>(cache: ViewCache<V>, plan: AuditPlanView, id: string, make: () => V): V {
  let views = cache.get(plan);
  if (!views) cache.set(plan, (views = new Map()));
  let view = views.get(id);
  if (view === undefined) views.set(id, (view = make()));
  return view;
}
const normViews: ViewCache<NormView> = new WeakMap();
const requirementViews: ViewCache<AuditRequirementView> = new WeakMap();
const normView = (plan: AuditPlanView, norm: Norm): NormView =>
  cachedView(normViews, plan, norm.id, () => ({ ...norm, weights: plan.normWeights }));
const requirementView = (plan: AuditPlanView, requirement: AuditRequirement): AuditRequirementView =>
  cachedView(requirementViews, plan, requirement.id, () => ({ ...requirement, weights: plan.normWeights }));

export const analysisTypeResolvers: Resolvers = {
  Eligibility: {
    async legalForm(e, _a, ctx) {
      return (await ctx.catalogue()).legalFormNearest(e.legalForm, e.asOf)!;
    },
    async facility(e, _a, ctx, info) {
      return ctx.dates.readAt(info, e.asOf, (await ctx.catalogue()).facility(e.facility)!);
    },
  },
  EligibilityReason: {
    source: (r) => r.sources[0] ?? null,
  },
  Overlap: {
    facilities: (o, _a, ctx, info) => ctx.dates.readAt(info, o.asOf, o.facilities),
    sharedRequirements: (o, _a, ctx, info) => ctx.dates.readAt(info, o.asOf, o.sharedRequirements),
    frameworks: (o, _a, ctx, info) => ctx.dates.readAt(info, o.asOf, o.frameworks),
    normOverlap: (o, _a, ctx, info) => ctx.dates.readAt(info, o.asOf, o.normOverlap),
    testOnce: (o, _a, ctx, info) => ctx.dates.readAt(info, o.asOf, o.testOnce),
  },
  SharedRequirement: {
    async facilities(s, _a, ctx) {
      const index = await ctx.catalogue();
      return s.facilities.map((code) => index.facility(code)!);
    },
  },
  // A pair's norms are read with no date: their mappings are those of every version, unlike the overlap's other norms.
  NormPair: {
    a: (p, _a, ctx, info) => ctx.dates.readAt(info, null, p.a),
    b: (p, _a, ctx, info) => ctx.dates.readAt(info, null, p.b),
  },
  ConnectionPlan: {
    collaboration: (p) => p.scope.collaboration,
    legalForm: (p) => p.scope.legalForm,
    members: (p) => p.scope.members,
    asOf: (p) => p.scope.asOf,
    totals: (p) => p.totals,
    statusQuo: (p) => p.statusQuoTotals,
    facilities: (p) => p.facilities,
  },
  FacilityConnection: {
    facility: (f, _a, ctx, info) => ctx.dates.readAt(info, f.jointEligibility.asOf, f.facility),
    oins: (f) => (f.oinKind === 'NONE' ? 0 : f.holders.length),
    certificates: (f) => f.counts.certificates,
    eligibility: (f) => f.jointEligibility,
    requirements: (f, _a, ctx, info) => ctx.dates.readAt(info, f.jointEligibility.asOf, f.requirements),
  },
  AuditPlan: {
    collaboration: (p) => p.scope.collaboration,
    asOf: (p) => p.scope.asOf,
    engagements: (p, _a, ctx, info) => ctx.dates.readAt(info, p.scope.asOf, p.engagements.map((e) => ({ ...e, plan: p }))),
    obligations: (p, _a, ctx, info) => ctx.dates.readAt(info, p.scope.asOf, p.obligations.map((o) => ({ ...o, plan: p }))),
    separations: (p, _a, ctx) => planSeparationTexts(p, ctx.language).map((text) => ({ text })),
    solver: (p) => ({ status: p.solver.status, millis: p.solver.millis, method: p.solver.method }),
  },
  Engagement: {
    requirements: (e) => e.requirements.map((r) => requirementView(e.plan, r)),
    testedNorms: (e) => e.testedNorms.map((n) => normView(e.plan, n)),
  },
  Obligation: {
    requirement: (o) => requirementView(o.plan, o.requirement),
  },
};
