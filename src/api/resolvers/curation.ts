// Resolvers of curation: validate, plan in the domain, let the store apply the plan atomically.
import { randomUUID } from 'node:crypto';
import { JSONObjectResolver } from 'graphql-scalars';
import { planCuration, type CurationAuthor } from '../../domain/curation.js';
import { isIsoDate, today } from '../../domain/dates.js';
import { BadInputError } from '../../domain/errors.js';
import { versionUid } from '../../domain/model.js';
import { checkPageSize, DEFAULT_PAGE_SIZE } from '../../store/paging.js';
import type { RequestContext } from '../context.js';
import { connectionResolvers } from './connection.js';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/resolvers-types.js';

export function author(ctx: RequestContext): CurationAuthor {
  const p = ctx.access?.principal;
  return p ? { keyId: p.keyId, name: p.keyName, organisation: ctx.access?.actingFor ?? p.organisation } : { keyId: null, name: 'anonymous (authentication disabled)', organisation: ctx.access?.actingFor ?? null };
}

export const curationMutations: Pick<MutationResolvers, 'curate'> = {
  async curate(_p, { input }, ctx) {
    const effectiveFrom = input.effectiveFrom ?? today();
    if (!isIsoDate(effectiveFrom)) throw new BadInputError('input.effectiveFrom', 'must be a date YYYY-MM-DD');
    const request = { kind: input.kind, fact: input.fact, reason: input.reason, effectiveFrom, expectedVersion: input.expectedVersion ?? null };
    const who = author(ctx);
    return ctx.store.curate((graph) => planCuration(graph, request, new Date(), who, randomUUID()));
  },
};

export const curationQueries: Pick<QueryResolvers, 'curations'> = {
  async curations(_p, args, ctx) {
    return ctx.store.curations({ kind: args.kind ?? null, factId: args.id ?? null, first: checkPageSize(args.first ?? DEFAULT_PAGE_SIZE), after: args.after ?? null });
  },
};

const asJson = (v: unknown): Record<string, unknown> => v as Record<string, unknown>;

export const curationTypeResolvers: Resolvers = {
  JSONObject: JSONObjectResolver,
  Curation: {
    closedVersion: (r) => r.closed?.version ?? null,
    closedOn: (r) => r.closed?.validTo ?? null,
    before: (r) => (r.before ? asJson(r.before) : null),
    after: (r) => asJson(r.after),
  },
  CurationConnection: connectionResolvers(),
  ConnectionRequirement: { version: (r) => versionUid(r) },
  AuditRequirement: { version: (r) => versionUid(r) },
  NormMapping: { version: (r) => versionUid(r) },
  EvidenceCost: { version: (c) => versionUid({ id: c.evidence, validFrom: c.validFrom }) },
};
