// The service log: one JSON line per request with who, for whom, what, outcome and duration; errors with their cause;
// LOG_LEVEL honoured; and no API key, Authorization value or secret in any line, whatever the request or the error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { createKey } from '../../src/app/keys.js';
import { createLogger } from '../../src/log.js';
import type { GraphStore } from '../../src/store/port.js';
import { seededMemoryStore } from '../helpers/server.js';

const ORG = '00000001001234567000';
const PASSWORD = 'neo4j-pw-Zq8#very-secret';

/** A logger writing into an array, one parsed line per entry (and the raw text beside it). */
function capture(level: 'silent' | 'error' | 'info' | 'debug') {
  const raw: string[] = [];
  const logger = createLogger({ level, secrets: [PASSWORD], destination: { write: (s: string) => void raw.push(s) } });
  return { logger, raw, lines: () => raw.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('the service log', () => {
  let server: RunningServer;
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  let failCatalogue = false;
  const log = capture('debug');
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const seeded = await seededMemoryStore();
    cleanup = seeded.cleanup;
    tokens.analyst = (await createKey(seeded.store, { role: 'ANALYST', organisation: ORG, name: 'log analyst' })).token;
    // A store whose catalogue read can fail with an unexpected error that carries a key and the password in its text.
    store = new Proxy(seeded.store, {
      get(target, prop, receiver) {
        const v: unknown = Reflect.get(target, prop, receiver);
        if (prop === 'catalogue' && failCatalogue) {
          return async () => {
            throw new Error(`catalogue read failed for ${tokens.analyst}`, { cause: new Error(`the disk refused: password=${PASSWORD}`) });
          };
        }
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    server = await startServer({ store, host: '127.0.0.1', port: 0, access: { enabled: true, ratePerMinute: 1_000 }, logger: log.logger });
  });
  afterAll(async () => {
    await server.stop();
    await store.close();
    await cleanup();
  });

  const post = (body: string, headers: Record<string, string>) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const as = (authorization: string) => ({ authorization, 'x-acting-for': ORG, 'x-purpose': `purpose with ${PASSWORD.slice(0, 3)}` });

  it('writes one line per request, and none carries a key, an Authorization value or a secret', async () => {
    const analyst = tokens.analyst!;
    const wrongSecret = `${analyst.slice(0, -6)}AAAAAA`;
    const requests: Array<{ name: string; res: Promise<Response>; outcome: string; status: number }> = [];
    const send = (name: string, outcome: string, status: number, body: string, authorization: string) => requests.push({ name, outcome, status, res: post(body, as(authorization)) });
    // One after the other, so each line can be matched to its request by order too.
    send('answered', 'OK', 200, JSON.stringify({ query: 'query Forms { legalForms { code } }', operationName: 'Forms' }), `Bearer ${analyst}`);
    await requests.at(-1)!.res;
    send('refused by role', 'FORBIDDEN', 403, JSON.stringify({ query: '{ accessLog { totalCount } }' }), `Bearer ${analyst}`);
    await requests.at(-1)!.res;
    send('wrong secret', 'UNAUTHENTICATED', 401, JSON.stringify({ query: '{ legalForms { code } }' }), `Bearer ${wrongSecret}`);
    await requests.at(-1)!.res;
    send('malformed key', 'UNAUTHENTICATED', 401, JSON.stringify({ query: '{ legalForms { code } }' }), 'Bearer not-a-key-but-a-secret-1234');
    await requests.at(-1)!.res;
    send('key in the variables', 'OK', 200, JSON.stringify({ query: 'query($k: String) { municipalities(search: $k) { totalCount } }', variables: { k: analyst } }), `Bearer ${analyst}`);
    await requests.at(-1)!.res;
    send('body that is not JSON', 'BAD_REQUEST', 400, '{"query": ', `Bearer ${analyst}`);
    await requests.at(-1)!.res;
    failCatalogue = true;
    send('unexpected error', 'INTERNAL_SERVER_ERROR', 200, JSON.stringify({ query: '{ facilities { code } }' }), `Bearer ${analyst}`);
    await requests.at(-1)!.res;
    failCatalogue = false;
    const responses = await Promise.all(requests.map((r) => r.res));
    // The answer has left before its line is written: give the 'finish' handlers a turn.
    await new Promise((resolve) => setTimeout(resolve, 50));

    const lines = log.lines();
    const requestLines = lines.filter((l) => l.msg === 'request');
    expect(requestLines).toHaveLength(requests.length);
    requests.forEach((r, i) => {
      const line = requestLines[i]!;
      expect(responses[i]!.status, r.name).toBe(r.status);
      expect(line, r.name).toMatchObject({ outcome: r.outcome, status: r.status, service: 'harmonie' });
      expect(line.requestId, r.name).toBe(responses[i]!.headers.get('x-request-id'));
      expect(typeof line.durationMs, r.name).toBe('number');
      expect(Object.keys(line).sort(), r.name).toEqual(['actingFor', 'durationMs', 'level', 'msg', 'operation', 'outcome', 'requestId', 'role', 'service', 'status', 'time']);
    });
    expect(requestLines[0]).toMatchObject({ operation: 'Forms', role: 'ANALYST', actingFor: ORG });
    expect(requestLines[1]).toMatchObject({ operation: 'anonymous query', role: 'ANALYST' });

    // The unexpected error is logged with its cause (their texts scrubbed of the key and the password).
    const error = lines.find((l) => l.msg === 'unexpected error') as { err?: { message: string; cause?: { message: string } } } | undefined;
    expect(error?.err?.message).toBe('catalogue read failed for [redacted]');
    expect(error?.err?.cause?.message).toBe('the disk refused: password=[redacted]');

    const text = log.raw.join('');
    for (const secret of [analyst, analyst.split('.')[1]!, wrongSecret, wrongSecret.split('.')[1]!, 'not-a-key-but-a-secret-1234', PASSWORD]) {
      expect(text.includes(secret), `a log line holds ${secret.slice(0, 6)}…`).toBe(false);
    }
    expect(text).not.toMatch(/Bearer (?!\[redacted\])/);
    expect(text.toLowerCase()).not.toContain('authorization');
  });
});

describe('LOG_LEVEL', () => {
  it('writes request lines at info and debug, only errors at error, and nothing when silent', () => {
    const counts = (['debug', 'info', 'error', 'silent'] as const).map((level) => {
      const { logger, raw } = capture(level);
      logger.info({ requestId: 'r' }, 'request');
      logger.error({ err: new Error('outer', { cause: new Error('inner') }) }, 'failed');
      return [level, raw.length];
    });
    expect(counts).toEqual([['debug', 2], ['info', 2], ['error', 1], ['silent', 0]]);
  });

  it('scrubs a key, an Authorization credential and a configured secret from any field or message', () => {
    const { logger, raw } = capture('info');
    const key = `hk_0123456789ab.${'x'.repeat(43)}`;
    logger.info({ headers: { authorization: `Bearer ${key}` }, note: `Basic dXNlcjpwYXNz and ${key}`, nested: { password: 'p', token: 't' } }, `password ${PASSWORD}`);
    const line = JSON.parse(raw[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ headers: { authorization: '[redacted]' }, note: 'Basic [redacted] and [redacted]', nested: { password: '[redacted]', token: '[redacted]' }, msg: 'password [redacted]' });
  });
});
