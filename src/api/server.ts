// HTTP wiring: Apollo Server on POST /graphql, liveness on /healthz, readiness (store reachable, seed loaded) on /readyz.
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express from 'express';
import { readFileSync } from 'node:fs';
import { StoreUnavailableError } from '../domain/errors.js';
import { silentLogger, type Logger } from '../log.js';
import type { GraphStore } from '../store/port.js';
import { withOperation } from '../store/operation-scope.js';
import { createContext, type Access, type RequestContext } from './context.js';
import { requestLanguage } from './language.js';
import { formatError, HTTP_STATUS, responseStatus, type HttpErrorCode } from './errors.js';
import { jitGateway } from './executor.js';
import { armor, LIMIT_CODES, type QueryLimits } from './limits.js';
import { accessPlugin, protocolMiddleware, type AccessOptions, type Replay } from './access.js';
import { resolvers } from './resolvers/index.js';
import { requestLog } from './request-log.js';
import { guardRootFields } from './roles.js';
import { webRoutes } from './web.js';

const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

/** The executable schema: the SDL with its resolvers, every root resolver behind the role guard (roles.ts). */
export const schema = guardRootFields(makeExecutableSchema<RequestContext>({ typeDefs, resolvers }));

/** An error whose code has an HTTP status (a store that is down, a conflict, a refusal) sets the response's status. */
const serviceUnavailableStatus: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const body = response.body;
        const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
        const status = errors ? responseStatus(errors) : undefined;
        if (status !== undefined) response.http.status = status;
      },
    };
  },
};

/** Most tokens a GraphQL document may have (GRAPHQL_PARSE_FAILED, HTTP 400, beyond). */
export const MAX_TOKENS = 5_000;

export interface ServerLimits extends QueryLimits {
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  introspection: boolean;
  landingPage: boolean;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxDepth: 15,
  maxCost: 50_000,
  maxAliases: 30,
  maxDirectives: 30,
  maxBodyBytes: 1_000_000,
  introspection: true,
  landingPage: true,
};

