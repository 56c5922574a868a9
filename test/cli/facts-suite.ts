// `harmonie facts` on whichever store the environment configures: the worklist as text in both languages and as JSON,
// counted over the seeded collaborations until a national data set is imported, then over it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const ISD = fileURLToPath(new URL('../fixtures/import/regioatlas-all-match.csv', import.meta.url));

type Worklist = {
  asOf: string; nationalDataSet: boolean; collaborations: number; analysedCollaborations: number; answers: Record<string, number>;
  facts: Array<{ kind: string; id: string; version: string | null; confidence: string; text: string; note: string | null; sources: Array<{ id: string; title: string; url: string | null }>; dependents: number; dependentsByAnalysis: Record<string, number> }>;
};
const json = (out: string) => JSON.parse(out.trim().split('\n').at(-1)!) as Worklist;

export function describeFactsCli(name: string, setup: () => Promise<{ env: Record<string, string | undefined> }>): void {
  describe(`harmonie facts on ${name}`, () => {
    let dir: string;
    const saved = { ...process.env };
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'harmonie-facts-'));
      for (const [k, v] of Object.entries((await setup()).env)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      process.env.HARMONIE_DATA_DIR = path.join(dir, 'data');
      if (process.env.NEO4J_URI) expect((await cli('seed')).code).toBe(0);
    });
    afterAll(async () => {
      process.env = saved;
      await rm(dir, { recursive: true, force: true });
    });

    let seeded: Worklist;
    it('prints the worklist as JSON: unsettled facts with sources, the answers counted, and that the national data set is not loaded', async () => {
      const r = await cli('facts', '--json');
      expect(r.code).toBe(0);
      seeded = json(r.out);
      expect(seeded.nationalDataSet).toBe(false);
      expect(seeded.analysedCollaborations).toBeGreaterThan(0);
      expect(seeded.analysedCollaborations).toBeLessThanOrEqual(seeded.collaborations);
      // One connection plan, one audit and one overlap per analysed collaboration; one eligibility per facility of each.
      for (const a of ['OVERLAP', 'CONNECTION_PLAN', 'MINIMAL_JOINT_AUDIT']) expect(seeded.answers[a], a).toBe(seeded.analysedCollaborations);
      expect(seeded.answers.ELIGIBILITY).toBeGreaterThanOrEqual(seeded.analysedCollaborations);
      expect(seeded.facts.length).toBeGreaterThan(0);
      for (const f of seeded.facts) {
        expect(['INFERRED', 'UNCONFIRMED']).toContain(f.confidence);
        expect(f.dependents).toBe(Object.values(f.dependentsByAnalysis).reduce((a, b) => a + b, 0));
        for (const [a, n] of Object.entries(f.dependentsByAnalysis)) expect(n, `${f.id} ${a}`).toBeLessThanOrEqual(seeded.answers[a]!);
        for (const s of f.sources) expect(s.title.length).toBeGreaterThan(0);
      }
      expect(seeded.facts.some((f) => f.dependents > 0 && f.sources.length > 0)).toBe(true);
      // The collaboration facts that the analyses rest on: an inferred analysed collaboration is in two answers (plan and audit).
      const szw = seeded.facts.find((f) => f.kind === 'COLLABORATION' && f.id === 'szw-noardwest-fryslan');
      if (szw) expect(szw.dependentsByAnalysis).toEqual({ ELIGIBILITY: 0, OVERLAP: 0, CONNECTION_PLAN: 1, MINIMAL_JOINT_AUDIT: 1 });
    });

    it('prints it as a table, in Dutch by default and in English on request', async () => {
      const nl = await cli('facts');
      expect(nl.code).toBe(0);
      expect(nl.out).toMatch(/^Werklijst van de curator: afgeleide en niet bevestigde feiten/);
      expect(nl.out).toMatch(/De landelijke dataset is niet geladen/);
      expect(nl.out).toMatch(/antwoorden\s+soort\s+id\s+zekerheid\s+feit\s+bronnen/);
      expect(nl.out).toContain(`${seeded.facts.length} feiten op de werklijst`);
      const en = await cli('facts', '--lang', 'en');
      expect(en.code).toBe(0);
      expect(en.out).toMatch(/^Curator's worklist: inferred and unconfirmed facts/);
      expect(en.out).toMatch(/The national data set is not loaded/);
      expect(en.out).toContain(`${seeded.facts.length} facts on the worklist`);
      expect((await cli('facts', '--lang', 'fr')).code).toBe(2);
      expect((await cli('facts', '--nope')).code).toBe(2);
    });

    it('counts over the national data set once collaborations are imported', async () => {
      expect((await cli('import', 'regioatlas', ISD, '--legal-form', 'OPENBAAR_LICHAAM', '--facilities', 'GGK,BRP_V', '--rejects', path.join(dir, 'isd.rejects.csv'), '--json')).code).toBe(0);
      const after = json((await cli('facts', '--json')).out);
      expect(after.nationalDataSet).toBe(true);
      expect(after.collaborations).toBe(seeded.collaborations + 2);
      expect(after.analysedCollaborations).toBe(seeded.analysedCollaborations + 2);
      expect(after.answers.ELIGIBILITY).toBe(seeded.answers.ELIGIBILITY! + 4);
      // Their eligibility rests on the same rules as every other openbaar lichaam's: those facts gain dependents.
      const rule = (w: Worklist) => w.facts.find((f) => f.kind === 'ELIGIBILITY_RULE' && f.id.startsWith('OPENBAAR_LICHAAM') && f.id.endsWith('GGK'));
      if (rule(seeded)) expect(rule(after)!.dependentsByAnalysis.ELIGIBILITY).toBe(rule(seeded)!.dependentsByAnalysis.ELIGIBILITY! + 2);
      const text = await cli('facts');
      expect(text.out).toMatch(/Geteld over de landelijke dataset/);
    });
  });
}
