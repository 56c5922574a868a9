// Builds the workbench (web/) with Vite when dist/web is missing or older than its sources, so `npm start` serves it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';

/** Where `npm run build` puts the workbench and GraphiQL. */
export const WEB_DIR = path.join(PACKAGE_ROOT, 'dist', 'web');
const WEB_SOURCES = path.join(PACKAGE_ROOT, 'web');
const VITE_CONFIG = path.join(WEB_SOURCES, 'vite.config.ts');

/** Newest modification time under a folder (generated output and dependencies left out). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Whether the built workbench is missing or older than web/ or the schema it was typed against. */
export function webBuildNeeded(outDir: string = WEB_DIR): boolean {
  const index = path.join(outDir, 'index.html');
  if (!existsSync(index)) return true;
  if (!existsSync(WEB_SOURCES)) return false;
  return Math.max(newest(WEB_SOURCES), statSync(path.join(PACKAGE_ROOT, 'src', 'api', 'schema.graphql')).mtimeMs) > statSync(index).mtimeMs;
}

/** Runs the Vite build of web/ into `outDir` (dist/web). Vite is a development dependency: a clear error without it. */
export async function buildWeb(outDir: string = WEB_DIR): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error('cannot build the workbench: Vite is not installed (run `npm ci` with development dependencies, then `npm run build`)');
  }
  // Vite takes NODE_ENV over the mode when set: under vitest (NODE_ENV=test) the bundle would carry React's
  // development build. The workbench is always built for production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({ configFile: VITE_CONFIG, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** Builds the workbench if it is missing or stale; returns whether it built. */
export async function ensureWebBuild(outDir: string = WEB_DIR): Promise<boolean> {
  if (!webBuildNeeded(outDir)) return false;
  await buildWeb(outDir);
  return true;
}
