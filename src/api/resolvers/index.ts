// All resolvers of the schema, assembled.
import type { Resolvers } from '../generated/resolvers-types.js';
import { analysisQueries, analysisTypeResolvers } from './analyses.js';
import { catalogueTypeResolvers } from './catalogue-types.js';
import { curationMutations, curationQueries, curationTypeResolvers } from './curation.js';
import { interopMutations } from './interop.js';
import { Query } from './query.js';
import { scenarioMutations, scenarioQueries, scenarioTypeResolvers } from './scenarios.js';
import { DateScalar } from './scalars.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...Query, ...analysisQueries, ...scenarioQueries, ...curationQueries },
  Mutation: { ...scenarioMutations, ...curationMutations, ...interopMutations },
  ...catalogueTypeResolvers,
  ...analysisTypeResolvers,
  ...scenarioTypeResolvers,
  ...curationTypeResolvers,
  // Types resolved by two modules: the fields of both.
  ConnectionRequirement: { ...catalogueTypeResolvers.ConnectionRequirement, ...curationTypeResolvers.ConnectionRequirement },
  AuditRequirement: { ...catalogueTypeResolvers.AuditRequirement, ...curationTypeResolvers.AuditRequirement },
  NormMapping: { ...catalogueTypeResolvers.NormMapping, ...curationTypeResolvers.NormMapping },
  EvidenceCost: { ...catalogueTypeResolvers.EvidenceCost, ...curationTypeResolvers.EvidenceCost },
};
