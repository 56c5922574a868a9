/// <reference lib="dom" />
// The advisor's workbench and the self-hosted GraphiQL, driven in Debian's chromium: the end-to-end flow on the
// embedded store, the same what-if by keyboard alone, axe-core at WCAG 2.1 AA on every screen, the outage banner,
// and a route guard that fails on any request to another host. Screenshots land in test-results/web/.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../src/app/web-build.js';
import { StoreUnavailableError } from '../../src/domain/errors.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import type { GraphStore } from '../../src/store/port.js';
import { cli } from '../helpers/cli.js';
import { IN_CI } from '../helpers/neo4j.js';
import { seededMemoryStore, serve, type TestServer } from '../helpers/server.js';
import { accessibilityViolations, findChromium, guardedContext, launch, screenshot } from './browser.js';

const CHROMIUM = findChromium();
const skipReason = CHROMIUM || IN_CI ? null : 'chromium not found: the browser tests are skipped (apt-get install chromium)';
if (skipReason) console.warn(skipReason);

const OIN = '00000001001234567000';
const SZW = 'Dienst Sociale Zaken en Werkgelegenheid Noardwest Fryslân';
const BROWSER_TIMEOUT = 240_000;

function requireChromium(): string {
  if (!CHROMIUM) throw new Error('CI=true but chromium is not installed: the browser tests must run in CI (.ci/run installs it with apt-get)');
  return CHROMIUM;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** Presses Tab until the focused element's text or label matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, name: RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const input = el as HTMLInputElement;
      const label = input.labels?.[0]?.textContent ?? el.closest('label')?.textContent ?? '';
      return `${el.getAttribute('aria-label') ?? ''} ${label} ${el.tagName === 'INPUT' ? '' : (el.textContent ?? '')}`.trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`no element matching ${name} reached with Tab`);
}

