// GraphQL errors with the codes of the API contract, and the translation of domain errors into them.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { BadInputError, NotFoundError, StoreUnavailableError } from '../domain/errors.js';
import { ConflictError } from '../domain/curation.js';
import { LIMIT_CODES } from './limits.js';

export class BadUserInputError extends GraphQLError {
  constructor(message: string, field: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', field } });
  }
}

export class NotFoundGraphQLError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: 'NOT_FOUND', ...(field ? { field } : {}) } });
  }
}

export class ServiceUnavailableGraphQLError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
  }
}

/**
 * Apollo's `formatError`: domain errors become their documented codes; anything unexpected is logged
 * and answered as INTERNAL_SERVER_ERROR without internals.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, ...(formatted.path ? { path: formatted.path } : {}), ...(formatted.locations ? { locations: formatted.locations } : {}) };
  if (original instanceof BadInputError) {
    return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT', field: original.field } };
  }
  if (original instanceof NotFoundError) {
    return { ...base, message: original.message, extensions: { code: 'NOT_FOUND', ...(original.field ? { field: original.field } : {}) } };
  }
  if (original instanceof ConflictError) {
    return { ...base, message: original.message, extensions: { code: 'CONFLICT' } };
  }
  if (original instanceof StoreUnavailableError) {
    return { ...base, message: original.message, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  // A query limit: Apollo files it under GRAPHQL_VALIDATION_FAILED; the answer names the limit's own code.
  const limit = formatted.extensions?.limit;
  if (typeof limit === 'string' && limit in LIMIT_CODES) {
    return { ...base, extensions: { code: LIMIT_CODES[limit as keyof typeof LIMIT_CODES], limit } };
  }
  // Errors graphql-js and Apollo classify themselves (validation, variable coercion, parse errors) keep their code.
  // Checked by code, not `instanceof`: a library may bring its own copy of graphql's error class.
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')) {
    const { http: _http, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions };
  }
  log(original);
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
