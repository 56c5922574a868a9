// Playwright over Debian's chromium for the workbench tests and the browser bench: finding the browser, a route guard
// that refuses every host but the server under test, axe-core at WCAG 2.1 AA, screenshots kept under test-results/.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { PACKAGE_ROOT } from '../../src/package-root.js';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** Debian's chromium (or HARMONIE_CHROMIUM); Playwright's own browser download is never used. */
export function findChromium(): string | null {
  const given = process.env.HARMONIE_CHROMIUM;
  if (given) return existsSync(given) ? given : null;
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

export async function launch(executablePath: string): Promise<Browser> {
  // Root in a container has no user namespace for chromium's sandbox; the pages are our own, on loopback.
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

export interface GuardedContext {
  context: BrowserContext;
  /** Every request to another host than the server under test, which was refused. */
  foreign: string[];
  /** GraphQL requests sent, as operation names, in order. */
  operations: string[];
  /** Request headers of the GraphQL requests. */
  graphqlHeaders: Array<Record<string, string>>;
}

/**
 * A browser context that lets through only requests to `origin` and records each GraphQL operation. With
 * `intercept: false` (the bench) requests to other hosts are recorded but not held up: Playwright's interception of
 * every request would add its own delay to the timings.
 */
export async function guardedContext(browser: Browser, origin: string, options: { locale?: string; intercept?: boolean } = {}): Promise<GuardedContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: options.locale ?? 'nl-NL', acceptDownloads: true });
  const host = new URL(origin).host;
  const foreign: string[] = [];
  const operations: string[] = [];
  const graphqlHeaders: Array<Record<string, string>> = [];
  if (options.intercept === false) {
    context.on('request', (request: Request) => {
      if (new URL(request.url()).host !== host) foreign.push(request.url());
    });
  } else {
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.host !== host) {
        foreign.push(route.request().url());
        await route.abort('blockedbyclient');
        return;
      }
      await route.continue();
    });
  }
  context.on('request', (request: Request) => {
    if (new URL(request.url()).pathname !== '/graphql' || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { query?: string } | null;
    operations.push(/(?:query|mutation)\s+(\w+)/.exec(body?.query ?? '')?.[1] ?? '(anonymous)');
    graphqlHeaders.push(request.headers());
  });
  return { context, foreign, operations, graphqlHeaders };
}

export const ARTEFACTS = path.join(PACKAGE_ROOT, 'test-results', 'web');

/** A full-page screenshot kept as a test artefact (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTEFACTS, { recursive: true });
  const file = path.join(ARTEFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The WCAG 2.1 AA violations axe-core finds on the page, one line each (empty when there are none). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
}
