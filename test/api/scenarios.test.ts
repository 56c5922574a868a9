import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/seed/load.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { serve, type TestServer } from '../helpers/server.js';

const SIX = ['GM0014', 'GM0034', 'GM0037', 'GM0047', 'GM0050', 'GM0059'];
const BASELINE = { members: SIX, legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'], asOf: '2026-11-28' };
const VARIANT = { ...BASELINE, legalForm: 'OPENBAAR_LICHAAM', policy: { auditRequirements: [{ id: 'digid-assessment', jointAllowed: true }] } };

const SAVE = `mutation($input: ScenarioInput!) { saveScenario(input: $input) { id name owner createdAt updatedAt baseline { members legalForm facilities asOf } variant { legalForm policy { auditRequirements { id jointAllowed } } } } }`;
const COMPARE = `query($b: AnalysisInput!, $v: AnalysisInput!) { compareScenarios(baseline: $b, scenario: $v) {
  inputChanges { dimension description }
  connectionChanges { facility { code } baseline variant causes }
  eligibilityChanges { facility { code } baseline variant causes }
  differences { aspect facility { code } baseline variant delta causes }
  delta { connections oins certificates engagements baselineCost totalCost savings }
  baseline { totals { totalCost engagements } audit { optimal } }
  variant { totals { totalCost engagements } connectionPlan { facilities { mode } } }
} }`;

type Diff = { aspect: string; facility: { code: string } | null; causes: string[]; delta: number | null };

let dir: string;
let t: TestServer;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'harmonie-scen-'));
  const store = await MemoryStore.open(dir);
  await store.loadSeed(await loadSeed());
  t = await serve(store);
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

describe('compareScenarios', () => {
  it('lists every difference with the input change that causes it', async () => {
    const res = await t.gql<{ compareScenarios: { inputChanges: Array<{ dimension: string }>; connectionChanges: Array<{ facility: { code: string }; baseline: string; variant: string; causes: string[] }>; eligibilityChanges: Array<{ causes: string[] }>; differences: Diff[]; delta: { oins: number; certificates: number; totalCost: number }; baseline: { totals: { totalCost: number } }; variant: { totals: { totalCost: number } } } }>(COMPARE, { b: BASELINE, v: VARIANT });
    expect(res.body.errors).toBeUndefined();
    const c = res.body.data!.compareScenarios;
    expect(c.inputChanges.map((i) => i.dimension)).toEqual(['LEGAL_FORM', 'POLICY']);
    expect(c.connectionChanges).toEqual([{ facility: { code: 'DIGID' }, baseline: 'PER_MEMBER', variant: 'JOINT', causes: ['LEGAL_FORM'] }]);
    expect(c.eligibilityChanges[0]!.causes).toEqual(['LEGAL_FORM']);
    const cost = c.differences.find((d) => d.aspect === 'optimal audit cost')!;
    expect(cost.causes.sort()).toEqual(['LEGAL_FORM', 'POLICY']);
    expect(cost.delta).toBeCloseTo(c.variant.totals.totalCost - c.baseline.totals.totalCost, 6);
    expect(c.delta.oins).toBe(1 - 6);
    expect(c.delta.certificates).toBeLessThan(0);
  });

  it('attributes a difference to the date alone when only the date changes', async () => {
    const res = await t.gql<{ compareScenarios: { inputChanges: Array<{ dimension: string }>; differences: Diff[] } }>(COMPARE, { b: { ...BASELINE, asOf: '2015-06-01' }, v: BASELINE });
    const c = res.body.data!.compareScenarios;
    expect(c.inputChanges.map((i) => i.dimension)).toEqual(['DATE']);
    expect(c.differences.length).toBeGreaterThan(0);
    for (const d of c.differences) expect(d.causes).toEqual(['DATE']);
  });

  it('words the input changes in the language of the request', async () => {
    type C = { compareScenarios: { inputChanges: Array<{ dimension: string; description: string }> } };
    const nl = (await t.gql<C>(COMPARE, { b: BASELINE, v: VARIANT })).body.data!.compareScenarios.inputChanges;
    const en = (await t.gql<C>(COMPARE, { b: BASELINE, v: VARIANT }, { 'accept-language': 'en' })).body.data!.compareScenarios.inputChanges;
    expect(nl.map((i) => i.description)).toEqual([
      `rechtsvorm ${BASELINE.legalForm} → OPENBAAR_LICHAAM`,
      'beleid: digid-assessment: jointAllowed true',
    ]);
    expect(en.map((i) => i.description)).toEqual([
      `legal form ${BASELINE.legalForm} → OPENBAAR_LICHAAM`,
      'policy: digid-assessment: jointAllowed true',
    ]);
  });
});

