// HTTP wiring: Apollo Server on POST /graphql, liveness on /healthz, readiness (store reachable, seed loaded) on /readyz.
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { readFileSync } from 'node:fs';
import { StoreUnavailableError } from '../domain/errors.js';
import type { GraphStore } from '../store/port.js';
import { createContext, type RequestContext } from './context.js';
import { formatError } from './errors.js';
import { resolvers } from './resolvers/index.js';

export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

/** A store that is down makes the whole response 503, as the contract asks, not just an error entry. */
const serviceUnavailableStatus: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const body = response.body;
        const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
        if (errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) response.http.status = 503;
      },
    };
  },
};

export interface ServerOptions {
  store: GraphStore;
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function createApp({ store, log = console.error }: ServerOptions) {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    formatError: (formatted, error) => formatError(formatted, error, (e) => log(`unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), serviceUnavailableStatus],
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
      if (!(error instanceof StoreUnavailableError)) log(`readiness check failed: ${String(error)}`);
      res.status(503).json({ status: 'unavailable', store: store.kind, reason });
    }
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => createContext(store) }));

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
