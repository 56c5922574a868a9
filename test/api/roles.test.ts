// The role table covers the schema, the walk finds every field an operation could run, and the guard around the root
// resolvers refuses on its own, with the check of the whole operation bypassed (the schema executed directly).
import { execute, parse, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../src/api/context.js';
import { createContext } from '../../src/api/context.js';
import { executableRootFields, guardRootFields, operationRefusal } from '../../src/api/roles.js';
import { schema } from '../../src/api/server.js';
import { requiredRoleFor, ROLES, ROOT_FIELD_ROLES, type Principal, type Role } from '../../src/domain/access.js';
import type { GraphStore } from '../../src/store/port.js';
import { countingStore, seededMemoryStore } from '../helpers/server.js';
import { PROBES } from './role-shapes.js';

const ORG = '00000001001234567000';
const principal = (role: Role): Principal => ({ keyId: `key-${role}`, keyName: role, role, organisation: ORG, actingFor: [] });
const access = (p: Principal | null, enforced = true): Access => ({
  principal: p, actingFor: ORG, purpose: 'role test', enforced,
  entry: { id: 'e', at: new Date().toISOString(), keyId: p?.keyId ?? null, role: p?.role ?? null, actingFor: ORG, purpose: 'role test', operation: null, variablesHash: null, outcome: 'PENDING' },
});
const operationOf = (query: string) => {
  const document = parse(query);
  return { document, operation: document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')! };
};

describe('the role table', () => {
  it('lists every root field of Query and Mutation, and every field it lists exists', () => {
    const inSchema = (['Query', 'Mutation'] as const).flatMap((root) => Object.keys((root === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()).map((f) => `${root}.${f}`));
    expect(inSchema.filter((f) => !(f in ROOT_FIELD_ROLES))).toEqual([]);
    const meta = /\.__(typename|schema|type)$/;
    expect(Object.keys(ROOT_FIELD_ROLES).filter((f) => !meta.test(f) && !inSchema.includes(f))).toEqual([]);
    // The property test (role-shapes.ts) draws every one of them.
    expect(inSchema.filter((f) => { const [root, field] = f.split('.') as ['Query' | 'Mutation', string]; return !(field in PROBES[root]); })).toEqual([]);
  });

  it('refuses an operation without a field, and a field the table does not list, whatever the role', () => {
    expect(requiredRoleFor('Query', [])).toHaveProperty('refused');
    expect(requiredRoleFor('Query', ['facilities', 'notInTheTable'])).toHaveProperty('refused');
    expect(requiredRoleFor('Mutation', ['facilities'])).toHaveProperty('refused');
    expect(requiredRoleFor('Query', ['facilities', 'scenarios'])).toEqual({ role: 'ADVISOR' });
    const { document, operation } = operationOf('{ ...Missing }');
    expect(operationRefusal(operation, document, principal('ADMIN'))?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('the document walk', () => {
  it('finds every root field through aliases, inline and named fragments, nesting and directives', () => {
    const { document, operation } = operationOf(`query($x: Boolean!) {
      a: facilities { code }
      ... { ... on Query @include(if: false) { log: accessLog { totalCount } } }
      ...F @skip(if: $x)
    }
    fragment F on Query { ...G scenarios { totalCount } ...G }
    fragment G on Query { ... @include(if: $x) { curations { totalCount } } }`);
    expect(executableRootFields(operation, document)?.sort()).toEqual(['accessLog', 'curations', 'facilities', 'scenarios']);
    expect(operationRefusal(operation, document, principal('ADVISOR'))?.message).toMatch(/needs the role ADMIN; the key has ADVISOR/);
    expect(operationRefusal(operation, document, principal('ADMIN'))).toBeNull();
  });
});

describe('the guard around every root resolver, alone', () => {
  let store: GraphStore;
  let calls: Map<string, number>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const seeded = await seededMemoryStore();
    cleanup = seeded.cleanup;
    const counted = countingStore(seeded.store);
    store = counted.store;
    calls = counted.calls;
  });
  afterAll(async () => {
    await store.close();
    await cleanup();
  });

  // Executed straight on the schema the server serves, by graphql-js and by graphql-jit: no plugin, no document walk.
  const runners: Array<[string, (query: string, context: unknown) => Promise<ExecutionResult>]> = [
    ['graphql-js', async (query, context) => execute({ schema, document: parse(query), contextValue: context })],
    ['graphql-jit', async (query, context) => {
      const compiled = compileQuery(schema, parse(query));
      if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled.errors));
      return (await compiled.query(undefined, context, {})) as ExecutionResult;
    }],
  ];
  const shapes: Array<[string, string, Role]> = [
    ['accessLog in an inline fragment', '{ ... on Query { accessLog(first: 1) { totalCount } } }', 'ADMIN'],
    ['accessLog in a named fragment', 'query { ...F } fragment F on Query { accessLog(first: 1) { totalCount } }', 'ADMIN'],
    ['deleteScenario in an inline fragment', 'mutation { ... on Mutation { deleteScenario(id: "x") } }', 'ADVISOR'],
    ['scenarios beside an allowed field', '{ legalForms { code } mine: scenarios { totalCount } }', 'ADVISOR'],
  ];

  for (const [runner, run] of runners) {
    it.each(shapes)(`${runner}: refuses %s below its role and runs it from that role on`, async (_name, query, needed) => {
      for (const role of ROLES) {
        calls.clear();
        const result = await run(query, createContext(store, access(principal(role))));
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        const allowed = ROLES.indexOf(role) >= ROLES.indexOf(needed);
        if (allowed) expect(codes, role).not.toContain('FORBIDDEN');
        else {
          expect(codes, role).toContain('FORBIDDEN');
          // The refused field's resolver never ran: the only store calls are those of the allowed field beside it.
          const ran = [...calls.keys()];
          if (query.includes('legalForms')) expect(ran.every((c) => c !== 'scenarios'), role).toBe(true);
          else expect(ran, role).toEqual([]);
        }
      }
    });

    it(`${runner}: refuses every root field when the request has no access context`, async () => {
      calls.clear();
      const result = await run('{ legalForms { code } }', createContext(store));
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect([...calls.keys()]).toEqual([]);
    });
  }

  it('refuses a root field the role table does not list, even for an ADMIN, without calling its resolver', async () => {
    let resolved = 0;
    const unlisted = guardRootFields(makeExecutableSchema({
      typeDefs: 'type Query { legalForms: Int notInTheTable: Int }',
      resolvers: { Query: { legalForms: () => 1, notInTheTable: () => { resolved += 1; return 2; } } },
    }));
    const result = await execute({ schema: unlisted, document: parse('{ legalForms notInTheTable }'), contextValue: { access: access(principal('ADMIN')) } });
    expect(result.data).toEqual({ legalForms: 1, notInTheTable: null });
    expect(result.errors?.map((e) => e.message)).toEqual([expect.stringMatching(/Query\.notInTheTable is not in the role table/)]);
    expect(resolved).toBe(0);
  });

  it('lets every field run with authentication off (a loopback demo), and nothing with authentication on but no key', async () => {
    expect((await execute({ schema, document: parse('{ legalForms { code } }'), contextValue: createContext(store, access(null, false)) })).errors).toBeUndefined();
    const result = await execute({ schema, document: parse('{ legalForms { code } }'), contextValue: createContext(store, access(null, true)) });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
