import { cp, mkdtemp, readFile, rm, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { DEFAULT_SEED_DIR, SeedValidationError, loadSeed } from '../../src/seed/load.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function seedCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'harmonie-seed-'));
  dirs.push(dir);
  await cp(DEFAULT_SEED_DIR, dir, { recursive: true });
  return dir;
}

async function problemsOf(dir: string) {
  try {
    await loadSeed(dir);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the seed to be refused');
}

describe('graph-seed', () => {
  it('is valid, complete and stable', async () => {
    const a = await loadSeed();
    const b = await loadSeed();
    expect(a.hash).toBe(b.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.graph.municipalities).toHaveLength(390);
    // Seven legal forms; the centrumgemeente (Wgr article, 2015) and the private-law form (OIN, 2017) in two versions each.
    expect(new Set(a.graph.legalForms.map((l) => l.code)).size).toBe(7);
    expect(a.graph.legalForms).toHaveLength(9);
    expect(a.graph.collaborations.length).toBeGreaterThanOrEqual(6);
  });

  it('cites only registered sources and marks every cost figure as an assumption', async () => {
    const { graph } = await loadSeed();
    for (const c of graph.costModel) expect(c.confidence).toBe('ASSUMPTION');
    const placeholders = graph.norms.filter((n) => n.code.startsWith('UNIDENTIFIED'));
    for (const n of placeholders) expect(n.confidence).toBe('UNCONFIRMED');
  });

  it('refuses a file with a wrong type, naming file and path', async () => {
    const dir = await seedCopy();
    const file = path.join(dir, 'legal-forms.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/legalPersonality: (true|false)/, 'legalPersonality: perhaps'));
    const problems = await problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'legal-forms.yaml', path: expect.stringMatching(/^legalForms\[\d+\]\.legalPersonality$/) }));
  });

  it('refuses a human text in one language only, or as a plain string, naming file, path and the missing language', async () => {
    const dir = await seedCopy();
    const eligibility = path.join(dir, 'eligibility.yaml');
    const text = await readFile(eligibility, 'utf8');
    // The first rule's English reason removed; the second rule's reason one plain string.
    const withoutEnglish = text.replace(/(reason:\n\s+nl: [^\n]+(?:\n\s{8}[^\n]+)*)\n\s+en: [^\n]+(?:\n\s{8}[^\n]+)*/, '$1');
    expect(withoutEnglish).not.toBe(text);
    const plain = withoutEnglish.replace(/(- id: GEMEENTE:EHERKENNING[\s\S]*?)reason:\n\s+nl: [^\n]+\n\s+en: ([^\n]+)/, '$1reason: $2');
    expect(plain).not.toBe(withoutEnglish);
    await writeFile(eligibility, plain);
    const problems = await problemsOf(dir);
    expect(problems).toContainEqual({ file: 'eligibility.yaml', path: 'rules[0].reason.en', message: 'the English (en) text is missing' });
    expect(problems).toContainEqual({ file: 'eligibility.yaml', path: 'rules[1].reason', message: 'must be a text in Dutch and English: {nl: "…", en: "…"}' });
  });

  it('refuses an empty text in either language and a language the graph does not have', async () => {
    const dir = await seedCopy();
    const file = path.join(dir, 'legal-forms.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/(name:\n\s+)nl: [^\n]+/, '$1nl: "  "').replace(/(description:\n(\s+)nl: [^\n]+(?:\n\s{8}[^\n]+)*)/, '$1\n$2de: Beschreibung'));
    const problems = await problemsOf(dir);
    expect(problems).toContainEqual({ file: 'legal-forms.yaml', path: 'legalForms[0].name.nl', message: 'the Dutch (nl) text must not be empty' });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'legal-forms.yaml', path: expect.stringMatching(/^legalForms\[0\]\.description/) }));
  });

  it('refuses a reference to an unknown source or facility', async () => {
    const dir = await seedCopy();
    const file = path.join(dir, 'eligibility.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/facility: DIGID/, 'facility: DIGIDD'));
    const problems = await problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'eligibility.yaml', message: 'unknown facility "DIGIDD"' }));
  });

  it('refuses YAML that does not parse', async () => {
    const dir = await seedCopy();
    await writeFile(path.join(dir, 'cost-model.yaml'), 'evidenceCosts: [unclosed');
    const problems = await problemsOf(dir);
    expect(problems[0]).toMatchObject({ file: 'cost-model.yaml', message: expect.stringMatching(/not valid YAML/) });
  });

  it('loads nothing into the store when the seed is broken', async () => {
    const dir = await seedCopy();
    await writeFile(path.join(dir, 'facilities.yaml'), 'facilities: []');
    const dataDir = await mkdtemp(path.join(tmpdir(), 'harmonie-data-'));
    dirs.push(dataDir);
    const env = { ...process.env };
    process.env.HARMONIE_DATA_DIR = dataDir;
    delete process.env.NEO4J_URI;
    delete process.env.GRAPH_STORE;
    try {
      expect(await run(['seed', '--dir', dir])).toBe(1);
    } finally {
      process.env = env;
    }
    await expect(access(path.join(dataDir, 'graph.json'))).rejects.toThrow();
  });

  it('answers a usage error with exit code 2', async () => {
    expect(await run(['seed', '--nonsense'])).toBe(2);
    expect(await run(['frobnicate'])).toBe(2);
  });
});
