// Start time of the service: from spawning it to the first 200 on /healthz, the compiled server (`node dist/src/main.js`,
// what `npm start` runs) beside the sources run through tsx (what it ran before), taking turns, on a fresh embedded store.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureCompiled } from '../bin/compiled.js';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { ms, stats } from './stats.js';

const RUNS = 5;
const COMMANDS = {
  'compiled (node dist/src/main.js)': ['dist/src/main.js'],
  'sources (node --import tsx src/main.ts)': ['--import', 'tsx', 'src/main.ts'],
} as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** This process's environment without what would point the server at Neo4j. */
function embeddedEnv(): NodeJS.ProcessEnv {
  const { NEO4J_URI: _uri, GRAPH_STORE: _store, ...env } = process.env;
  return env;
}

async function timeToHealthy(args: readonly string[]): Promise<number> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'harmonie-start-'));
  const port = await freePort();
  const started = performance.now();
  const proc = spawn(process.execPath, [...args], {
    cwd: PACKAGE_ROOT,
    env: { ...embeddedEnv(), PORT: String(port), HOST: '127.0.0.1', HARMONIE_DATA_DIR: dataDir, HARMONIE_AUTH: 'disabled', LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`the server exited with ${proc.exitCode} before it answered`);
      if (performance.now() - started > 120_000) throw new Error('the server did not answer /healthz within 120 s');
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function benchStart(): Promise<string> {
  ensureCompiled();
  const samples = new Map<string, number[]>(Object.keys(COMMANDS).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i += 1) {
    for (const [name, args] of Object.entries(COMMANDS)) samples.get(name)!.push(await timeToHealthy(args));
  }
  const rows = [...samples].map(([name, s]) => {
    const st = stats(s);
    return `| ${name} | ${ms(st.min)} | ${ms(st.p50)} | ${ms(st.max)} |`;
  });
  return ['| start (spawn → /healthz 200, fresh embedded store, seeded on start) | min ms | p50 ms | max ms |', '|---|---|---|---|', ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchStart());
