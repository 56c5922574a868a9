// All resolvers of the schema, assembled.
import type { Resolvers } from '../generated/resolvers-types.js';
import { analysisQueries, analysisTypeResolvers } from './analyses.js';
import { catalogueTypeResolvers } from './catalogue-types.js';
import { Query } from './query.js';
import { scenarioMutations, scenarioQueries, scenarioTypeResolvers } from './scenarios.js';
import { DateScalar } from './scalars.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...Query, ...analysisQueries, ...scenarioQueries },
  Mutation: scenarioMutations,
  ...catalogueTypeResolvers,
  ...analysisTypeResolvers,
  ...scenarioTypeResolvers,
};
