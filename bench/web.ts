// `npm run bench:web`: the workbench in Debian's chromium on loopback — time from navigation to the collaboration
// list, the gzip size of the JavaScript each page loads, and the GraphQL requests each screen sends.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuild, WEB_DIR } from '../src/app/web-build.js';
import { seededMemoryStore, serve } from '../test/helpers/server.js';
import { findChromium, guardedContext, launch, type GuardedContext } from '../test/web/browser.js';
import { ms, stats } from './stats.js';

const RUNS = Number(process.env.HARMONIE_WEB_BENCH_RUNS ?? 20);
const SZW = 'Dienst Sociale Zaken en Werkgelegenheid Noardwest Fryslân';

/** The JavaScript a page loads at once: its entry script and the chunks it preloads. */
function scriptsOf(page: 'index.html' | 'graphiql.html'): Array<{ file: string; raw: number; gzip: number }> {
  const html = readFileSync(path.join(WEB_DIR, page), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return files.map((file) => {
    const bytes = readFileSync(path.join(WEB_DIR, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** Navigation start to the first row of the collaboration list, in a fresh context (nothing cached) or a reload. */
async function timeToList(browser: Browser, origin: string): Promise<{ cold: number[]; warm: number[] }> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const guard = await guardedContext(browser, origin);
    const page = await guard.context.newPage();
    let t = performance.now();
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: SZW }).waitFor();
    cold.push(performance.now() - t);
    t = performance.now();
    await page.reload();
    await page.getByRole('link', { name: SZW }).waitFor();
    warm.push(performance.now() - t);
    if (guard.foreign.length) throw new Error(`requests to other hosts: ${guard.foreign.join(', ')}`);
    await guard.context.close();
  }
  return { cold, warm };
}

/** Operations sent between `before` and now. */
const since = (guard: GuardedContext, before: number) => guard.operations.slice(before);

async function requestsPerScreen(browser: Browser, origin: string): Promise<Array<[string, string[]]>> {
  const guard = await guardedContext(browser, origin);
  const page: Page = await guard.context.newPage();
  const rows: Array<[string, string[]]> = [];
  const step = async (name: string, action: () => Promise<void>) => {
    const before = guard.operations.length;
    await action();
    // Let any request the screen would still send go out before counting.
    await page.waitForLoadState('networkidle');
    rows.push([name, since(guard, before)]);
  };
  await step('Start (collaboration list)', async () => {
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: SZW }).waitFor();
  });
  await step('Collaboration', async () => {
    await page.getByRole('link', { name: SZW }).click();
    await page.getByRole('heading', { name: 'Overlap tussen normenkaders' }).waitFor();
  });
  await step('What-if (open)', async () => {
    await page.getByRole('link', { name: 'Wat-als-scenario maken' }).click();
    await page.getByRole('checkbox', { name: /DigiD/ }).first().waitFor();
  });
  await step('What-if (compare)', async () => {
    await page.getByRole('checkbox', { name: /Gezamenlijke audit toegestaan: DigiD/ }).check();
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page.getByTestId('differences').waitFor();
  });
  await step('Report (open)', async () => {
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    await page.getByLabel('Samenwerking').waitFor();
  });
  await step('Report (download PDF)', async () => {
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rapport downloaden' }).click()]);
  });
  await step('National impact', async () => {
    await page.getByRole('link', { name: 'Landelijk beeld' }).click();
    await page.getByTestId('national-totals').waitFor();
  });
  await guard.context.close();
  return rows;
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('chromium not found: apt-get install chromium (or set HARMONIE_CHROMIUM)');
  if (await ensureWebBuild()) console.log('built the workbench into dist/web');
  const seeded = await seededMemoryStore();
  const server = await serve(seeded.store, seeded.cleanup);
  const browser = await launch(executablePath);
  try {
    console.log(`Workbench in chromium on loopback (${server.baseUrl}), embedded store, authentication off; ${RUNS} runs; figures from this one run on a shared 2-core machine: noisy.`);
    const { cold, warm } = await timeToList(browser, server.baseUrl);
    for (const [name, samples] of [
      ['fresh context (nothing cached)', cold],
      ['reload (HTTP cache warm)', warm],
    ] as const) {
      const s = stats(samples);
      console.log(`  navigation → collaboration list, ${name}: median ${ms(s.p50)} ms, p95 ${ms(s.p95)} ms, max ${ms(s.max)} ms`);
    }
    for (const page of ['index.html', 'graphiql.html'] as const) {
      const scripts = scriptsOf(page);
      const raw = scripts.reduce((a, s) => a + s.raw, 0);
      const gz = scripts.reduce((a, s) => a + s.gzip, 0);
      console.log(`  JavaScript loaded by ${page === 'index.html' ? 'the workbench (/)' : 'GraphiQL (/graphql)'}: ${kb(raw)}, gzip ${kb(gz)} (${scripts.map((s) => `${s.file} ${kb(s.gzip)}`).join(', ')})`);
    }
    console.log('  GraphQL requests per screen:');
    for (const [name, ops] of await requestsPerScreen(browser, server.baseUrl)) console.log(`    ${name}: ${ops.length} (${ops.join(', ') || '—'})`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
