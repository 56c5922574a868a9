// A dedicated, disposable Neo4j for the fault tests: its own state directory under the OS temp dir and a free Bolt
// port, started and stopped with tools/neo4j/neo4j.sh (the jar directory stays the shared default).
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { IN_CI } from '../helpers/neo4j.js';

const run = promisify(execFile);
/**
 * Seconds neo4j.sh waits for Bolt (its default is 90). A start is setup, not a bound under test, and on a loaded 2-core
 * machine a cold JVM has taken longer than 90 s: the test waits for it rather than failing.
 */
const START_TIMEOUT_S = 300;
const SCRIPT = path.join(PACKAGE_ROOT, 'tools/neo4j/neo4j.sh');

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Why the fault tests cannot run here, or null. Locally they need Java and (for the first fetch of the jars) Maven;
 * under CI=true they never skip: a missing Java makes them fail.
 */
export function faultSkipReason(): string | null {
  if (IN_CI) return null;
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) return 'java is not installed: the Neo4j fault tests are skipped';
  const jars = existsSync(path.join(process.env.HARMONIE_NEO4J_LIB ?? path.join(PACKAGE_ROOT, '.neo4j/lib'), '.neo4j-version'));
  if (!jars && spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status !== 0) return 'mvn is not installed and the Neo4j jars are not fetched: the Neo4j fault tests are skipped';
  return null;
}

/** What a failed execFile says: its stderr, else its stdout, else its message. */
function failure(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const text = (key: string) => (key in error ? Reflect.get(error, key) : undefined);
  for (const key of ['stderr', 'stdout', 'message']) {
    const value = text(key);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return String(error);
}

export interface Neo4jInstance {
  uri: string;
  port: number;
  dir: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it and removes its state directory. */
  dispose(): Promise<void>;
}

export async function createNeo4jInstance(label: string): Promise<Neo4jInstance> {
  const dir = await mkdtemp(path.join(tmpdir(), `harmonie-${label}-neo4j-`));
  const port = await freePort();
  const env = { ...process.env, HARMONIE_NEO4J_DIR: dir, NEO4J_BOLT_PORT: String(port), NEO4J_HEAP_SIZE: process.env.NEO4J_HEAP_SIZE ?? '384m', NEO4J_START_TIMEOUT: String(START_TIMEOUT_S) };
  const script = async (command: 'start' | 'stop') => {
    try {
      // The script's own timeouts (start, and 60 s to stop before SIGKILL) end first; this only catches a stuck script.
      await run('bash', [SCRIPT, command], { env, timeout: (START_TIMEOUT_S + 120) * 1000 });
    } catch (error) {
      throw new Error(`neo4j.sh ${command} failed: ${failure(error)}`);
    }
  };
  // If the test process dies before afterAll, the JVM (started with nohup) must not outlive it.
  const emergencyStop = () => {
    spawnSync('bash', [SCRIPT, 'stop'], { env, stdio: 'ignore', timeout: 60_000 });
  };
  process.once('exit', emergencyStop);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    dir,
    start: () => script('start'),
    stop: () => script('stop'),
    async dispose() {
      try {
        await script('stop');
      } finally {
        process.removeListener('exit', emergencyStop);
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
