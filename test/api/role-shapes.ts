// The role check against random query shapes, over real HTTP with real keys of every role: every root field of Query
// and Mutation, wrapped in aliases, inline fragments, named and nested fragments and @include/@skip, several mixed in
// one operation. The outcome must follow the role table: FORBIDDEN with nothing run and nothing returned, or the data.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../../src/app/keys.js';
import { hasRole, requiredRole, ROLES, type Role, type RootType } from '../../src/domain/access.js';
import type { AccessLogEntry, GraphStore } from '../../src/store/port.js';
import { serve, type GraphQLResponse, type TestServer } from '../helpers/server.js';

export const ORG = '00000001001234567000';
/** A small CISO Assistant library of our own, imported on a dry run: nothing is written whatever the role. */
const LIBRARY = readFileSync(new URL('../fixtures/ciso/gemeente-testkader.yaml', import.meta.url), 'utf8');
const PAIR = { members: ['GM0014', 'GM0034'], legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID'] };
const input = (v: unknown): string => JSON.stringify(v).replace(/"(\w+)":/g, '$1:');

/**
 * One cheap call per root field that a role allowed to run it gets an answer to (data, or an error from the resolver
 * itself, such as NOT_FOUND): its arguments and its selection. test/api/roles.test.ts checks that every root field of the
 * schema has one, so a new root field is drawn in every shape too.
 */
export const PROBES: Record<RootType, Record<string, readonly [args: string, selection: string]>> = {
  Query: {
    facilities: ['', '{ code }'],
    facility: ['(code: "DIGID")', '{ code }'],
    legalForms: ['', '{ code }'],
    normFrameworks: ['', '{ id }'],
    costModel: ['', '{ evidence }'],
    certificateTypes: ['', '{ code }'],
    sources: ['', '{ id }'],
    municipalities: ['(first: 2)', '{ totalCount }'],
    collaborations: ['(first: 2)', '{ totalCount }'],
    collaboration: ['(id: "no-such-collaboration")', '{ id }'],
    eligibility: ['(legalForm: "REGELING_ZONDER_MEER", facility: "DIGID")', '{ status }'],
    overlap: ['(facilities: ["DIGID", "GGK"])', '{ asOf }'],
    connectionPlan: [`(input: ${input(PAIR)})`, `{ asOf }`],
    minimalJointAudit: [`(input: ${input(PAIR)})`, `{ totalCost }`],
    compareScenarios: [`(baseline: ${input(PAIR)}, scenario: ${input({ ...PAIR, legalForm: 'OPENBAAR_LICHAAM' })})`, `{ delta { __typename } }`],
    nationalImpact: ['(asOf: "2015-06-01")', '{ asOf }'],
    harmonisationReport: [`(input: ${input(PAIR)}, format: MARKDOWN)`, `{ mediaType }`],
    scenario: ['(id: "no-such-scenario")', '{ id }'],
    scenarios: ['(first: 1)', '{ totalCount }'],
    curations: ['(first: 1)', '{ totalCount }'],
    factWorklist: ['', '{ analysedCollaborations }'],
    accessLog: ['(first: 1)', '{ totalCount }'],
  },
  Mutation: {
    saveScenario: [`(input: ${input({ id: 'role-shapes', name: 'role shapes', owner: ORG, baseline: PAIR, variant: PAIR })})`, `{ id }`],
    deleteScenario: ['(id: "no-such-scenario")', ''],
    // Based on a version that is not the current one: the resolver answers CONFLICT and the graph stays as it is.
    curate: [`(input: { kind: AUDIT_REQUIREMENT, reason: "role shapes", expectedVersion: "digid-assessment@1900-01-01", fact: ${input({
      id: 'digid-assessment', facility: 'DIGID', name: { nl: 'DigiD ICT-beveiligingsassessment', en: 'DigiD ICT security assessment' }, evidence: 'IT_AUDIT', cycleMonths: 12,
      scope: 'PER_CONNECTION', jointAllowed: true, framework: 'DIGID-3.0', sources: ['logius-digid-assessment'],
    })} })`, '{ version }'],
    importLibrary: [`(content: ${JSON.stringify(LIBRARY)}, dryRun: true)`, '{ curations written }'],
  },
  Subscription: {},
};

/** A drawn operation: its text, the variables its directives read, every root field in it, the response keys that run. */
export interface Shape {
  rootType: 'Query' | 'Mutation';
  query: string;
  variables: Record<string, boolean>;
  /** Every root field in the operation, skipped or not. */
  fields: string[];
  /** Response keys (alias or field name) of the occurrences no directive skips. */
  included: string[];
}

/** `@include` or `@skip`, with a literal condition or (literal null) the occurrence's own Boolean variable. */
type Directive = { name: 'include' | 'skip'; literal: boolean | null } | null;
type Wrapper = { kind: 'inline'; typed: boolean; directive: Directive } | { kind: 'named'; directive: Directive };
interface Occurrence {
  field: string;
  alias: boolean;
  directive: Directive;
  wrappers: Wrapper[];
}

const directive: fc.Arbitrary<Directive> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.record({ name: fc.constantFrom('include' as const, 'skip' as const), literal: fc.option(fc.boolean(), { nil: null }) }) },
);

