import { describe, expect, it } from 'vitest';
import { seededServer } from '../helpers/server.js';

const t = seededServer({ limits: { maxDepth: 6, maxCost: 30, maxAliases: 3, maxBodyBytes: 2_000, introspection: false } });

describe('query limits', () => {
  it('answers a query deeper than the limit with QUERY_DEPTH_LIMIT', async () => {
    const res = await t.gql('{ facilities { auditRequirements { normFramework { norms { mappings { target { framework { id } } } } } } } }');
    expect(res.status).toBe(400);
    const depth = res.body.errors?.find((e) => e.extensions?.code === 'QUERY_DEPTH_LIMIT');
    expect(depth?.extensions).toEqual({ code: 'QUERY_DEPTH_LIMIT', limit: 'maxDepth' });
    expect(depth?.message).toMatch(/depth/i);
  });

  it('answers too many aliases with QUERY_ALIAS_LIMIT', async () => {
    const res = await t.gql('{ a: legalForms { code } b: legalForms { code } c: legalForms { code } d: legalForms { code } }');
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_ALIAS_LIMIT', limit: 'maxAliases' });
  });

  it('answers a query over the cost limit with QUERY_COST_LIMIT', async () => {
    const res = await t.gql('{ facilities { auditRequirements { normFramework { norms { mappings { relation strength rationale } } } } } }');
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_COST_LIMIT']);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ limit: 'maxCost' });
  });

  it('answers a body over the limit with PAYLOAD_TOO_LARGE and HTTP 413', async () => {
    const res = await t.gql(`{ legalForms { code } } # ${'x'.repeat(3_000)}`);
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', limit: 'maxBody' });
  });

  it('answers a body that is not JSON with BAD_REQUEST, not an HTML page', async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses batched operations', async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ legalForms { code } }' }, { query: '{ legalForms { code } }' }]) });
    expect(res.status).toBe(400);
  });

  it('can switch introspection off', async () => {
    const res = await t.gql('{ __schema { types { name } } }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('lets an ordinary query through', async () => {
    const res = await t.gql('{ legalForms { code } }');
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });
});