describe('scenarios', () => {
  it('saves, reads back byte for byte, lists, compares and deletes', async () => {
    const name = 'Zuid-Holland — "gezamenlijk" ✓ <script>x</script> ’s-Gravenhage 🚀';
    const saved = await t.gql<{ saveScenario: { id: string; name: string; createdAt: string } }>(SAVE, { input: { name, owner: 'GM0014', baseline: BASELINE, variant: VARIANT } });
    expect(saved.body.errors).toBeUndefined();
    const id = saved.body.data!.saveScenario.id;
    expect(saved.body.data!.saveScenario.name).toBe(name);

    const read = await t.gql<{ scenario: { name: string; baseline: { members: string[] }; comparison: { connectionChanges: Array<{ variant: string }> } } }>(
      'query($id: ID!) { scenario(id: $id) { name baseline { members } comparison { connectionChanges { variant } } } }', { id });
    expect(read.body.data!.scenario.name).toBe(name);
    expect(read.body.data!.scenario.baseline.members).toEqual(SIX);
    expect(read.body.data!.scenario.comparison.connectionChanges[0]!.variant).toBe('JOINT');

    const listed = await t.gql<{ scenarios: { totalCount: number; edges: Array<{ node: { id: string } }> } }>('{ scenarios(owner: "GM0014") { totalCount edges { node { id } } } }');
    expect(listed.body.data!.scenarios.edges.map((e) => e.node.id)).toContain(id);
    const others = await t.gql<{ scenarios: { totalCount: number } }>('{ scenarios(owner: "GM0034") { totalCount } }');
    expect(others.body.data!.scenarios.totalCount).toBe(0);

    const updated = await t.gql<{ saveScenario: { createdAt: string; name: string } }>(SAVE, { input: { id, name: 'Renamed', owner: 'GM0014', baseline: BASELINE, variant: VARIANT } });
    expect(updated.body.data!.saveScenario.createdAt).toBe(saved.body.data!.saveScenario.createdAt);

    // Survives a restart of the embedded store.
    const reopened = await MemoryStore.open(dir);
    expect((await reopened.scenario(id))?.name).toBe('Renamed');

    expect((await t.gql('mutation($id: ID!) { deleteScenario(id: $id) }', { id })).body.data).toEqual({ deleteScenario: true });
    const gone = await t.gql('query($id: ID!) { scenario(id: $id) { id } }', { id });
    expect(gone.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const again = await t.gql('mutation($id: ID!) { deleteScenario(id: $id) }', { id });
    expect(again.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a bad scenario with the path of the bad field and writes nothing', async () => {
    const count = async () => (await t.gql<{ scenarios: { totalCount: number } }>('{ scenarios { totalCount } }')).body.data!.scenarios.totalCount;
    const before = await count();
    const blank = await t.gql(SAVE, { input: { name: '   ', owner: 'GM0014', baseline: BASELINE, variant: VARIANT } });
    expect(blank.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const member = await t.gql(SAVE, { input: { name: 'x', owner: 'GM0014', baseline: BASELINE, variant: { ...VARIANT, members: ['GM9999'] } } });
    expect(member.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.variant.members[0]' });
    const owner = await t.gql(SAVE, { input: { name: 'x', owner: 'bad owner!', baseline: BASELINE, variant: VARIANT } });
    expect(owner.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.owner' });
    const unknown = await t.gql(SAVE, { input: { id: 'nope', name: 'x', owner: 'GM0014', baseline: BASELINE, variant: VARIANT } });
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    expect(await count()).toBe(before);
  });
});

describe('nationalImpact', () => {
  it('analyses every collaboration that can be analysed and says why the others are skipped', async () => {
    const q = `query($p: PolicyInput) { nationalImpact(policy: $p, asOf: "2026-11-28") { totals { collaborations analysed skipped municipalities obligations baselineCost totalCost savings optimal } collaborations { id skipped members baselineCost totalCost } municipalities { id obligations baselineCost optimalCost } } }`;
    type R = { nationalImpact: { totals: { collaborations: number; analysed: number; skipped: number; obligations: number; baselineCost: number; totalCost: number; savings: number; optimal: boolean }; collaborations: Array<{ id: string; skipped: string | null }>; municipalities: Array<{ baselineCost: number; optimalCost: number }> } };
    const today = await t.gql<R>(q);
    expect(today.body.errors).toBeUndefined();
    const n = today.body.data!.nationalImpact;
    expect(n.totals.collaborations).toBe(6);
    expect(n.totals.analysed + n.totals.skipped).toBe(6);
    expect(n.collaborations.find((c) => c.id === 'dimpact')!.skipped).toBe('no members known');
    expect(n.totals.optimal).toBe(true);
    const joint = await t.gql<R>(q, { p: { auditRequirements: [{ id: 'digid-assessment', jointAllowed: true }, { id: 'suwinet-audit', jointAllowed: true }] } });
    expect(joint.body.data!.nationalImpact.totals.totalCost).toBeLessThan(n.totals.totalCost);
    expect(joint.body.data!.nationalImpact.totals.baselineCost).toBe(n.totals.baselineCost);
  });
});
