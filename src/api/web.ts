// The browser side of the server: the advisor's workbench at `/` and GraphiQL at `/graphql` (for a browser), both
// static files built by Vite into dist/web (see web/), served from this host only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import { WEB_DIR } from '../app/web-build.js';

export interface WebOptions {
  /** False with HARMONIE_AUTH=disabled: the workbench then asks for no sign-in. */
  auth: boolean;
  /** HARMONIE_LANDING_PAGE: whether a browser gets GraphiQL at /graphql. */
  graphiql: boolean;
  dir?: string;
}

// Everything from this host: scripts, styles, workers and requests; nothing from anywhere else. Inline styles are
// allowed because the editor (Monaco) and the charts set style attributes.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Routes for `/`, `/assets/…` and `GET /graphql` from a browser; mount before the GraphQL endpoint. */
export function webRoutes({ auth, graphiql, dir = WEB_DIR }: WebOptions): express.Router {
  const router = express.Router();
  const pages = new Map<string, string>();
  // The pages are read once, on first use: a server started before the build still serves it once it exists.
  const page = (name: 'index.html' | 'graphiql.html'): string | null => {
    const cached = pages.get(name);
    if (cached) return cached;
    try {
      const html = readFileSync(path.join(dir, name), 'utf8').replace(
        '<meta name="harmonie-auth" content="enabled" />',
        `<meta name="harmonie-auth" content="${auth ? 'enabled' : 'disabled'}" />`,
      );
      pages.set(name, html);
      return html;
    } catch {
      return null;
    }
  };
  const send = (name: 'index.html' | 'graphiql.html') => (_req: express.Request, res: express.Response) => {
    const html = page(name);
    if (html === null) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'De werkbank is nog niet gebouwd: voer `npm run build` uit (of start met `npm start`).\nThe workbench has not been built: run `npm run build` (or start with `npm start`).\n',
        );
      return;
    }
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  };

  router.get('/', send('index.html'));
  router.get('/index.html', send('index.html'));
  router.get('/graphql', (req, res, next) => {
    // A browser asks for HTML first; a GraphQL client (or curl's */*) asks for JSON first and reaches Apollo.
    if (graphiql && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html') return send('graphiql.html')(req, res);
    next();
  });
  // Built file names carry a content hash, so they may be cached for good.
  router.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  return router;
}
