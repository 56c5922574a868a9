// Query root: reads the catalogue once per request and hands domain views down the tree.
import { NotFoundError } from '../../domain/errors.js';
import { today } from '../../domain/dates.js';
import { validOn } from '../../domain/model.js';
import { DEFAULT_PAGE_SIZE } from '../../store/paging.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  async facilities(_p, { asOf }, ctx, info) {
    ctx.dates.record(info, asOf ?? today());
    return (await ctx.catalogue()).allFacilities();
  },
  async facility(_p, { code, asOf }, ctx, info) {
    const f = (await ctx.catalogue()).facility(code);
    if (!f) throw new NotFoundError('facility', code, 'code');
    ctx.dates.record(info, asOf ?? today());
    return f;
  },
  async legalForms(_p, { asOf }, ctx) {
    return (await ctx.catalogue()).legalFormsOn(asOf ?? today());
  },
  async normFrameworks(_p, { asOf }, ctx, info) {
    return (await ctx.catalogue()).allFrameworks(ctx.dates.record(info, asOf ?? null));
  },
  async costModel(_p, { asOf }, ctx) {
    return (await ctx.catalogue()).costModel(asOf ?? today());
  },
  async certificateTypes(_p, { asOf }, ctx) {
    const all = (await ctx.catalogue()).catalogue.certificateTypes;
    return asOf ? all.filter((c) => validOn(c, asOf)) : all;
  },
  async sources(_p, _a, ctx) {
    return (await ctx.catalogue()).catalogue.sources;
  },
  async municipalities(_p, { search, first, after }, ctx) {
    return ctx.store.municipalities({ search: search ?? null, first: first ?? DEFAULT_PAGE_SIZE, after: after ?? null });
  },
  async collaborations(_p, { search, first, after }, ctx) {
    return ctx.store.collaborations({ search: search ?? null, first: first ?? DEFAULT_PAGE_SIZE, after: after ?? null });
  },
  async collaboration(_p, { id }, ctx) {
    const record = await ctx.store.collaboration(id);
    if (!record) throw new NotFoundError('collaboration', id, 'id');
    return record;
  },
};