const wrapper: fc.Arbitrary<Wrapper> = fc.oneof(
  fc.record({ kind: fc.constant('inline' as const), typed: fc.boolean(), directive }),
  fc.record({ kind: fc.constant('named' as const), directive }),
);

const occurrence = (rootType: 'Query' | 'Mutation'): fc.Arbitrary<Occurrence> =>
  fc.record({
    field: fc.constantFrom(...Object.keys(PROBES[rootType])),
    alias: fc.boolean(),
    directive,
    // Up to four wrappers: fragments nested in fragments, inline in named and the other way round.
    wrappers: fc.array(wrapper, { maxLength: 4 }),
  });

/** Random operations over every root field of Query and Mutation. */
export const shapes: fc.Arbitrary<Shape> = fc
  .constantFrom('Query' as const, 'Mutation' as const)
  .chain((rootType) => fc.tuple(fc.constant(rootType), fc.array(occurrence(rootType), { minLength: 1, maxLength: 3 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 })))
  .map(([rootType, occurrences, flags]) => build(rootType, occurrences, flags));

function build(rootType: 'Query' | 'Mutation', occurrences: Occurrence[], flags: boolean[]): Shape {
  const fragments: string[] = [];
  const variables: Record<string, boolean> = {};
  const included: string[] = [];
  const seen = new Set<string>();
  const selections = occurrences.map((o, i) => {
    const variable = `v${i}`;
    // Whether a directive lets its selection run: its literal, or the value drawn for the occurrence's variable.
    const keeps = (d: Directive): boolean => {
      if (d === null) return true;
      const condition = d.literal ?? flags[i]!;
      return d.name === 'include' ? condition : !condition;
    };
    const written = (d: Directive): string => {
      if (d === null) return '';
      if (d.literal === null) variables[variable] = flags[i]!;
      return ` @${d.name}(if: ${d.literal === null ? `$${variable}` : String(d.literal)})`;
    };
    // A field drawn twice gets an alias the second time, so the two never conflict.
    const alias = o.alias || seen.has(o.field) ? `a${i}_${o.field}` : null;
    seen.add(o.field);
    let kept = keeps(o.directive);
    const [args, selection] = PROBES[rootType][o.field]!;
    let text = `${alias ? `${alias}: ` : ''}${o.field}${args}${written(o.directive)} ${selection}`;
    o.wrappers.forEach((w, j) => {
      kept &&= keeps(w.directive);
      if (w.kind === 'inline') text = `...${w.typed ? ` on ${rootType}` : ''}${written(w.directive)} { ${text} }`;
      else {
        const fragment = `F${i}_${j}`;
        fragments.push(`fragment ${fragment} on ${rootType} { ${text} }`);
        text = `...${fragment}${written(w.directive)}`;
      }
    });
    if (kept) included.push(alias ?? o.field);
    return text;
  });
  const definitions = Object.keys(variables).map((v) => `$${v}: Boolean!`).join(', ');
  const keyword = rootType === 'Mutation' ? 'mutation' : 'query';
  return {
    rootType,
    query: `${keyword} Shape${definitions ? `(${definitions})` : ''} { ${selections.join(' ')} }${fragments.length ? `\n${fragments.join('\n')}` : ''}`,
    variables,
    fields: occurrences.map((o) => o.field),
    included,
  };
}

/** Each root field alone, bare: run before the random shapes, so every root field is tried whatever is drawn. */
export const everyFieldAlone: Shape[] = (['Query', 'Mutation'] as const).flatMap((rootType) =>
  Object.keys(PROBES[rootType]).map((field) => build(rootType, [{ field, alias: false, directive: null, wrappers: [] }], [true, true, true])));

/** The role the table asks for a shape: the strongest of its fields, skipped or not. */
export function expectedRole(shape: Shape): Role {
  return shape.fields.map((f) => requiredRole(shape.rootType, f)!).reduce<Role>((a, b) => (hasRole(a, b) ? a : b), 'ANALYST');
}

/** Store calls that are not the protocol's own (the key lookup and the access log): what running an operation does. */
const PROTOCOL_CALLS = new Set(['apiKey', 'appendAccessLog']);

export interface RoleShapeSuite {
  label: string;
  runs: number;
  open: () => Promise<{ store: GraphStore; cleanup: () => Promise<void> }>;
}

