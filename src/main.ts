// `npm start`: read the configuration, open the store (seeding the embedded one), serve the API until SIGTERM/SIGINT.
import { ConfigError, loadConfig } from './config.js';
import { StoreUnavailableError } from './domain/errors.js';
import { SeedValidationError } from './seed/load.js';
import { ensureEmbeddedSeed, openStore } from './store/factory.js';
import { startServer } from './api/server.js';
import { ensureWebBuild } from './app/web-build.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config);
  const seeding = await ensureEmbeddedSeed(store);
  const where = store.kind === 'memory' ? `embedded store in ${config.dataDir}${seeding === 'seeded' ? ', seeded from graph-seed/' : ''}` : `Neo4j at ${config.neo4j?.uri}`;

  if (store.kind === 'neo4j') {
    // Start anyway when Neo4j is down: /readyz and the API then answer 503 until it is back.
    try {
      await store.ping();
      if (!(await store.seedStatus()).seeded) console.error('Neo4j holds no seed yet: run `npm run seed` (with the same NEO4J_URI).');
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      console.error(`${error.message}. Serving anyway: /readyz answers 503 until it is reachable.`);
    }
  }

  // The workbench at / is static files built from web/; a fresh clone builds them once here (npm run build does too).
  try {
    if (await ensureWebBuild()) console.log('Built the workbench into dist/web');
  } catch (error) {
    console.error(`The workbench could not be built, the API serves without it: ${error instanceof Error ? error.message : String(error)}`);
  }
  const server = await startServer({ store, host: config.host, port: config.port, limits: config.limits, access: config.auth });
  console.log(`Harmonie GraphQL API on ${server.url} (${where})`);
  console.log(`Workbench (werkbank) on ${server.url.replace(/graphql$/, '')}; GraphiQL on ${server.url} in a browser`);
  if (config.auth.enabled) {
    console.log('Every request needs an API key (Authorization: Bearer …), X-Acting-For: <OIN> and X-Purpose; create one with `npx harmonie keys create`.');
  } else {
    console.log('AUTHENTICATION IS DISABLED (HARMONIE_AUTH=disabled): anyone on this machine may query; requests are still logged. For a local demo only.');
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining requests, then closing the store`);
    await server.stop();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof SeedValidationError || error instanceof StoreUnavailableError) {
    console.error(error.message);
  } else if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
    console.error(`Cannot listen: ${(error as Error).message}. Set PORT to a free port.`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
