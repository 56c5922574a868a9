// Authentication, protocollering and role checks for every GraphQL request, in one place.
import { createHash, randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequest, GraphQLResponse } from '@apollo/server';
import type express from 'express';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { authenticate } from '../app/keys.js';
import { mayActFor, type Principal } from '../domain/access.js';
import { StoreUnavailableError } from '../domain/errors.js';
import type { Logger } from '../log.js';
import type { AccessLogEntry, AccessLogReceipt, GraphStore } from '../store/port.js';
import type { Access, RequestContext } from './context.js';
import type { Language } from '../domain/model.js';
import { HTTP_STATUS, refusalStatus, type RefusalCode } from './errors.js';
import { operationRefusal } from './roles.js';

export interface AccessOptions {
  /** False only for a loopback demo (HARMONIE_AUTH=disabled): no key, no headers required; still logged. */
  enabled: boolean;
  /** Requests per key per minute. */
  ratePerMinute: number;
}

const PURPOSE_MAX = 500;

function reject(res: express.Response, code: RefusalCode, message: string, extensions: Record<string, string> = {}): void {
  res.status(refusalStatus(code)).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** Express middleware before Apollo: key, acting-for, purpose, rate limit. Every refusal is logged before it is sent. */
export function protocolMiddleware(store: GraphStore, options: AccessOptions, logger: Logger) {
  const limiter = new RateLimiterMemory({ points: options.ratePerMinute, duration: 60 });
  return async (req: express.Request, res: express.Response, next: express.NextFunction) => {
    const body: unknown = req.body;
    const variables = isRecord(body) ? body.variables : undefined;
    const operationName = isRecord(body) && typeof body.operationName === 'string' ? body.operationName.slice(0, 200) : null;
    const entry: AccessLogEntry = {
      // The request id of the request's log line, when request-log.ts runs before this.
      id: typeof res.locals.requestId === 'string' ? res.locals.requestId : randomUUID(),
      at: new Date().toISOString(), keyId: null, role: null, actingFor: null, purpose: null,
      operation: operationName, variablesHash: null, outcome: 'PENDING',
    };
    res.locals.entry = entry;
    const refuse = async (code: RefusalCode, message: string, extensions: Record<string, string> = {}) => {
      try {
        await store.appendAccessLog({ ...entry, outcome: code });
      } catch (error) {
        logger.error({ err: error }, 'access log unavailable');
        res.locals.outcome = 'SERVICE_UNAVAILABLE';
        return reject(res, 'SERVICE_UNAVAILABLE', `the access log cannot be written (${reason(error)}); the request is refused`);
      }
      res.locals.outcome = code;
      reject(res, code, message, extensions);
    };
    try {
      if (depthOf(variables) > MAX_VARIABLE_DEPTH) {
        return await refuse('BAD_REQUEST', `variables are nested more than ${MAX_VARIABLE_DEPTH} levels deep`);
      }
      entry.variablesHash = hashVariables(variables);
      const broken = loneSurrogateAt(variables, 'variables');
      if (broken) return await refuse('BAD_USER_INPUT', `${broken}: text must be well-formed Unicode (it holds a lone UTF-16 surrogate)`, { field: broken });
      const actingFor = header(req, 'x-acting-for');
      const purpose = header(req, 'x-purpose');
      entry.actingFor = actingFor;
      entry.purpose = purpose;
      let principal: Principal | null = null;
      if (options.enabled) {
        const auth = header(req, 'authorization');
        const token = auth?.match(/^Bearer\s+(\S+)$/i)?.[1];
        principal = token ? await authenticate(store, token) : null;
        if (!principal) return await refuse('UNAUTHENTICATED', token ? 'the API key is unknown, revoked or wrong' : 'an API key is required: Authorization: Bearer <key>');
        entry.keyId = principal.keyId;
        entry.role = principal.role;
        if (!actingFor) return await refuse('BAD_REQUEST', 'the X-Acting-For header must name the organisation (OIN) this request acts for');
        if (!purpose) return await refuse('BAD_REQUEST', 'the X-Purpose header must say why this request is made');
        if (purpose.length > PURPOSE_MAX) return await refuse('BAD_REQUEST', `the X-Purpose header is longer than ${PURPOSE_MAX} characters`);
        if (!mayActFor(principal, actingFor)) return await refuse('FORBIDDEN', `this key may not act for ${actingFor}`);
        try {
          await limiter.consume(principal.keyId);
        } catch (error) {
          if (error instanceof RateLimiterRes) {
            res.setHeader('Retry-After', String(Math.ceil(error.msBeforeNext / 1000)));
            return await refuse('RATE_LIMITED', `rate limit of ${options.ratePerMinute} requests per minute for this key reached`);
          }
          throw error;
        }
      }
      const access: Access = { principal, actingFor, purpose, entry, enforced: options.enabled };
      res.locals.access = access;
      next();
    } catch (error) {
      if (error instanceof StoreUnavailableError) {
        res.locals.outcome = 'SERVICE_UNAVAILABLE';
        return reject(res, 'SERVICE_UNAVAILABLE', error.message);
      }
      next(error);
    }
  };
}

/** No input of this API nests deeper than a dozen levels; far deeper variables are an attack on the parser, not a question. */
const MAX_VARIABLE_DEPTH = 64;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (or key) holding a lone surrogate, which no store can keep byte for byte. */
function loneSurrogateAt(value: unknown, path: string): string | null {
  const stack: Array<[unknown, string]> = [[value, path]];
  while (stack.length > 0) {
    const [v, at] = stack.pop()!;
    if (typeof v === 'string') {
      if (LONE_SURROGATE.test(v)) return at;
    } else if (Array.isArray(v)) {
      v.forEach((child, i) => stack.push([child, `${at}[${i}]`]));
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, child] of Object.entries(v)) {
        if (LONE_SURROGATE.test(k)) return at;
        stack.push([child, `${at}.${k}`]);
      }
    }
  }
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Nesting depth of a JSON value, counted without recursion (stops counting past the limit). */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > MAX_VARIABLE_DEPTH) return max;
    if (typeof v === 'object' && v !== null) for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** Answers a request again, with the access given (a replay), in the request's own unit of work. */
