// SIGTERM while a slow request runs: the real server (`node --import tsx src/main.ts`) finishes the request with 200,
// closes its store (the access log then holds the request's outcome), then exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../src/app/web-build.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { dataField, isRecord, rawRequest } from '../fuzz/harness.js';
import { freePort } from './neo4j-instance.js';

/** Every municipality, every facility, the full obligations with their norms and mappings, three times over: seconds of work. */
const SLOW = `query Slow($i: AnalysisInput!) {
  ${['a', 'b', 'c'].map((alias) => `${alias}: minimalJointAudit(input: $i) { totalCost optimal
    obligations { engagement subject { id name } requirement { id name norms { id code title weight mappings { relation target { id code title framework { id } } } } } }
    engagements { id subjects { id } testedNorms { id mappings { relation target { id } } } } }`).join('\n  ')}
}`;

describe('SIGTERM during a slow request', () => {
  let dir: string;
  let child: ChildProcess | undefined;
  let port = 0;
  let stdout = '';
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The JSON lines the server has logged so far. */
  const logLines = () =>
    stdout
      .split('\n')
      .slice(0, -1) // the text after the last newline may be a line still being written
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(async () => {
    // The server builds the workbench at start when it is missing: build it here first, so the start is the server's own.
    await ensureWebBuild();
    dir = await mkdtemp(path.join(tmpdir(), 'harmonie-sigterm-'));
    port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', HARMONIE_AUTH: 'disabled', HARMONIE_DATA_DIR: dir, GRAPH_STORE: 'memory', LOG_LEVEL: 'info' };
    delete env.NEO4J_URI;
    // As `npm start` runs: vitest sets NODE_ENV=test, under which Apollo leaves termination signals alone.
    delete env.NODE_ENV;
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: PACKAGE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
    proc.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    proc.stderr?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    // The first start seeds the embedded store; then it logs where it listens.
    const deadline = Date.now() + 90_000;
    while (!logLines().some((l) => typeof l.url === 'string')) {
      if (proc.exitCode !== null) throw new Error(`the server exited during start (${proc.exitCode}):\n${stdout}`);
      if (Date.now() > deadline) throw new Error(`the server did not start within 90 s:\n${stdout}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 300_000);

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('finishes the request in flight with 200, then exits 0', async () => {
    const base = `http://127.0.0.1:${port}`;
    const members: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await rawRequest(base, {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($a: String) { municipalities(first: 100, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', variables: { a: after } }),
      });
      const m = dataField(page, 'municipalities');
      if (!isRecord(m) || !Array.isArray(m.edges) || !isRecord(m.pageInfo)) throw new Error(`no municipalities: ${page.text.slice(0, 300)}`);
      for (const e of m.edges) if (isRecord(e) && isRecord(e.node) && typeof e.node.id === 'string') members.push(e.node.id);
      if (m.pageInfo.hasNextPage !== true || typeof m.pageInfo.endCursor !== 'string') break;
      after = m.pageInfo.endCursor;
    }
    expect(members.length).toBeGreaterThan(300);
    const facilities = ['BRP_V', 'DIGID', 'DIGINETWERK', 'EHERKENNING', 'GEMNET', 'GGK', 'MIJNOVERHEID', 'NHR'];

    const t0 = performance.now();
    const slow = rawRequest(base, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SLOW, operationName: 'Slow', variables: { i: { members, legalForm: 'REGELING_ZONDER_MEER', facilities } } }) }, 120_000);
    // The request takes seconds (hundreds of members, all facilities, a 15 MB answer): half a second after sending it,
    // it is being worked on; the assertions below check it was still unanswered when the signal came.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const signalledAt = performance.now() - t0;
    child?.kill('SIGTERM');

    const res = await slow;
    const answeredAt = performance.now() - t0;
    const { code, signal } = await exited;
    const exitedAt = performance.now() - t0;
    console.log(`SIGTERM test: SIGTERM ${(signalledAt / 1000).toFixed(2)} s after the slow request was sent, answered ${res.status} at ${(answeredAt / 1000).toFixed(2)} s (${(res.text.length / 1e6).toFixed(1)} MB), process exited ${code} at ${(exitedAt / 1000).toFixed(2)} s`);

    expect(res.status).toBe(200);
    const a = dataField(res, 'a');
    expect(isRecord(a) && a.optimal === true, res.text.slice(0, 300)).toBe(true);
    expect(isRecord(res.json) && res.json.errors === undefined).toBe(true);
    // The request really was in flight when the signal came, and the process waited for it.
    expect(answeredAt).toBeGreaterThan(signalledAt);
    expect(exitedAt).toBeGreaterThanOrEqual(answeredAt);
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    // Logged as JSON lines: the signal, then the request's own line with its outcome.
    const lines = logLines();
    expect(lines.find((l) => l.signal === 'SIGTERM')?.msg).toMatch(/draining requests/);
    // The server's own shutdown ran to its end: the store closed, then the exit (not an event loop that ran dry).
    expect(lines.at(-1)?.msg).toMatch(/Stopped: requests drained, store closed/);
    expect(lines.filter((l) => l.msg === 'request').map((l) => [l.outcome, l.status])).toContainEqual(['OK', 200]);
    // The store was closed before the exit: the access log holds the answered request's outcome, not only its PENDING
    // entry (an outcome waits for the next commit, and closing the store writes it).
    const slowRequest = lines.find((l) => l.msg === 'request' && l.operation === 'Slow');
    expect(slowRequest?.requestId).toEqual(expect.any(String));
    const logged = (await readFile(path.join(dir, 'access-log.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; outcome: string });
    expect(logged.filter((e) => e.id === slowRequest?.requestId).map((e) => e.outcome)).toEqual(['PENDING', 'OK']);
  }, 120_000);
});
