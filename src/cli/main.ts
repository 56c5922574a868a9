// The `harmonie` command line: the same configuration, store and domain as the API, driven from a terminal.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { StoreUnavailableError } from '../domain/errors.js';
import { DEFAULT_SEED_DIR, SeedValidationError, loadSeed } from '../seed/load.js';
import { openStore } from '../store/factory.js';

const USAGE = `Usage: harmonie <command> [options]

Commands:
  seed      Validate graph-seed/ and load it into the configured store
            (the embedded store in HARMONIE_DATA_DIR, or Neo4j when NEO4J_URI is set)

Run "harmonie <command> --help" for a command's options.`;

const SEED_USAGE = `Usage: harmonie seed [--check] [--dir <folder>]

Validates every file of the seed, then loads it in one all-or-nothing write.
Loading the same seed twice changes nothing.

Options:
  --check         validate only; write nothing
  --dir <folder>  seed folder (default: the graph-seed/ shipped with Harmonie)
  -h, --help      show this help`;

class UsageError extends Error {}

async function seed(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { check: { type: 'boolean' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${SEED_USAGE}`);
  }
  if (parsed.values.help) {
    console.log(SEED_USAGE);
    return 0;
  }
  const started = performance.now();
  const loaded = await loadSeed(parsed.values.dir ?? DEFAULT_SEED_DIR);
  const g = loaded.graph;
  const summary = `${g.facilities.length} facilities, ${g.auditRequirements.length} audit and ${g.connectionRequirements.length} connection requirements, ${g.frameworks.length} frameworks with ${g.norms.length} norms, ${g.mappings.length} mappings, ${g.eligibilityRules.length} eligibility rules, ${g.municipalities.length} municipalities, ${g.collaborations.length} collaborations`;
  if (parsed.values.check) {
    console.log(`graph-seed is valid: ${summary} (seed ${loaded.hash.slice(0, 12)})`);
    return 0;
  }
  const config = loadConfig();
  const store = await openStore(config);
  try {
    const before = await store.seedStatus();
    await store.loadSeed(loaded);
    const counts = await store.counts();
    const nodes = Object.values(counts.nodes).reduce((a, b) => a + b, 0);
    const relationships = Object.values(counts.relationships).reduce((a, b) => a + b, 0);
    const millis = Math.round(performance.now() - started);
    const what = before.hash === loaded.hash ? 'already held this seed; nothing changed' : 'loaded';
    console.log(`${store.kind === 'neo4j' ? `Neo4j at ${config.neo4j?.uri}` : `embedded store in ${config.dataDir}`}: ${what} in ${millis} ms`);
    console.log(`  ${summary}`);
    console.log(`  stored graph: ${nodes} nodes, ${relationships} relationships (seed ${loaded.hash.slice(0, 12)})`);
  } finally {
    await store.close();
  }
  return 0;
}

export async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'seed':
        return await seed(rest);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof SeedValidationError || error instanceof StoreUnavailableError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}
