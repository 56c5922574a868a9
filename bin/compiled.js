// Runs Harmonie from compiled JavaScript (dist/), compiling it first when dist/ is missing or older than the sources:
// `npm start` and the `harmonie` command run what `npm run build:server` builds, never the TypeScript itself.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = path.join(ROOT, 'dist', '.built');
/** What the compiled server is made from, besides src/. */
const INPUTS = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'tools/copy-assets.mjs'];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function stale() {
  let built;
  try {
    built = statSync(STAMP).mtimeMs;
  } catch {
    return true;
  }
  const inputs = Math.max(newestMtime(path.join(ROOT, 'src')), ...INPUTS.map((f) => statSync(path.join(ROOT, f)).mtimeMs));
  return inputs > built;
}

/** Another process compiling at the same time (a server and a CLI started together) is waited for, not raced. */
function withLock(fn) {
  const lock = path.join(ROOT, 'dist', '.building');
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (Date.now() > deadline) throw new Error(`another build holds ${lock} for over 5 minutes; remove it if no build runs`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function ensureCompiled() {
  if (!stale()) return;
  withLock(() => {
    if (!stale()) return;
    process.stderr.write('harmonie: compiling the sources into dist/ (npm run build:server) …\n');
    const started = Date.now();
    const result = spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) {
      const why = result.error ? result.error.message : `it exited with ${result.status}`;
      process.stderr.write(`harmonie: compiling failed (${why}); run \`npm run build:server\` to see why.\n`);
      process.exit(1);
    }
    writeFileSync(STAMP, `${new Date().toISOString()}\n`);
    process.stderr.write(`harmonie: compiled in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  });
}
