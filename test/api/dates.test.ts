// One request, several dates: every part of an answer is read at its own date (src/api/dates.ts), never at
// another part's: aliased root fields, the two sides of a comparison, an `asOf` argument below a root field.
import type { GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/api/context.js';
import { AnswerDates } from '../../src/api/dates.js';
import { seededServer } from '../helpers/server.js';

const t = seededServer();

const THEN = '2015-06-01';
const NOW = '2026-11-28';
const SIX = ['GM0014', 'GM0034', 'GM0037', 'GM0047', 'GM0050', 'GM0059'];

/** A facility with the frameworks of its audit requirements: what the dates below change for DIGID and GGK. */
interface Deeper {
  code: string;
  auditRequirements: Array<{ normFramework: { id: string } }>;
}

async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await t.gql<T>(query, variables);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!;
}

const DEEPER = /* GraphQL */ `fragment Deeper on Facility { code auditRequirements { normFramework { id } } }`;
const frameworksOf = (facility: Deeper) => facility.auditRequirements.map((r) => r.normFramework.id);
const find = <T extends { facility: Deeper }>(list: T[], code: string): T => list.find((x) => x.facility.code === code)!;

describe('the date of each part of an answer', () => {
  // What a date changes for DIGID: its assessment follows DigiD norm framework 1.0 in 2015, 3.0 today.
  const FACILITY = /* GraphQL */ `fragment F on Facility {
    code
    auditRequirements { id validFrom normFramework { id norms { code } } norms { code mappings { target { code } } } facility { ...Deeper } }
    connectionRequirements { id facility { ...Deeper } network { ...Deeper } }
  }
  ${DEEPER}`;

  interface DatedFacility extends Deeper {
    auditRequirements: Array<{ normFramework: { id: string }; norms: unknown[]; facility: Deeper }>;
    connectionRequirements: Array<{ facility: Deeper }>;
  }

  it('answers two aliased root fields with different dates in one request each at its own date', async () => {
    const both = await ask<{ then: DatedFacility; now: DatedFacility }>(`query($then: Date, $now: Date) { then: facility(code: "DIGID", asOf: $then) { ...F } now: facility(code: "DIGID", asOf: $now) { ...F } } ${FACILITY}`, { then: THEN, now: NOW });
    const alone = async (d: string) => (await ask<{ facility: DatedFacility }>(`query($d: Date) { facility(code: "DIGID", asOf: $d) { ...F } } ${FACILITY}`, { d })).facility;
    expect(both.then).toEqual(await alone(THEN));
    expect(both.now).toEqual(await alone(NOW));
    expect(both.then).not.toEqual(both.now);
    expect(frameworksOf(both.then)).toEqual(['DIGID-1.0']);
    expect(frameworksOf(both.now)).toEqual(['DIGID-3.0']);
    // The date reaches two levels down: the requirement's facility lists its requirements at the same date.
    expect(frameworksOf(both.then.auditRequirements[0]!.facility)).toEqual(['DIGID-1.0']);
    expect(frameworksOf(both.now.connectionRequirements[0]!.facility)).toEqual(['DIGID-3.0']);
    expect(both.then.auditRequirements[0]!.norms.length).toBeGreaterThan(0);
  });

  it('applies an asOf argument to the fields below it and not to its siblings', async () => {
    type Answer = { facility: Deeper & { later: Array<{ normFramework: { id: string }; facility: Deeper }>; connectionRequirements: Array<{ facility: Deeper }> } };
    const data = await ask<Answer>(`query($then: Date, $now: Date) { facility(code: "DIGID", asOf: $then) {
        auditRequirements { normFramework { id } }
        later: auditRequirements(asOf: $now) { normFramework { id } facility { ...Deeper } }
        connectionRequirements { facility { ...Deeper } } } }
      ${DEEPER}`, { then: THEN, now: NOW });
    expect(frameworksOf(data.facility)).toEqual(['DIGID-1.0']);
    expect(data.facility.later.map((r) => r.normFramework.id)).toEqual(['DIGID-3.0']);
    expect(frameworksOf(data.facility.later[0]!.facility)).toEqual(['DIGID-3.0']);
    expect(frameworksOf(data.facility.connectionRequirements[0]!.facility)).toEqual(['DIGID-1.0']);
  });

  it('keeps "no date" for frameworks listed without one (every version of their norms) beside a dated listing', async () => {
    type Framework = { id: string; norms: unknown[]; atNow?: unknown[] };
    const SELECTION = 'id norms { id mappings { target { id } } }';
    const both = await ask<{ all: Framework[]; dated: Framework[] }>(`query($then: Date) { all: normFrameworks { ${SELECTION} } dated: normFrameworks(asOf: $then) { ${SELECTION} atNow: norms(asOf: "${NOW}") { id } } }`, { then: THEN });
    expect(both.all).toEqual((await ask<{ normFrameworks: Framework[] }>(`{ normFrameworks { ${SELECTION} } }`)).normFrameworks);
    const dated = (await ask<{ normFrameworks: Framework[] }>(`query($then: Date) { normFrameworks(asOf: $then) { ${SELECTION} } }`, { then: THEN })).normFrameworks;
    expect(both.dated.map((f) => ({ id: f.id, norms: f.norms }))).toEqual(dated);
    const suwinet = (list: Framework[]) => list.find((f) => f.id === 'SUWINET')!;
    // The Suwinet norms came after 2015: all of them without a date, none in 2015, all again today.
    expect(suwinet(both.all).norms).toHaveLength(4);
    expect(suwinet(both.dated).norms).toEqual([]);
    expect(suwinet(both.dated).atNow).toHaveLength(4);
  });

  describe('the collaboration screen: the minimal joint audit now and in 2015 in one request', () => {
    const AUDIT = /* GraphQL */ `fragment A on AuditPlan {
      asOf
      engagements { requirements { id normFramework { id } norms { code weight framework { id } } facility { ...Deeper } } testedNorms { code framework { id } mappings { target { code } } } }
      obligations { requirement { id normFramework { id } } }
      connectionPlan { facilities { facility { ...Deeper } requirements { id facility { code } } eligibility { asOf facility { ...Deeper } } memberEligibility { facility { ...Deeper } } } }
    }
    ${DEEPER}`;
    const input = (asOf: string) => ({ members: SIX, legalForm: 'OPENBAAR_LICHAAM', facilities: ['DIGID', 'GGK'], asOf });

    type Plan = {
      engagements: Array<{ requirements: Array<{ normFramework: { id: string }; norms: unknown[] }> }>;
      connectionPlan: { facilities: Array<{ facility: Deeper; eligibility: { facility: Deeper } }> };
    };

    it('answers each audit at its own date, as when asked alone', async () => {
      const both = await ask<{ now: Plan; then: Plan }>(`query($now: AnalysisInput!, $then: AnalysisInput!) { now: minimalJointAudit(input: $now) { ...A } then: minimalJointAudit(input: $then) { ...A } } ${AUDIT}`, { now: input(NOW), then: input(THEN) });
      const alone = async (asOf: string) => (await ask<{ minimalJointAudit: Plan }>(`query($i: AnalysisInput!) { minimalJointAudit(input: $i) { ...A } } ${AUDIT}`, { i: input(asOf) })).minimalJointAudit;
      expect(both.now).toEqual(await alone(NOW));
      expect(both.then).toEqual(await alone(THEN));
      const digid = (plan: Plan) => find(plan.connectionPlan.facilities, 'DIGID');
      expect(frameworksOf(digid(both.then).facility)).toEqual(['DIGID-1.0']);
      expect(frameworksOf(digid(both.now).facility)).toEqual(['DIGID-3.0']);
      expect(frameworksOf(digid(both.then).eligibility.facility)).toEqual(['DIGID-1.0']);
      const engagementFrameworks = (plan: Plan) => [...new Set(plan.engagements.flatMap((e) => e.requirements.map((r) => r.normFramework.id)))].sort();
      expect(engagementFrameworks(both.then)).toEqual(['DIGID-1.0']);
      expect(engagementFrameworks(both.now)).toEqual(['DIGID-3.0', 'SUWINET']);
      // The norms below a requirement are those of its own date: DigiD 1.0 has norms in 2015, none today.
      for (const e of both.then.engagements) for (const r of e.requirements) expect(r.norms.length).toBeGreaterThan(0);
    });
  });

  describe('compareScenarios with a baseline and a variant of different dates', () => {
    const SIDE = /* GraphQL */ `
      eligibility { asOf facility { ...Deeper } }
      connectionPlan { ...P }
      audit { ...A }`;
    const FRAGMENTS = /* GraphQL */ `
      fragment P on ConnectionPlan { asOf facilities { facility { ...Deeper } requirements { id facility { ...Deeper } } eligibility { asOf facility { ...Deeper } } } }
      fragment A on AuditPlan { asOf engagements { requirements { id normFramework { id } norms { code } } testedNorms { code framework { id } } } obligations { requirement { id facility { ...Deeper } } } }
      ${DEEPER}`;
    const baseline = { members: SIX, legalForm: 'OPENBAAR_LICHAAM', facilities: ['DIGID', 'GGK', 'BRP_V'], asOf: THEN };
    const variant = { members: SIX, legalForm: 'PRIVAATRECHTELIJK', facilities: ['DIGID', 'GGK', 'BRP_V'], asOf: NOW };

    type Side = { eligibility: unknown[]; connectionPlan: { asOf: string; facilities: Array<{ facility: Deeper }> }; audit: unknown };
    type Comparison = { baseline: Side; variant: Side; eligibilityChanges: Array<{ facility: Deeper }> };

    /** One side asked on its own: its eligibility per facility, its connection plan and its audit, each at its date. */
    async function alone(input: typeof baseline): Promise<Side> {
      const eligibility = await Promise.all(input.facilities.map(async (facility) =>
        (await ask<{ eligibility: unknown }>(`query($l: ID!, $f: ID!, $d: Date) { eligibility(legalForm: $l, facility: $f, asOf: $d) { asOf facility { ...Deeper } } } ${DEEPER}`, { l: input.legalForm, f: facility, d: input.asOf })).eligibility));
      const plans = await ask<{ connectionPlan: Side['connectionPlan']; minimalJointAudit: unknown }>(`query($i: AnalysisInput!) { connectionPlan(input: $i) { ...P } minimalJointAudit(input: $i) { ...A } } ${FRAGMENTS}`, { i: input });
      return { eligibility, connectionPlan: plans.connectionPlan, audit: plans.minimalJointAudit };
    }

    it('answers each side at its own date, both ways round in one request', async () => {
      const data = await ask<{ forward: Comparison; backward: Comparison }>(`query($b: AnalysisInput!, $v: AnalysisInput!) {
          forward: compareScenarios(baseline: $b, scenario: $v) { baseline { ${SIDE} } variant { ${SIDE} } eligibilityChanges { facility { ...Deeper } } }
          backward: compareScenarios(baseline: $v, scenario: $b) { baseline { ${SIDE} } variant { ${SIDE} } eligibilityChanges { facility { ...Deeper } } } } ${FRAGMENTS}`, { b: baseline, v: variant });
      const [then, now] = [await alone(baseline), await alone(variant)];
      expect(then).not.toEqual(now);
      expect(data.forward.baseline).toEqual(then);
      expect(data.forward.variant).toEqual(now);
      expect(data.backward.baseline).toEqual(now);
      expect(data.backward.variant).toEqual(then);
      expect(data.forward.baseline.connectionPlan.asOf).toBe(THEN);
      const digid = (side: Side) => find(side.connectionPlan.facilities, 'DIGID').facility;
      expect(frameworksOf(digid(data.forward.baseline))).toEqual(['DIGID-1.0']);
      expect(frameworksOf(digid(data.forward.variant))).toEqual(['DIGID-3.0']);
      // The facility of an eligibility change is read at the variant's date.
      const changed = (c: Comparison) => find(c.eligibilityChanges, 'DIGID').facility;
      expect(frameworksOf(changed(data.forward))).toEqual(['DIGID-3.0']);
      expect(frameworksOf(changed(data.backward))).toEqual(['DIGID-1.0']);
    });
  });
});

