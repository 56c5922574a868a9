// Resolvers of the catalogue's object types: lookups in the request's catalogue index, never a store call of their own.
import type { CatalogueIndex } from '../../domain/catalogue.js';
import { today } from '../../domain/dates.js';
import { localize, type Source } from '../../domain/model.js';
import type { RequestContext } from '../context.js';
import { connectionResolvers } from './connection.js';
import type { Resolvers } from '../generated/resolvers-types.js';

const sources = async (parent: { sources: string[] }, _args: unknown, ctx: RequestContext): Promise<Source[]> =>
  (await ctx.catalogue()).sources(parent.sources);

/** A reference the seed validation guarantees; a miss means the stored graph is damaged, not bad input. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`stored graph is inconsistent: ${what} is missing`);
  return value;
}

const frameworkOf = (index: CatalogueIndex, id: string) => must(index.framework(id), `norm framework ${id}`);

export const catalogueTypeResolvers: Resolvers = {
  Facility: {
    async connectionRequirements(parent, { asOf }, ctx, info) {
      return (await ctx.catalogue()).connectionRequirements(parent.code, ctx.dates.argumentDateOf(info, asOf));
    },
    async auditRequirements(parent, { asOf }, ctx, info) {
      return (await ctx.catalogue()).auditRequirements(parent.code, ctx.dates.argumentDateOf(info, asOf));
    },
    sources,
  },
  ConnectionRequirement: {
    async facility(parent, _a, ctx) {
      return must((await ctx.catalogue()).facility(parent.facility), `facility ${parent.facility}`);
    },
    async certificateType(parent, _a, ctx) {
      return parent.certificateType ? must((await ctx.catalogue()).certificateType(parent.certificateType), 'certificate type') : null;
    },
    async network(parent, _a, ctx) {
      if (!parent.network) return null;
      return must((await ctx.catalogue()).facility(parent.network), `facility ${parent.network}`);
    },
    sources,
  },
  AuditRequirement: {
    async facility(parent, _a, ctx) {
      return must((await ctx.catalogue()).facility(parent.facility), `facility ${parent.facility}`);
    },
    async normFramework(parent, _a, ctx) {
      return frameworkOf(await ctx.catalogue(), parent.framework);
    },
    async norms(parent, _a, ctx, info) {
      const norms = (await ctx.catalogue()).normsOf(parent.framework, ctx.dates.dateOf(info));
      const { weights } = parent;
      return weights ? norms.map((n) => ({ ...n, weights })) : norms;
    },
    sources,
  },
  NormFramework: {
    async norms(parent, { asOf }, ctx, info) {
      return (await ctx.catalogue()).normsOf(parent.id, asOf != null ? ctx.dates.record(info, asOf) : ctx.dates.dateOrNoneOf(info));
    },
    sources,
  },
  Norm: {
    // Synchronous when an analysis already resolved the weights: thousands of norms in a plan, no promise each.
    weight(parent, _a, ctx) {
      const resolved = parent.weights?.get(parent.id);
      return resolved !== undefined ? resolved : ctx.catalogue().then((index) => index.weight(parent));
    },
    async framework(parent, _a, ctx) {
      return frameworkOf(await ctx.catalogue(), parent.framework);
    },
    async mappings(parent, _a, ctx, info) {
      return (await ctx.catalogue()).mappingsOf(parent.id, ctx.dates.dateOrNoneOf(info));
    },
    sources,
  },
  NormMapping: {
    async target(parent, _a, ctx) {
      return must((await ctx.catalogue()).norm(parent.to), `norm ${parent.to}`);
    },
    sources,
  },
  CertificateType: { sources },
  LegalForm: { sources },
  EvidenceCost: { sources },
  Municipality: { sources },
  Collaboration: {
    id: (r) => r.collaboration.id,
    name: (r) => r.collaboration.name,
    description: (r, _a, ctx) => r.collaboration.description[ctx.language],
    confidence: (r) => r.collaboration.confidence,
    note: (r, _a, ctx) => localize(r.collaboration.note, ctx.language),
    members: (r) => r.members.map((m) => m.municipality),
    memberships: (r) => r.members,
    async legalForm(r, _a, ctx) {
      return r.collaboration.legalForm ? must((await ctx.catalogue()).legalFormNearest(r.collaboration.legalForm), 'legal form') : null;
    },
    async facilities(r, _a, ctx, info) {
      const index = await ctx.catalogue();
      ctx.dates.record(info, today());
      return r.collaboration.facilities.map((code) => must(index.facility(code), `facility ${code}`));
    },
    async sources(r, _a, ctx) {
      return (await ctx.catalogue()).sources(r.collaboration.sources);
    },
  },
  MunicipalityConnection: connectionResolvers(),
  CollaborationConnection: connectionResolvers(),
};
