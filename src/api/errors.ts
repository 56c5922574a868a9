// GraphQL errors with the codes of the API contract, and the translation of domain errors into them.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { BadInputError, ConflictError, NotFoundError, StoreUnavailableError } from '../domain/errors.js';
import { LIMIT_CODES } from './limits.js';

/**
 * The HTTP status of every error code that changes it — the one table for the middleware's refusals and for GraphQL
 * responses. Codes not listed (BAD_USER_INPUT, NOT_FOUND, an error inside a partial result) answer 200 with the error
 * in the body; a response with several errors takes the highest status among them.
 */
export const HTTP_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type HttpErrorCode = keyof typeof HTTP_STATUS;

/** Codes a request can be refused with before GraphQL runs (access.ts, server.ts). */
export type RefusalCode = HttpErrorCode | 'BAD_USER_INPUT';

/**
 * The status of a refusal before GraphQL runs: the table's, and 400 for BAD_USER_INPUT, which inside a GraphQL
 * response answers 200 beside its result but here has no result to stand beside.
 */
export function refusalStatus(code: RefusalCode): number {
  return code === 'BAD_USER_INPUT' ? 400 : HTTP_STATUS[code];
}

/** The status a GraphQL response with these errors answers with, or undefined to leave Apollo's own. */
export function responseStatus(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }>): number | undefined {
  let status: number | undefined;
  for (const e of errors) {
    const code = e.extensions?.code;
    // INTERNAL_SERVER_ERROR inside a GraphQL response is a field that failed in a result that still answers.
    if (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR' || !(code in HTTP_STATUS)) continue;
    status = Math.max(status ?? 0, HTTP_STATUS[code as HttpErrorCode]);
  }
  return status;
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
