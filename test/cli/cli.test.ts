import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

let dir: string;
const env = { ...process.env };
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'harmonie-cli-'));
  process.env.HARMONIE_DATA_DIR = path.join(dir, 'data');
  delete process.env.NEO4J_URI;
  delete process.env.GRAPH_STORE;
});
afterAll(async () => {
  process.env = env;
  await rm(dir, { recursive: true, force: true });
});

describe('harmonie CLI', () => {
  it('has --help on every command', async () => {
    for (const c of ['seed', 'audit', 'impact', 'import', 'keys', 'report']) {
      const r = await cli(c, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Usage: harmonie ${c}`));
    }
  });

  it('answers bad arguments with the usage and exit code 2', async () => {
    expect((await cli('audit')).code).toBe(2);
    const bad = await cli('audit', '--collaboration', 'x', '--as-of', '2015-13-01');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--as-of must be a date/);
    expect((await cli('impact', '--frobnicate')).code).toBe(2);
  });

  it('answers an unreadable or malformed policy file with exit code 1 and the reason', async () => {
    const missing = await cli('audit', '--collaboration', 'szw-noardwest-fryslan', '--policy', path.join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read policy file .*ENOENT/);
    const file = path.join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ connectionMode: 'SOMETIMES' }));
    const bad = await cli('audit', '--collaboration', 'szw-noardwest-fryslan', '--policy', file);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/connectionMode/);
  });

  it('finds a collaboration by a part of its name and prints its audit as JSON', async () => {
    const r = await cli('audit', '--collaboration', 'Noardwest', '--json', '--as-of', '2026-11-28');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out) as { optimal: boolean; totalCost: number; engagements: unknown[] };
    expect(plan.optimal).toBe(true);
    expect(plan.engagements.length).toBeGreaterThan(0);
  });

  it('prints the audit table in Dutch by default and in English with --lang en', async () => {
    const nl = await cli('audit', '--collaboration', 'szw-noardwest-fryslan', '--as-of', '2026-11-28');
    expect(nl.code).toBe(0);
    expect(nl.out).toMatch(/deelnemers, Openbaar lichaam/);
    expect(nl.out).toMatch(/ieder apart .* · optimaal .* · besparing .* · bewezen optimaal/);
    expect(nl.out).toMatch(/gescheiden: .* mag niet gezamenlijk/);
    const en = await cli('audit', '--collaboration', 'szw-noardwest-fryslan', '--as-of', '2026-11-28', '--lang', 'en');
    expect(en.out).toMatch(/baseline .* · optimal .* · savings .* · proven optimal/);
    expect(en.out).toMatch(/kept apart: .* is not jointAllowed/);
    const bad = await cli('audit', '--collaboration', 'szw-noardwest-fryslan', '--lang', 'fr');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--lang must be nl or en/);
  });

  it('applies a policy file', async () => {
    const file = path.join(dir, 'joint.json');
    await writeFile(file, JSON.stringify({ auditRequirements: [{ id: 'suwinet-audit', jointAllowed: true }, { id: 'brp-zelfevaluatie', jointAllowed: true }] }));
    const base = JSON.parse((await cli('audit', '--collaboration', 'szw-noardwest-fryslan', '--json')).out) as { totalCost: number };
    const joint = JSON.parse((await cli('audit', '--collaboration', 'szw-noardwest-fryslan', '--json', '--policy', file)).out) as { totalCost: number };
    expect(joint.totalCost).toBeLessThan(base.totalCost);
  });

  it('prints the national impact as one JSON object', async () => {
    const r = await cli('impact', '--json');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    const result = JSON.parse(lines.at(-1)!) as { totals: { collaborations: number } };
    expect(result.totals.collaborations).toBeGreaterThanOrEqual(6);
  });

  it('creates a key shown once on its last line, lists it without secret, and revokes it', async () => {
    const created = await cli('keys', 'create', '--role', 'ADVISOR', '--org', '00000001001234567000', '--name', 'advisor');
    expect(created.code).toBe(0);
    const token = created.out.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^hk_[0-9a-f]{12}\.[A-Za-z0-9_-]{43}$/);
    const listed = await cli('keys', 'list', '--json');
    const keys = JSON.parse(listed.out) as Array<Record<string, unknown>>;
    expect(keys.some((k) => 'hash' in k)).toBe(false);
    expect(listed.out).not.toContain(token.split('.')[1]);
    const id = token.slice(3, 15);
    expect((await cli('keys', 'revoke', id)).code).toBe(0);
    expect((JSON.parse((await cli('keys', 'list', '--json')).out) as Array<{ id: string; revokedAt: string | null }>).find((k) => k.id === id)?.revokedAt).not.toBeNull();
    expect((await cli('keys', 'create', '--role', 'KING', '--org', '00000001001234567000', '--name', 'x')).code).toBe(2);
    expect((await cli('keys', 'create', '--role', 'ADMIN', '--org', 'not-an-oin', '--name', 'x')).code).toBe(1);
    expect((await cli('keys', 'revoke', 'ffffffffffff')).code).toBe(1);
  });

  it('writes reports in every format and language', async () => {
    for (const [format, magic] of [['pdf', '%PDF-'], ['html', '<!DOCTYPE html>'], ['md', '# '], ['json', '{']] as const) {
      const out = path.join(dir, `report.${format}`);
      const r = await cli('report', '--collaboration', 'szw-noardwest-fryslan', '--format', format, '--lang', 'en', '--out', out);
      expect(r.code).toBe(0);
      expect((await readFile(out)).subarray(0, magic.length).toString()).toBe(magic);
    }
    expect((await cli('report', '--collaboration', 'szw-noardwest-fryslan', '--format', 'docx', '--out', 'x')).code).toBe(2);
    expect((await cli('report', '--scenario', 'nope', '--format', 'md', '--out', path.join(dir, 'x.md'))).code).toBe(1);
  });

  it('says which collaboration it cannot find, with exit code 1', async () => {
    const r = await cli('audit', '--collaboration', 'no such thing at all');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no collaboration has the id or name/);
  });
});