export type Replay = (request: GraphQLRequest, access: Access, language: Language) => Promise<GraphQLResponse>;

/** The outcome an access-log entry records for an answer: OK, or the code of its first error. */
function outcomeOf(body: GraphQLResponse['body']): string {
  const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
  const code = errors?.[0]?.extensions?.code;
  return errors?.length ? (typeof code === 'string' ? code : 'ERROR') : 'OK';
}

/** A store outage explains itself; anything else is not shown to the client. */
function reason(error: unknown): string {
  return error instanceof StoreUnavailableError ? error.message : 'the store refused the write';
}

function header(req: express.Request, name: string): string | null {
  const v = req.headers[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.trim() ? s.trim() : null;
}

function hashVariables(variables: unknown): string | null {
  if (variables === undefined || variables === null) return null;
  return createHash('sha256').update(JSON.stringify(variables)).digest('hex');
}

/**
 * Role check and protocol entries inside Apollo: the role an operation needs is checked once, from every root field it
 * could execute (roles.ts), before anything runs. A mutation's entry is written before it runs, and its outcome before
 * its answer leaves. A query's entry is committed while the query runs, and its answer waits for that commit; the
 * outcome it ended with follows with the store's next commit (`recordOutcome`), so a second commit never stands between
 * an answer and its client. If an entry cannot be written, the request is refused and no answer is given.
 *
 * The entry's commit also tells whether what the request read from a store's cache was still current (see
 * `AccessLogReceipt`); when it was not, the query is answered again by `replay`, whose reads are fresh, and the answer
 * that leaves is that one. Without `replay` such an answer is withheld (503), never sent.
 */
export function accessPlugin(store: GraphStore, logger: Logger, replay?: Replay): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const access = contextValue.access;
      // A replay is the same request answered again: checked like it, logged once by the request it replays.
      const replaying = access?.replaying === true;
      let refused = false;
      let kind: string | undefined;
      /** A query's entry, being committed while the query runs. */
      let committing: Promise<AccessLogReceipt> | undefined;
      return {
        async didResolveOperation({ operation, operationName, document }) {
          if (!access || !operation) return;
          kind = operation.operation;
          access.entry.operation = operationName ?? operation.name?.value ?? `anonymous ${operation.operation}`;
          const refusal = operationRefusal(operation, document, access.principal);
          if (refusal) throw refusal;
          if (replaying) return;
          if (operation.operation !== 'mutation') {
            // A query changes nothing: its entry needs to be durable before its answer leaves, not before it runs.
            committing = store.appendAccessLog(access.entry);
            // Awaited in willSendResponse; a failure that comes first is not an unhandled one.
            committing.catch(() => undefined);
            // One turn of the event loop lets the store put the commit on its way (neo4j-driver sends a statement only
            // after some asynchronous steps of its own) before the query's synchronous work takes the thread: with it
            // the commit ran beside the work, without it mostly after (Neo4j, 2 members: 3.9 ms → 2.6 ms per commit).
            await new Promise<void>((resolve) => setImmediate(resolve));
            return;
          }
          // A mutation's entry is written before it runs, so a change is never made unlogged.
          try {
            await store.appendAccessLog(access.entry);
          } catch (error) {
            refused = true;
            access.outcome = 'SERVICE_UNAVAILABLE';
            logger.error({ err: error }, 'access log unavailable');
            throw new GraphQLError(`the access log cannot be written (${reason(error)}); the request is refused`, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: HTTP_STATUS.SERVICE_UNAVAILABLE } } });
          }
        },
        async willSendResponse({ request, response }) {
          if (!access || refused || replaying) return;
          const body = response.body;
          const withhold = (message: string) => {
            access.outcome = 'SERVICE_UNAVAILABLE';
            response.http.status = HTTP_STATUS.SERVICE_UNAVAILABLE;
            if (body.kind === 'single') body.singleResult = { errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE' } }] };
          };
          const unavailable = (error: unknown, what: string) => {
            logger.error({ err: error }, 'access log unavailable');
            withhold(`the access log cannot be written (${reason(error)}); ${what}`);
          };
          let receipt: AccessLogReceipt;
          /** The outcome the log holds for this request once the commit awaited here has ended. */
          let recorded = 'PENDING';
          try {
            if (committing) receipt = await committing;
            else {
              // A mutation's outcome, or a request that ended before it had an entry (a malformed or refused one): one
              // commit, before the answer leaves.
              recorded = outcomeOf(body);
              receipt = await store.appendAccessLog({ ...access.entry, outcome: recorded });
            }
          } catch (error) {
            return unavailable(error, 'the answer is withheld');
          }
          if (!receipt.readsCurrent && body.kind === 'single') {
            // The reference graph changed while this request ran: what it read may be older than the request. A query is
            // answered again from the graph as it is now; a mutation, which cannot run twice, read nothing unconfirmed
            // (its entry was committed before it ran), so this answers no mutation — if one ever got here, it is withheld.
            const again = kind === 'query' && replay ? await replay(request, { ...access, replaying: true }, contextValue.language) : null;
            if (again?.body.kind !== 'single') withhold('the reference graph changed while this request ran; ask again');
            else {
              body.singleResult = again.body.singleResult;
              if (again.http.status !== undefined) response.http.status = again.http.status;
              for (const [name, value] of again.http.headers) response.http.headers.set(name, value);
            }
          }
          // The entry records how the answer that leaves ended.
          access.outcome = outcomeOf(body);
          if (access.outcome === recorded) return;
          const entry = { ...access.entry, outcome: access.outcome };
          if (!committing) {
            await store.appendAccessLog(entry).catch((error: unknown) => unavailable(error, 'the answer is withheld'));
            return;
          }
          // A query's outcome goes with the next commit: its answer has waited for its entry, not for this.
          store.recordOutcome(entry).catch((error: unknown) => {
            logger.error({ err: error, accessLogEntry: entry.id, outcome: entry.outcome }, 'access log: the outcome of an answered query was not written');
          });
        },
      };
    },
  };
}