export interface ServerOptions {
  store: GraphStore;
  /** The service log (one line per request, errors with their cause); silent when not given. */
  logger?: Logger;
  limits?: Partial<ServerLimits>;
  /** Authentication and rate limits; every request is logged either way. */
  access: AccessOptions;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function createApp({ store, logger = silentLogger, limits: given, access }: ServerOptions) {
  const limits = { ...DEFAULT_LIMITS, ...given };
  const app = express();
  // The answer does not advertise the framework it runs on.
  app.disable('x-powered-by');
  // No ETag on answers: Express would hash every GraphQL answer (SHA-1 over up to hundreds of kB) for a header no
  // client of a logged POST API revalidates with. The workbench's static files keep theirs (serve-static sets its own).
  app.set('etag', false);
  const httpServer = http.createServer(app);
  keepAnswersInFlight(httpServer);
  // Only validation rules: the armor protections that need plugins (token count, field suggestions) are off.
  const protection = armor(limits);
  // A query whose cached reads the access-log commit found outdated is answered again, in its own unit of work.
  const replay: Replay = (request, access, language) => apollo.executeOperation(request, { contextValue: createContext(store, access, language) });
  const apollo: ApolloServer<RequestContext> = new ApolloServer<RequestContext>({
    // Operations run compiled by graphql-jit (see executor.ts): a plan for 200 members answers 15,000 fields.
    gateway: jitGateway(schema),
    introspection: limits.introspection,
    validationRules: protection.validationRules,
    // A bound on the parser itself: a document nested thousands deep would otherwise exhaust the stack in whichever
    // recursive pass comes first. No operation of this API comes near it (the full audit plan is about 150 tokens).
    parseOptions: { maxTokens: MAX_TOKENS },
    // Operation batching stays off: one operation per request, so every limit and log entry is per operation.
    allowBatchedHttpRequests: false,
    // The service's own shutdown (src/main.ts) stops this server and then closes the store. Apollo's own signal handler
    // (on unless NODE_ENV=test) would call stop() first; the second call, ours, then waits on a barrier Apollo never
    // releases, the event loop runs dry and the process exits 0 without closing the store — outcomes still waiting
    // for their commit were lost.
    stopOnTerminationSignals: false,
    // Automatic persisted queries are not offered: every request carries its query, so every request is logged whole.
    persistedQueries: false,
    formatError: (formatted, error) => formatError(formatted, error, (e) => logger.error({ err: e }, 'unexpected error')),
    includeStacktraceInErrorResponses: false,
    // Cache control computes a hint per resolved field; nothing here is cached over HTTP, and a plan for 200 members
    // resolves tens of thousands of fields, so it is switched off.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads from a CDN; a browser gets the self-hosted GraphiQL instead (web.ts).
      ApolloServerPluginLandingPageDisabled(),
      accessPlugin(store, logger, replay),
      serviceUnavailableStatus,
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await store.ping();
      const seed = await store.seedStatus();
      if (!seed.seeded) {
        res.status(503).json({ status: 'unavailable', store: store.kind, reason: 'the store holds no seed: run `npm run seed`' });
        return;
      }
      res.json({ status: 'ready', store: store.kind, seed: { hash: seed.hash, loadedAt: seed.loadedAt } });
    } catch (error) {
      const reason = error instanceof StoreUnavailableError ? error.message : 'the store check failed';
      if (!(error instanceof StoreUnavailableError)) logger.error({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', store: store.kind, reason });
    }
  });
  app.use(webRoutes({ auth: access.enabled, graphiql: limits.landingPage }));
  app.use(
    '/graphql',
    requestLog(logger),
    express.json({ limit: limits.maxBodyBytes }),
    protocolMiddleware(store, access, logger),
    // The store names the request's operation in what it sends (Neo4j transaction metadata), read once it is known.
    (_req: express.Request, res: express.Response, next: express.NextFunction) =>
      withOperation(
        {
          get operation() { return (res.locals.access as Access | undefined)?.entry.operation ?? null; },
          // The access plugin commits this request's entry before its answer leaves, and answers it again if that
          // commit finds what it read outdated: the store may read from its cache without asking first.
          confirmsReadsAtLog: res.locals.access !== undefined,
        },
        next,
      ),
    expressMiddleware(apollo, { context: async ({ req, res }) => createContext(store, res.locals.access as Access | undefined, requestLanguage(req)) }),
  );
  // Whatever fails outside Apollo answers as a GraphQL error in JSON with its own code, never an HTML page or a stack.
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const e = error as { type?: string; status?: number; message?: string };
    const send = (code: HttpErrorCode, message: string, extra: Record<string, string> = {}) => {
      res.locals.outcome = code;
      return res.status(HTTP_STATUS[code]).json({ errors: [{ message, extensions: { code, ...extra } }] });
    };
    if (e?.type === 'entity.too.large') return send(LIMIT_CODES.maxBody, `request body over the limit of ${limits.maxBodyBytes} bytes`, { limit: 'maxBody' });
    if (e?.type === 'entity.parse.failed') return send('BAD_REQUEST', `request body is not valid JSON: ${e.message ?? ''}`);
    // Every other body-parser failure (unsupported charset or encoding, a corrupt compressed body, an aborted request) is the client's.
    if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) return send('BAD_REQUEST', `the request body cannot be read: ${e.message ?? e.type ?? 'bad request body'}`);
    if (error instanceof StoreUnavailableError) return send('SERVICE_UNAVAILABLE', error.message);
    logger.error({ err: error }, 'unexpected error outside GraphQL');
    return send('INTERNAL_SERVER_ERROR', 'Internal server error');
  });

  return { app, httpServer, apollo };
}

/** Starts listening; `port` 0 picks a free port (tests). */
export async function startServer(options: ServerOptions & { host: string; port: number }): Promise<RunningServer> {
  const { httpServer, apollo } = await createApp(options);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host}:${port}/graphql`,
    port,
    // Drains in-flight requests (the drain plugin), then stops Apollo; the caller closes the store after.
    stop: () => apollo.stop(),
  };
}

/**
 * Node (19 and later) closes "idle" connections when the server closes, and counts a connection as idle once its
 * response has been ended, even while most of that response still waits in the socket's buffer: a SIGTERM that came
 * while a large answer was being written cut it off (12.9 MB answer, 5.6 MB delivered). The drain plugin's stopper
 * ends every connection itself, each once its response has gone out whole; Node's own closing of idle connections is
 * therefore switched off for this server.
 */
function keepAnswersInFlight(server: http.Server): void {
  server.closeIdleConnections = () => undefined;
}
