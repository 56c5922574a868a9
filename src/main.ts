// `npm start`: read the configuration, open the store (seeding the embedded one), serve the API until SIGTERM/SIGINT.
import { ConfigError, loadConfig } from './config.js';
import { StoreUnavailableError } from './domain/errors.js';
import { createLogger, type Logger } from './log.js';
import { SeedValidationError } from './seed/load.js';
import { ensureEmbeddedSeed, openStore } from './store/factory.js';
import { startServer } from './api/server.js';
import { ensureWebBuild } from './app/web-build.js';

/** Until the configuration is read, failures are logged at the default level. */
let logger: Logger = createLogger({ level: 'info' });

async function main(): Promise<void> {
  const config = loadConfig();
  logger = createLogger({ level: config.logLevel, secrets: config.neo4j?.password ? [config.neo4j.password] : [] });
  const store = await openStore(config);
  const seeding = await ensureEmbeddedSeed(store);
  const where = store.kind === 'memory' ? `embedded store in ${config.dataDir}${seeding === 'seeded' ? ', seeded from graph-seed/' : ''}` : `Neo4j at ${config.neo4j?.uri}`;

  if (store.kind === 'neo4j') {
    // Start anyway when Neo4j is down: /readyz and the API then answer 503 until it is back.
    try {
      await store.ping();
      if (!(await store.seedStatus()).seeded) logger.error('Neo4j bevat nog geen seed: draai `npm run seed` (met dezelfde NEO4J_URI) / Neo4j holds no seed yet: run `npm run seed` (with the same NEO4J_URI)');
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      logger.error({ err: error }, 'Neo4j is onbereikbaar; de API start toch en /readyz antwoordt 503 tot Neo4j er is / Neo4j is unreachable; serving anyway, /readyz answers 503 until it is reachable');
    }
  }

  // The workbench at / is static files built from web/; a fresh clone builds them once here (npm run build does too).
  try {
    if (await ensureWebBuild()) logger.info('De werkbank is gebouwd in dist/web / Built the workbench into dist/web');
  } catch (error) {
    logger.error({ err: error }, 'De werkbank kon niet worden gebouwd, de API draait zonder / The workbench could not be built, the API serves without it');
  }
  const server = await startServer({ store, host: config.host, port: config.port, limits: config.limits, access: config.auth, logger });
  logger.info({ url: server.url, store: where }, `Harmonie GraphQL API op / on ${server.url} (${where})`);
  logger.info(`Werkbank op / Workbench on ${server.url.replace(/graphql$/, '')}; GraphiQL op / on ${server.url} (browser)`);
  if (config.auth.enabled) {
    logger.info('Elk verzoek vraagt een API-sleutel (Authorization: Bearer …), X-Acting-For: <OIN> en X-Purpose; maak er een met `npx harmonie keys create` / Every request needs an API key (Authorization: Bearer …), X-Acting-For: <OIN> and X-Purpose; create one with `npx harmonie keys create`');
  } else {
    logger.warn('AUTHENTICATIE STAAT UIT (HARMONIE_AUTH=disabled): iedereen op deze machine kan vragen stellen; verzoeken worden nog steeds gelogd. Alleen voor een lokale demo / AUTHENTICATION IS DISABLED (HARMONIE_AUTH=disabled): anyone on this machine may query; requests are still logged. For a local demo only');
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${signal}: lopende verzoeken afmaken, dan de store sluiten / draining requests, then closing the store`);
    await server.stop();
    await store.close();
    logger.info({ signal }, 'Gestopt: verzoeken afgemaakt, store gesloten / Stopped: requests drained, store closed');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof SeedValidationError || error instanceof StoreUnavailableError) {
    logger.error({ err: error }, error.message);
  } else if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
    logger.error({ err: error }, `Kan niet luisteren / cannot listen: ${(error as Error).message}. Kies met PORT een vrije poort / set PORT to a free port`);
  } else {
    logger.error({ err: error }, 'start mislukt / start failed');
  }
  // pino writes to standard output synchronously (pino.destination(1) is sync by default): the line is out before exit.
  process.exit(1);
});