/** Page objects of a PDF and the count its page tree declares. */
function pdfPages(pdf: Buffer): { objects: number; declared: number } {
  const text = pdf.toString('latin1');
  return {
    objects: (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length,
    declared: Number(/\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/s.exec(text)?.[1] ?? /\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages/s.exec(text)?.[1] ?? NaN),
  };
}

const DIGID_JOINT = { id: 'digid-assessment', jointAllowed: true };
const SUWINET_JOINT = { id: 'suwinet-audit', jointAllowed: true };

interface Comparison {
  baseline: { totals: { savings: number } };
  variant: { totals: { savings: number } };
  differences: Array<{ aspect: string; causes: string[] }>;
}

/** The comparison the API gives for the Dienst SZW with these audit requirements made joint. */
async function compareOnApi(server: TestServer, headers: Record<string, string>, overrides: Array<{ id: string; jointAllowed: boolean }>): Promise<Comparison> {
  const r = await server.gql<{ compareScenarios: Comparison }>(
    `query ($b: AnalysisInput!, $v: AnalysisInput!) { compareScenarios(baseline: $b, scenario: $v) {
      baseline { totals { savings } } variant { totals { savings } } differences { aspect causes } } }`,
    { b: { collaboration: 'szw-noardwest-fryslan' }, v: { collaboration: 'szw-noardwest-fryslan', policy: { auditRequirements: overrides } } },
    headers,
  );
  expect(r.body.errors).toBeUndefined();
  return r.body.data!.compareScenarios;
}

const euros = (s: string | null) => Number((s ?? '').replace(/[^\d-]/g, ''));

/** Baseline and variant savings as the totals table shows them, in whole euros. */
async function savingsOnPage(page: Page): Promise<number[]> {
  const row = page
    .getByTestId('totals')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Besparing', exact: true }) });
  const cells = await row.getByRole('cell').allTextContents();
  return cells.slice(0, 2).map(euros);
}

async function differenceRows(page: Page): Promise<number> {
  return page.getByTestId('differences').locator('tbody tr').count();
}

describe.skipIf(skipReason !== null)('the workbench in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    const executablePath = requireChromium();
    await ensureWebBuild();
    browser = await launch(executablePath);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  describe('signed in with a key from `harmonie keys create`', () => {
    let server: TestServer;
    let token: string;
    let dataDir: string;
    const saved = { dir: process.env.HARMONIE_DATA_DIR, store: process.env.GRAPH_STORE };

    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), 'harmonie-web-'));
      process.env.HARMONIE_DATA_DIR = dataDir;
      process.env.GRAPH_STORE = 'memory';
      expect((await cli('seed')).code).toBe(0);
      const created = await cli('keys', 'create', '--role', 'ADVISOR', '--org', OIN, '--name', 'workbench test');
      expect(created.code).toBe(0);
      token = created.out.trim().split('\n').at(-1)!.trim();
      const store = await MemoryStore.open(dataDir);
      server = await serve(store, () => rm(dataDir, { recursive: true, force: true }), undefined, { enabled: true, ratePerMinute: 100_000 });
    }, 120_000);

    afterAll(async () => {
      await server?.close();
      process.env.HARMONIE_DATA_DIR = saved.dir;
      process.env.GRAPH_STORE = saved.store;
      if (saved.dir === undefined) delete process.env.HARMONIE_DATA_DIR;
      if (saved.store === undefined) delete process.env.GRAPH_STORE;
    });

    it(
      'signs in, reads the DigiD eligibility, finds the saving of a joint DigiD assessment and its cause, saves the scenario, finds it after a reload and downloads the PDF',
      async () => {
        const guard = await guardedContext(browser, server.baseUrl);
        const page = await guard.context.newPage();
        const headers = { authorization: `Bearer ${token}`, 'x-acting-for': OIN, 'x-purpose': 'test: workbench' };
        try {
          await page.goto(`${server.baseUrl}/`);
          await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Aanmelden' }).isVisible()).toBe(true);
          await expectAccessible(page);
          await screenshot(page, '01-sign-in');

          // A wrong key: a clear message on the sign-in screen.
          await page.getByLabel('API-sleutel').fill('hk_wrong-key');
          await page.getByLabel('Werken namens (OIN)').fill(OIN);
          await page.getByLabel('Doel (protocollering)').fill('test: workbench');
          await page.getByRole('button', { name: 'Aanmelden' }).click();
          await expect.poll(() => page.getByRole('alert').textContent()).toContain('Deze API-sleutel is onbekend, ingetrokken of onjuist');
          await expectAccessible(page);
          await screenshot(page, '02-sign-in-wrong-key');

          await page.getByLabel('API-sleutel').fill(token);
          let before = guard.operations.length;
          await page.getByRole('button', { name: 'Aanmelden' }).click();
          await page.getByRole('link', { name: SZW }).waitFor();
          expect(guard.operations.slice(before)).toEqual(['SignInCheck', 'StartScreen']);
          // The sign-in is in this tab's sessionStorage, nowhere else.
          expect(await page.evaluate(() => sessionStorage.getItem('harmonie.session'))).toContain(token);
          expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(token);
          expect(await page.context().cookies()).toEqual([]);
          await expectAccessible(page);
          await screenshot(page, '03-start');

          // Collaboration: one request for the whole screen; the DigiD eligibility as the API gives it.
          before = guard.operations.length;
          await page.getByRole('link', { name: SZW }).click();
          await page.getByRole('heading', { level: 1, name: SZW }).waitFor();
          await page.getByRole('heading', { name: 'Overlap tussen normenkaders' }).waitFor();
          expect(guard.operations.slice(before)).toEqual(['CollaborationScreen']);
          const api = await server.gql<{ eligibility: { status: string; reasons: Array<{ text: string }> } }>(
            '{ eligibility(legalForm: "OPENBAAR_LICHAAM", facility: "DIGID") { status reasons { text } } }',
            undefined,
            headers,
          );
          const digid = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: /^DigiD:/ }) });
          const statusNl = { ALLOWED: 'Toegestaan', CONDITIONAL: 'Onder voorwaarden', BLOCKED: 'Geblokkeerd' }[api.body.data!.eligibility.status]!;
          await expect.poll(() => digid.getByRole('heading', { level: 3 }).textContent()).toBe(`DigiD: ${statusNl}`);
          expect(await digid.textContent()).toContain(api.body.data!.eligibility.reasons[0]!.text);
          await expectAccessible(page);
          await screenshot(page, '04-collaboration');

          // What-if: joint DigiD assessment allowed. The page shows exactly the comparison the API computes for it.
          before = guard.operations.length;
          await page.getByRole('link', { name: 'Wat-als-scenario maken' }).click();
          const digidJoint = page.getByRole('checkbox', { name: /Gezamenlijke audit toegestaan: DigiD/ });
          await digidJoint.waitFor();
          expect(await digidJoint.isChecked()).toBe(false);
          await digidJoint.check();
          await page.getByRole('button', { name: 'Vergelijken' }).click();
          const differences = page.getByTestId('differences');
          await differences.waitFor();
          const digidOnly = await compareOnApi(server, headers, [DIGID_JOINT]);
          await expect.poll(() => differenceRows(page)).toBe(Math.max(1, digidOnly.differences.length));
          expect(await savingsOnPage(page)).toEqual([digidOnly.baseline.totals.savings, digidOnly.variant.totals.savings]);
          expect(guard.operations.slice(before).sort()).toEqual(['ScenarioList', 'WhatIfCompare', 'WhatIfSetup']);
          await screenshot(page, '05a-what-if-digid');

          // With the Suwinet audit joint as well, the saving appears, and its cause is the policy.
          await page.getByRole('checkbox', { name: /Gezamenlijke audit toegestaan: Suwinet/ }).check();
          await page.getByRole('button', { name: 'Vergelijken' }).click();
          const both = await compareOnApi(server, headers, [DIGID_JOINT, SUWINET_JOINT]);
          expect(both.variant.totals.savings).toBeGreaterThan(both.baseline.totals.savings);
          const savingRow = differences.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Besparing', exact: true }) });
          await expect.poll(() => savingRow.getByRole('cell').last().textContent()).toBe('Beleid');
          expect(await savingsOnPage(page)).toEqual([both.baseline.totals.savings, both.variant.totals.savings]);
          await expectAccessible(page);
          await screenshot(page, '05-what-if');

          await page.getByLabel('Naam van het scenario').fill('Gezamenlijk DigiD-assessment');
          await page.getByRole('button', { name: 'Scenario opslaan' }).click();
          await expect.poll(() => page.getByRole('status').filter({ hasText: 'is opgeslagen' }).count()).toBe(1);

          // After a reload (the sign-in survives in sessionStorage) the scenario is there and opens as it was saved.
          await page.reload();
          const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Gezamenlijk DigiD-assessment' }) });
          await row.waitFor();
          await row.getByRole('button', { name: 'Gezamenlijk DigiD-assessment openen' }).click();
          await expect.poll(() => page.getByRole('checkbox', { name: /Gezamenlijke audit toegestaan: DigiD/ }).isChecked()).toBe(true);
          expect(await page.getByRole('checkbox', { name: /Gezamenlijke audit toegestaan: Suwinet/ }).isChecked()).toBe(true);
          await expect.poll(() => savingRow.getByRole('cell').last().textContent()).toBe('Beleid');

          // Report of the saved scenario as PDF.
          await row.getByRole('link', { name: 'Rapport van Gezamenlijk DigiD-assessment' }).click();
          await page.getByRole('heading', { level: 1, name: 'Rapport' }).waitFor();
          await expectAccessible(page);
          await screenshot(page, '06-report');
          const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rapport downloaden' }).click()]);
          expect(download.suggestedFilename()).toMatch(/\.pdf$/);
          const pdf = await readFile((await download.path())!);
          expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
          const pages = pdfPages(pdf);
          expect(pages.objects).toBeGreaterThanOrEqual(1);
          expect(pages.objects).toBe(pages.declared);

          // Every request carried the sign-in and the language.
          expect(guard.graphqlHeaders.length).toBeGreaterThan(5);
          for (const h of guard.graphqlHeaders.slice(2)) {
            expect(h).toMatchObject({ authorization: `Bearer ${token}`, 'x-acting-for': OIN, 'x-purpose': 'test: workbench' });
            expect(h['accept-language']).toMatch(/^nl/);
          }
          expect(guard.foreign).toEqual([]);
        } finally {
          await guard.context.close();
        }
      },
      BROWSER_TIMEOUT,
    );

    it(
      'GraphiQL is served from this host with the headers editor ready for key, acting-for and purpose',
      async () => {
        const html = await fetch(`${server.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
        expect(html.status).toBe(200);
        expect(html.headers.get('content-security-policy')).toContain("default-src 'self'");
        expect(await html.text()).toContain('<title>Harmonie — GraphiQL</title>');
        // A GraphQL client still reaches the API on the same path.
        const json = await fetch(`${server.baseUrl}/graphql?query=%7B__typename%7D`, {
          headers: { accept: 'application/json', 'apollo-require-preflight': '1' },
        });
        expect(json.headers.get('content-type')).toContain('application/json');

        const guard = await guardedContext(browser, server.baseUrl);
        const page = await guard.context.newPage();
        try {
          await page.goto(`${server.baseUrl}/graphql`);
          await page.locator('.graphiql-container').waitFor();
          await expect.poll(() => page.locator('.graphiql-editor-tool').innerText(), { timeout: 30_000 }).toMatch(/X-Acting-For[\s\S]*X-Purpose/);
          expect(await page.locator('.graphiql-editor-tool').innerText()).toContain('Authorization');
          await screenshot(page, '09-graphiql');
          expect(guard.foreign).toEqual([]);
        } finally {
          await guard.context.close();
        }
      },
      BROWSER_TIMEOUT,
    );
  });

  describe('a loopback demo (HARMONIE_AUTH=disabled)', () => {
    let server: TestServer;
    let down = false;

    beforeAll(async () => {
      const seeded = await seededMemoryStore();
      // The store can be taken away mid-test: every call then fails as an unreachable Neo4j would.
      const store = new Proxy(seeded.store, {
        get(target, prop, receiver) {
          const value: unknown = Reflect.get(target, prop, receiver);
          if (typeof value !== 'function' || prop === 'close') return value;
          return (...args: unknown[]) => {
            if (down) throw new StoreUnavailableError('the graph store cannot be reached (test outage)');
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      }) as GraphStore;
      server = await serve(store, seeded.cleanup);
    }, 120_000);

    afterAll(async () => {
      down = false;
      await server?.close();
    });

    it(
      'asks no sign-in, switches to English (and says so in Accept-Language), and shows the national impact with its policy switch',
      async () => {
        const guard = await guardedContext(browser, server.baseUrl);
        const page = await guard.context.newPage();
        try {
          await page.goto(`${server.baseUrl}/`);
          await page.getByRole('link', { name: SZW }).waitFor();
          // The start screen's request leaves before React has loaded (prefetch.ts) and the screen takes its answer:
          // one request, not two.
          await page.waitForLoadState('networkidle');
          expect(guard.operations).toEqual(['StartScreen']);
          expect(await page.getByRole('heading', { name: 'Aanmelden' }).count()).toBe(0);
          await page.getByRole('button', { name: 'English' }).click();
          await page.getByRole('heading', { level: 1, name: 'Collaborations' }).waitFor();
          expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
          expect(guard.graphqlHeaders.at(-1)!['accept-language']).toMatch(/^en/);
          expect(guard.graphqlHeaders.every((h) => !('authorization' in h))).toBe(true);
          await expectAccessible(page);
          await screenshot(page, '07-start-english');

          const before = guard.operations.length;
          await page.getByRole('link', { name: 'National impact' }).click();
          const totals = page.getByTestId('national-totals');
          await totals.waitFor();
          expect(guard.operations.slice(before)).toEqual(['NationalImpactScreen']);
          const saving = async () => Number(/saving €([\d,]+)/.exec((await totals.textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? NaN);
          const baseline = await saving();
          expect(Number.isFinite(baseline)).toBe(true);
          await page.getByRole('checkbox', { name: /Joint audit allowed: DigiD/ }).check();
          await page.getByRole('button', { name: 'Calculate' }).click();
          await expect.poll(saving).toBeGreaterThan(baseline);
          expect(guard.operations.slice(before)).toEqual(['NationalImpactScreen', 'NationalImpactScreen']);
          await page.getByRole('button', { name: 'Nederlands' }).click();
          await page.getByRole('heading', { level: 1, name: 'Landelijk beeld' }).waitFor();
          await expectAccessible(page);
          await screenshot(page, '08-national');
          expect(guard.foreign).toEqual([]);
        } finally {
          await guard.context.close();
        }
      },
      BROWSER_TIMEOUT,
    );

    it(
      'analyses a new collaboration picked from municipalities',
      async () => {
        const guard = await guardedContext(browser, server.baseUrl);
        const page = await guard.context.newPage();
        try {
          await page.goto(`${server.baseUrl}/`);
          for (const name of ['Harlingen', 'Terschelling']) {
            await page.getByLabel('Gemeente zoeken').fill(name);
            await page.getByRole('button', { name: 'Zoek gemeente' }).click();
            await page.getByRole('button', { name: `${name} toevoegen` }).click();
          }
          await page.getByLabel('Rechtsvorm').selectOption('REGELING_ZONDER_MEER');
          const before = guard.operations.length;
          await page.getByRole('link', { name: 'Analyseer deze samenwerking' }).click();
          await page.getByRole('heading', { name: 'Overlap tussen normenkaders' }).waitFor();
          expect(guard.operations.slice(before)).toEqual(['CollaborationScreen']);
          expect(await page.getByText(/Deelnemers: Harlingen, Terschelling/).count()).toBe(1);
          await expect.poll(() => page.getByRole('heading', { level: 3, name: /^DigiD:/ }).textContent()).toMatch(/^DigiD: (Toegestaan|Onder voorwaarden|Geblokkeerd)$/);
          await expectAccessible(page);
          expect(guard.foreign).toEqual([]);
        } finally {
          await guard.context.close();
        }
      },
      BROWSER_TIMEOUT,
    );

    it(
      'does the joint DigiD what-if with the keyboard alone',
      async () => {
        const guard = await guardedContext(browser, server.baseUrl);
        const page = await guard.context.newPage();
        try {
          await page.goto(`${server.baseUrl}/`);
          await page.getByRole('link', { name: SZW }).waitFor();
          await tabTo(page, new RegExp(SZW));
          await page.keyboard.press('Enter');
          await page.getByRole('heading', { level: 1, name: SZW }).waitFor();
          await tabTo(page, /^Wat-als-scenario maken$/);
          await page.keyboard.press('Enter');
          await page.getByRole('checkbox', { name: /Gezamenlijke audit toegestaan: DigiD/ }).waitFor();
          await tabTo(page, /Gezamenlijke audit toegestaan: DigiD/);
          await page.keyboard.press('Space');
          expect(await page.getByRole('checkbox', { name: /Gezamenlijke audit toegestaan: DigiD/ }).isChecked()).toBe(true);
          await tabTo(page, /Gezamenlijke audit toegestaan: Suwinet/);
          await page.keyboard.press('Space');
          await tabTo(page, /^Vergelijken$/);
          await page.keyboard.press('Enter');
          const savingRow = page
            .getByTestId('differences')
            .getByRole('row')
            .filter({ has: page.getByRole('rowheader', { name: 'Besparing', exact: true }) });
          await expect.poll(() => savingRow.getByRole('cell').last().textContent()).toBe('Beleid');
          await tabTo(page, /Naam van het scenario/);
          await page.keyboard.type('Met het toetsenbord');
          await tabTo(page, /^Scenario opslaan$/);
          await page.keyboard.press('Enter');
          await page.getByRole('rowheader', { name: 'Met het toetsenbord' }).waitFor();
          expect(guard.foreign).toEqual([]);
        } finally {
          await guard.context.close();
        }
      },
      BROWSER_TIMEOUT,
    );

    it(
      'shows a banner, not a blank page, when the store is down (503)',
      async () => {
        const guard = await guardedContext(browser, server.baseUrl);
        const page = await guard.context.newPage();
        try {
          await page.goto(`${server.baseUrl}/`);
          await page.getByRole('link', { name: SZW }).waitFor();
          down = true;
          await page.getByRole('link', { name: 'Landelijk beeld' }).click();
          await expect.poll(() => page.getByRole('alert').filter({ hasText: 'De gegevensopslag is niet bereikbaar' }).count()).toBeGreaterThan(0);
          expect(await page.getByRole('heading', { level: 1, name: 'Landelijk beeld' }).isVisible()).toBe(true);
          await expectAccessible(page);
          await screenshot(page, '10-outage');
          down = false;
          // Back: "try again" asks anew, the answer comes and the banner goes.
          await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
          await page.getByTestId('national-totals').waitFor();
          await expect.poll(() => page.getByRole('alert').filter({ hasText: 'De gegevensopslag is niet bereikbaar' }).count()).toBe(0);
          expect(guard.foreign).toEqual([]);
        } finally {
          down = false;
          await guard.context.close();
        }
      },
      BROWSER_TIMEOUT,
    );
  });
});
