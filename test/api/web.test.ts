// The browser routes without a browser: the workbench page at /, GraphiQL for a browser at /graphql (and JSON for
// everyone else), the sign-in marker for HARMONIE_AUTH=disabled, the CSP, and a clear answer when nothing is built.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webRoutes, type WebOptions } from '../../src/api/web.js';

const INDEX = '<!doctype html><html lang="nl"><head><meta name="harmonie-auth" content="enabled" /><title>werkbank</title></head><body></body></html>';
const GRAPHIQL = '<!doctype html><html><head><meta name="harmonie-auth" content="enabled" /><title>GraphiQL</title></head><body></body></html>';

let dir: string;
const servers: http.Server[] = [];

/** An app with the web routes and, behind them, a stand-in for the GraphQL endpoint. */
async function start(options: Omit<WebOptions, 'dir'>, webDir = dir): Promise<string> {
  const app = express();
  app.use(webRoutes({ ...options, dir: webDir }));
  app.all('/graphql', (_req, res) => void res.json({ data: { __typename: 'Query' } }));
  const server = http.createServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'harmonie-web-routes-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), INDEX);
  await writeFile(path.join(dir, 'graphiql.html'), GRAPHIQL);
  await writeFile(path.join(dir, 'assets', 'main-abc123.js'), 'console.log(1)');
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await rm(dir, { recursive: true, force: true });
});

describe('the browser routes', () => {
  it('serves the workbench at / with a same-origin CSP, marked for sign-in when authentication is on', async () => {
    const base = await start({ auth: true, graphiql: true });
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*connect-src 'self'/);
    expect(await res.text()).toContain('<meta name="harmonie-auth" content="enabled" />');
    const asset = await fetch(`${base}/assets/main-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('tells the page that no sign-in is needed when authentication is disabled', async () => {
    const base = await start({ auth: false, graphiql: true });
    expect(await (await fetch(`${base}/`)).text()).toContain('<meta name="harmonie-auth" content="disabled" />');
  });

  it('answers a browser at /graphql with GraphiQL and every other client with the API', async () => {
    const base = await start({ auth: true, graphiql: true });
    const browser = await fetch(`${base}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(await browser.text()).toContain('<title>GraphiQL</title>');
    for (const accept of ['application/json', '*/*', 'application/graphql-response+json']) {
      const client = await fetch(`${base}/graphql`, { headers: { accept } });
      expect(client.headers.get('content-type')).toContain('application/json');
    }
  });

  it('leaves /graphql to the API when GraphiQL is switched off (HARMONIE_LANDING_PAGE=false)', async () => {
    const base = await start({ auth: true, graphiql: false });
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type')).toContain('application/json');
  });

  it('says in Dutch and English how to build the workbench when it has not been built', async () => {
    const base = await start({ auth: true, graphiql: true }, path.join(dir, 'nothing-here'));
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(text).toContain('De werkbank is nog niet gebouwd');
    expect(text).toContain('The workbench has not been built: run `npm run build`');
  });
});
