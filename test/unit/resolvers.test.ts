// The resolver modules are merged field by field: two modules resolving the same field would have one silently win.
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/api/server.js';
import { resolverModules } from '../../src/api/resolvers/index.js';

describe('resolver modules', () => {
  it('resolve every field at most once, and only fields the schema has', () => {
    const seen = new Map<string, number>();
    resolverModules.forEach((module, i) => {
      for (const [type, fields] of Object.entries(module)) {
        const keys = typeof fields === 'object' && fields !== null && !('serialize' in fields) ? Object.keys(fields) : ['(scalar)'];
        for (const field of keys) {
          const at = `${type}.${field}`;
          expect(seen.has(at), `${at} is resolved by modules ${seen.get(at)} and ${i}`).toBe(false);
          seen.set(at, i);
        }
      }
    });
    for (const at of seen.keys()) {
      const [type, field] = at.split('.') as [string, string];
      const t = schema.getType(type);
      expect(t, `${type} is not in the schema`).toBeDefined();
      if (field !== '(scalar)' && t && 'getFields' in t) expect(Object.keys(t.getFields()), at).toContain(field);
    }
    expect(seen.size).toBeGreaterThan(50);
  });
});