describe('AnswerDates: the nearest date recorded above a response path', () => {
  /**
   * A resolver's info at `keys`, built afresh each time as graphql-jit builds it: only the keys are shared between a
   * field and the fields below it, never the path objects.
   */
  const at = (...keys: Array<string | number>): Pick<GraphQLResolveInfo, 'path'> => ({
    path: keys.reduce<GraphQLResolveInfo['path'] | undefined>((prev, key) => ({ prev, key, typename: undefined }), undefined)!,
  });

  it('finds the nearest recorded ancestor, and never a sibling or an alias that merely starts alike', () => {
    const dates = new AnswerDates();
    dates.record(at('a'), THEN);
    dates.record(at('b'), NOW);
    dates.record(at('a', 0, 'later'), '2020-01-01');
    expect(dates.dateOf(at('a', 0, 'auditRequirements', 1, 'norms'))).toBe(THEN);
    expect(dates.dateOf(at('a', 0, 'later', 3, 'facility'))).toBe('2020-01-01');
    expect(dates.dateOf(at('a', 0, 'later'))).toBe('2020-01-01');
    expect(dates.dateOf(at('a', 1, 'later', 3, 'facility'))).toBe(THEN);
    expect(dates.dateOf(at('b', 0, 'later'))).toBe(NOW);
    expect(() => dates.dateOf(at('ab', 0, 'facility'))).toThrow(/no date is recorded above ab\.0\.facility/);
  });

  it('tells "no date" from a date, and refuses it where a date is needed', () => {
    const dates = new AnswerDates();
    dates.record(at('normFrameworks'), null);
    dates.record(at('normFrameworks', 2, 'norms'), THEN);
    expect(dates.dateOrNoneOf(at('normFrameworks', 0, 'norms'))).toBeNull();
    expect(dates.dateOrNoneOf(at('normFrameworks', 2, 'norms', 0, 'mappings'))).toBe(THEN);
    expect(() => dates.dateOf(at('normFrameworks', 0, 'x'))).toThrow(/normFrameworks\.0\.x needs a date/);
  });

  it('takes a field\'s own asOf argument for the fields below it, else the date above it', () => {
    const dates = new AnswerDates();
    dates.record(at('facility'), THEN);
    expect(dates.argumentDateOf(at('facility', 'auditRequirements'), null)).toBe(THEN);
    expect(dates.argumentDateOf(at('facility', 'later'), NOW)).toBe(NOW);
    expect(dates.dateOf(at('facility', 'later', 0, 'norms'))).toBe(NOW);
    expect(dates.dateOf(at('facility', 'auditRequirements', 0, 'norms'))).toBe(THEN);
  });

  it('keeps the dates of one request from another', () => {
    createContext(t.store).dates.record(at('facility'), THEN);
    expect(() => createContext(t.store).dates.dateOf(at('facility', 'auditRequirements'))).toThrow(/no date is recorded/);
  });
});
