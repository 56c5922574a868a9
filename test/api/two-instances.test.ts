// Scale-out: two API processes (`node --import tsx src/main.ts`) on one Neo4j. A write through one is seen by the very
// next request through the other — no sleep, no retry — for a curation (the cached catalogue) and for scenarios.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../../src/app/keys.js';
import { ensureWebBuild } from '../../src/app/web-build.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { loadSeed } from '../../src/seed/load.js';
import { freePort } from '../faults/neo4j-instance.js';
import { assertNeo4jAvailable, freshNeo4jStore, IN_CI, neo4jSkipReason, TEST_NEO4J_URI } from '../helpers/neo4j.js';

if (IN_CI) {
  it('has a Neo4j to test against (required under CI)', () => {
    assertNeo4jAvailable();
  });
}

const ORG = '00000001001234567000';

interface Instance {
  url: string;
  process: ChildProcess;
  output: () => string;
}

async function startInstance(): Promise<Instance> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', NEO4J_URI: TEST_NEO4J_URI, GRAPH_STORE: 'neo4j', LOG_LEVEL: 'error' };
  delete env.HARMONIE_AUTH;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: PACKAGE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString('utf8')));
  const deadline = Date.now() + 90_000;
  const healthy = () => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
  while (!(await healthy())) {
    if (child.exitCode !== null) throw new Error(`an API instance exited during start (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`an API instance did not start within 90 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: `http://127.0.0.1:${port}/graphql`, process: child, output: () => output };
}

describe.skipIf(neo4jSkipReason !== null)('two API instances on one Neo4j', () => {
  let a: Instance;
  let b: Instance;
  let token: string;

  beforeAll(async () => {
    const store = await freshNeo4jStore();
    try {
      await store.loadSeed(await loadSeed());
      token = (await createKey(store, { role: 'ADMIN', organisation: ORG, name: 'two-instances test' })).token;
    } finally {
      await store.close();
    }
    // The server builds the workbench at start when it is missing: build it once here, not twice at the same time.
    await ensureWebBuild();
    [a, b] = await Promise.all([startInstance(), startInstance()]);
  }, 300_000);

  afterAll(() => {
    for (const i of [a, b]) if (i && i.process.exitCode === null) i.process.kill('SIGKILL');
  });

  async function post<T>(instance: Instance, query: string, variables: Record<string, unknown>) {
    const res = await fetch(instance.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-acting-for': ORG, 'x-purpose': 'two-instances test' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as { data?: T | null; errors?: Array<{ extensions?: { code?: string } }> } };
  }

  async function gql<T>(instance: Instance, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { status, body } = await post<T>(instance, query, variables);
    if (!body.data || body.errors) throw new Error(`${status}: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  const COST = 'query($d: Date) { costModel(asOf: $d) { evidence fixedCost version } }';
  type Cost = { costModel: Array<{ evidence: string; fixedCost: number; version: string }> };
  const CURATE = 'mutation($input: CurationInput!) { curate(input: $input) { version } }';

  async function curateThrough(writer: Instance, reader: Instance, effectiveFrom: string): Promise<void> {
    // The reader has the catalogue of the current version cached before the write.
    const before = (await gql<Cost>(reader, COST, { d: effectiveFrom })).costModel.find((c) => c.evidence === 'IT_AUDIT')!;
    const current = (await gql<Cost>(writer, COST, { d: effectiveFrom })).costModel.find((c) => c.evidence === 'IT_AUDIT')!;
    expect(current).toEqual(before);
    const fixedCost = before.fixedCost + 1234;
    const done = await gql<{ curate: { version: string } }>(writer, CURATE, {
      input: {
        kind: 'EVIDENCE_COST', reason: 'two-instances test', effectiveFrom, expectedVersion: before.version,
        fact: { evidence: 'IT_AUDIT', fixedCost, subjectCost: 0, sources: ['harmonie-cost-assumptions'], confidence: 'ASSUMPTION', note: { nl: 'test', en: 'test' } },
      },
    });
    // The next request through the other instance: no sleep between the two.
    const after = (await gql<Cost>(reader, COST, { d: effectiveFrom })).costModel.find((c) => c.evidence === 'IT_AUDIT')!;
    expect(after).toEqual({ evidence: 'IT_AUDIT', fixedCost, version: done.curate.version });
  }

  it('a curation through A is in B\'s next answer, and one through B in A\'s', async () => {
    await curateThrough(a, b, '2030-01-01');
    await curateThrough(b, a, '2031-01-01');
  });

  it('a scenario saved through A is read through B at once; changed and deleted through B, A sees each change at once', async () => {
    const SAVE = 'mutation($input: ScenarioInput!) { saveScenario(input: $input) { id name updatedAt } }';
    const READ = 'query($id: ID!) { scenario(id: $id) { id name } }';
    const input = (name: string, id?: string) => ({
      ...(id ? { id } : {}), name, owner: ORG,
      baseline: { collaboration: null, members: ['GM0014', 'GM0034'], legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'] },
      variant: { members: ['GM0014', 'GM0034'], legalForm: 'OPENBAAR_LICHAAM', facilities: ['DIGID'] },
    });
    const saved = (await gql<{ saveScenario: { id: string } }>(a, SAVE, { input: input('first') })).saveScenario;
    expect((await gql<{ scenario: { name: string } | null }>(b, READ, { id: saved.id })).scenario).toEqual({ id: saved.id, name: 'first' });
    await gql(b, SAVE, { input: input('renamed', saved.id) });
    expect((await gql<{ scenario: { name: string } | null }>(a, READ, { id: saved.id })).scenario).toEqual({ id: saved.id, name: 'renamed' });
    await gql(b, 'mutation($id: ID!) { deleteScenario(id: $id) }', { id: saved.id });
    const gone = await post(a, READ, { id: saved.id });
    expect(gone.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