export function describeRoleShapes(suite: RoleShapeSuite): void {
  describe(`role check over random query shapes (${suite.label})`, () => {
    let t: TestServer;
    let store: GraphStore;
    const tokens = {} as Record<Role, string>;
    let calls: string[] = [];
    let logged: AccessLogEntry[] = [];

    beforeAll(async () => {
      const opened = await suite.open();
      store = opened.store;
      for (const role of ROLES) tokens[role] = (await createKey(store, { role, organisation: ORG, name: `role shapes ${role}` })).token;
      // Every store call of the server is recorded, and every access-log entry with it.
      const recording = new Proxy(store, {
        get(target, prop, receiver) {
          const value: unknown = Reflect.get(target, prop, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            calls.push(String(prop));
            if (prop === 'appendAccessLog') logged.push(args[0] as AccessLogEntry);
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      });
      t = await serve(recording, opened.cleanup, undefined, { enabled: true, ratePerMinute: 1_000_000 });
    }, 120_000);
    afterAll(async () => {
      await t?.close();
    });

    const send = async (shape: Shape, role: Role): Promise<{ res: GraphQLResponse; ran: string[]; entries: AccessLogEntry[] }> => {
      calls = [];
      logged = [];
      const res = await t.gql(shape.query, shape.variables, { authorization: `Bearer ${tokens[role]}`, 'x-acting-for': ORG, 'x-purpose': 'role shapes property' });
      return { res, ran: calls.filter((c) => !PROTOCOL_CALLS.has(c)), entries: logged };
    };

    // The shapes that got round the first role check (issue 9), as an ANALYST: refused, run nowhere, logged as refused.
    it.each([
      ['an inline fragment', 'Query', 'accessLog', '{ ... on Query { accessLog(first: 1) { totalCount } } }'],
      ['a named fragment', 'Query', 'accessLog', 'query { ...F } fragment F on Query { accessLog(first: 1) { totalCount } }'],
      ['an inline fragment around a mutation', 'Mutation', 'deleteScenario', 'mutation { ... on Mutation { deleteScenario(id: "x") } }'],
      ['an inline fragment around curate', 'Mutation', 'curate', `mutation { ... on Mutation { curate${PROBES.Mutation.curate![0]} { version } } }`],
      ['nested fragments under directives that skip them', 'Query', 'accessLog', 'query { ...A @skip(if: true) } fragment A on Query { ... @include(if: false) { ...B } } fragment B on Query { log: accessLog(first: 1) { totalCount } }'],
    ] as const)('refuses %s (%s.%s) for every role below it', async (_name, rootType, field, query) => {
      const shape: Shape = { rootType, query, variables: {}, fields: [field], included: [] };
      const below = ROLES.filter((r) => !hasRole(r, expectedRole(shape)));
      expect(below.length).toBeGreaterThan(0);
      for (const role of below) {
        const { res, ran, entries } = await send(shape, role);
        expect(res.status, `${role}: ${JSON.stringify(res.body)}`).toBe(403);
        expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        expect(res.body.data ?? null).toBeNull();
        expect(ran).toEqual([]);
        expect(entries.map((e) => e.outcome)).toEqual(['FORBIDDEN']);
      }
    });

    it(`answers every shape for every role as the role table says (every root field alone, then ${suite.runs} random shapes; × ${ROLES.length} roles)`, async () => {
      let refused = 0;
      let answered = 0;
      await fc.assert(
        fc.asyncProperty(shapes, async (shape) => {
          const needed = expectedRole(shape);
          for (const role of ROLES) {
            const { res, ran, entries } = await send(shape, role);
            const what = `${role} ${JSON.stringify(shape.variables)} ${shape.query} → ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`;
            const codes = (res.body.errors ?? []).map((e) => e.extensions?.code);
            if (!hasRole(role, needed)) {
              refused++;
              expect(res.status, what).toBe(403);
              expect(codes.length, what).toBeGreaterThan(0);
              expect(codes.every((c) => c === 'FORBIDDEN'), what).toBe(true);
              // Nothing returned and nothing run: no data key, no store call past the key lookup and the log.
              expect(res.body.data ?? null, what).toBeNull();
              expect(ran, what).toEqual([]);
              // The refusal is in the access log, as FORBIDDEN, under this operation.
              expect(entries.map((e) => e.outcome), what).toEqual(['FORBIDDEN']);
              expect(entries[0]!.operation, what).toBe('Shape');
            } else {
              answered++;
              expect(codes, what).not.toContain('FORBIDDEN');
              // 200, or the status of the resolver's own answer (curate's CONFLICT is 409).
              expect([200, 409], what).toContain(res.status);
              if (res.body.data) for (const key of shape.included) expect(Object.keys(res.body.data), what).toContain(key);
              // A non-null field's error nulls the data: then some resolver has answered it.
              else expect((res.body.errors ?? []).some((e) => (e.path ?? []).length > 0), what).toBe(true);
              expect(entries.at(-1)?.outcome, what).not.toBe('FORBIDDEN');
            }
          }
        }),
        // The examples run first; fast-check counts them in numRuns, so `runs` random shapes follow them.
        { numRuns: suite.runs + everyFieldAlone.length, examples: everyFieldAlone.map((shape) => [shape] as [Shape]) },
      );
      // Both outcomes were drawn many times over.
      expect(refused).toBeGreaterThan(suite.runs / 4);
      expect(answered).toBeGreaterThan(suite.runs / 4);
    }, 600_000);
  });
}
