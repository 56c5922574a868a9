// The Date scalar: ISO `YYYY-MM-DD`, real calendar dates only, kept as a string.
import { GraphQLScalarType } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';

export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date, ISO 8601 `YYYY-MM-DD`.',
});
