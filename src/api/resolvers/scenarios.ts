// Resolvers of scenarios, comparisons and the national impact: validate, call the domain, map.
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { isIsoDate, today } from '../../domain/dates.js';
import { BadInputError, NotFoundError } from '../../domain/errors.js';
import { nationalImpact } from '../../domain/national-impact.js';
import { sideTotals } from '../../domain/scenarios.js';
import { checkPageSize, DEFAULT_PAGE_SIZE } from '../../store/paging.js';
import type { Scenario } from '../../store/port.js';
import type { RequestContext } from '../context.js';
import { connectionResolvers } from './connection.js';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/resolvers-types.js';
import { harmonisationReport } from '../../report/index.js';
import { allCollaborations, analysisScope, compareInputs } from '../../app/session.js';

const NAME_MAX = 200;
const OWNER = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/** The organisation whose scenarios a request may see; null when authentication is disabled. */
function tenant(ctx: RequestContext): string | null {
  return ctx.access?.enforced ? ctx.access.actingFor : null;
}

/** A scenario another organisation owns is, to this request, one that does not exist. */
async function visibleScenario(ctx: RequestContext, id: string, field: string): Promise<Scenario> {
  const s = await ctx.store.scenario(id);
  const t = tenant(ctx);
  if (!s || (t !== null && s.owner !== t)) throw new NotFoundError('scenario', id, field);
  return s;
}

const TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
function time(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  if (!TIME.test(value) || Number.isNaN(Date.parse(value))) throw new BadInputError(field, 'must be an ISO 8601 date or timestamp');
  return new Date(value).toISOString();
}

export const scenarioQueries: Pick<QueryResolvers, 'compareScenarios' | 'nationalImpact' | 'scenario' | 'scenarios' | 'accessLog' | 'harmonisationReport'> = {
  async harmonisationReport(_p, args, ctx) {
    if ((args.input == null) === (args.scenario == null)) throw new BadInputError('input', 'give either an analysis input or a scenario id');
    const scenario = args.scenario != null ? await visibleScenario(ctx, args.scenario, 'scenario') : null;
    const report = await harmonisationReport(ctx, { input: args.input ?? null, scenario, format: args.format ?? 'MARKDOWN', language: args.language ?? 'NL', generatedAt: new Date() });
    return { mediaType: report.mediaType, filename: report.filename, content: report.content.toString(args.format === 'PDF' ? 'base64' : 'utf8') };
  },
  async accessLog(_p, args, ctx) {
    return ctx.store.accessLog({
      organisation: args.organisation ?? null,
      from: time(args.from, 'from'),
      to: time(args.to, 'to'),
      first: checkPageSize(args.first ?? DEFAULT_PAGE_SIZE),
      after: args.after ?? null,
    });
  },
  async compareScenarios(_p, args, ctx) {
    return compareInputs(ctx, args.baseline, args.scenario, ['baseline', 'scenario']);
  },
  async nationalImpact(_p, args, ctx) {
    const asOf = args.asOf ?? today();
    if (!isIsoDate(asOf)) throw new BadInputError('asOf', 'must be a date YYYY-MM-DD');
    const [index, collaborations] = await Promise.all([ctx.catalogue(), allCollaborations(ctx.store)]);
    return nationalImpact(index, collaborations, { asOf, policy: args.policy ?? null, unknownLegalForm: args.unknownLegalForm ?? null, defaultFacilities: args.defaultFacilities ?? null, lpSolver: ctx.lpSolver });
  },
  async scenario(_p, { id }, ctx) {
    return visibleScenario(ctx, id, 'id');
  },
  async scenarios(_p, args, ctx) {
    return ctx.store.scenarios({ owner: tenant(ctx) ?? args.owner ?? null, first: checkPageSize(args.first ?? DEFAULT_PAGE_SIZE), after: args.after ?? null });
  },
};

export const scenarioMutations: MutationResolvers = {
  async saveScenario(_p, { input }, ctx) {
    const name = input.name.trim();
    if (name.length === 0 || input.name.length > NAME_MAX) throw new BadInputError('input.name', `must be 1 to ${NAME_MAX} characters, not blank`);
    if (!OWNER.test(input.owner)) throw new BadInputError('input.owner', 'must be an organisation id (letters, digits, . _ : -; at most 100)');
    const t = tenant(ctx);
    if (t !== null && input.owner !== t) {
      throw new GraphQLError(`a scenario belongs to the organisation the request acts for (${t}), not ${input.owner}`, { extensions: { code: 'FORBIDDEN', field: 'input.owner' } });
    }
    // Both inputs must be analysable now: a scenario that cannot be compared is refused before anything is written.
    await Promise.all([analysisScope(ctx, input.baseline, 'input.baseline'), analysisScope(ctx, input.variant, 'input.variant')]);
    const now = new Date().toISOString();
    let createdAt = now;
    if (input.id != null) createdAt = (await visibleScenario(ctx, input.id, 'input.id')).createdAt;
    const scenario: Scenario = { id: input.id ?? randomUUID(), name: input.name, owner: input.owner, baseline: input.baseline, variant: input.variant, createdAt, updatedAt: now };
    await ctx.store.saveScenario(scenario);
    return scenario;
  },
  async deleteScenario(_p, { id }, ctx) {
    await visibleScenario(ctx, id, 'id');
    if (!(await ctx.store.deleteScenario(id))) throw new NotFoundError('scenario', id, 'id');
    return true;
  },
};

export const scenarioTypeResolvers: Resolvers = {
  Scenario: {
    async comparison(s, _a, ctx) {
      return compareInputs(ctx, s.baseline, s.variant, ['baseline', 'variant']);
    },
  },
  AccessLogConnection: connectionResolvers(),
  ScenarioConnection: connectionResolvers(),
  ScenarioComparison: {
    baseline: (c) => c.baseline,
    variant: (c) => c.variant,
    delta: (c) => c.totals.delta,
    // The facility of a change is read at the variant's date.
    async eligibilityChanges(c, _a, ctx, info) {
      const index = await ctx.catalogue();
      return ctx.dates.readAt(info, c.variant.connectionPlan.scope.asOf, c.eligibilityChanges.map((e) => ({ ...e, facility: index.facility(e.facility)! })));
    },
    async connectionChanges(c, _a, ctx, info) {
      const index = await ctx.catalogue();
      return ctx.dates.readAt(info, c.variant.connectionPlan.scope.asOf, c.connectionChanges.map((e) => ({ ...e, facility: index.facility(e.facility)! })));
    },
  },
  ScenarioResult: {
    totals: (s) => sideTotals(s),
    audit: (s) => Object.assign(s.audit, { connectionPlan: s.connectionPlan }),
  },
  Difference: {
    async facility(d, _a, ctx, info) {
      if (!d.facility) return null;
      return ctx.dates.readAt(info, today(), (await ctx.catalogue()).facility(d.facility)!);
    },
  },
};
