// All resolvers of the schema, merged field by field (a type resolved by two modules gets the fields of both); the test
// of this module proves no field is resolved twice, and the generated `Resolvers` type, without an index signature,
// refuses a misspelt type or field at compile time.
import { mergeResolvers } from '@graphql-tools/merge';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { RequestContext } from '../context.js';
import { analysisQueries, analysisTypeResolvers } from './analyses.js';
import { basisQueries, basisTypeResolvers } from './basis.js';
import { catalogueTypeResolvers } from './catalogue-types.js';
import { curationMutations, curationQueries, curationTypeResolvers } from './curation.js';
import { interopMutations } from './interop.js';
import { localizedResolvers } from './localized.js';
import { Query } from './query.js';
import { scenarioMutations, scenarioQueries, scenarioTypeResolvers } from './scenarios.js';
import { DateScalar } from './scalars.js';

export const resolverModules: Resolvers[] = [
  { Date: DateScalar, Query },
  catalogueTypeResolvers,
  { Query: analysisQueries },
  analysisTypeResolvers,
  { Query: scenarioQueries, Mutation: scenarioMutations },
  scenarioTypeResolvers,
  { Query: curationQueries, Mutation: curationMutations },
  curationTypeResolvers,
  { Mutation: interopMutations },
  { Query: basisQueries },
  basisTypeResolvers,
  localizedResolvers,
];

export const resolvers = mergeResolvers<unknown, RequestContext>(resolverModules);
