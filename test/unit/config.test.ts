import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('defaults to the embedded store on loopback port 4000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ store: 'memory', port: 4000, host: '127.0.0.1', neo4j: undefined });
    expect(c.dataDir).toMatch(/\.harmonie$/);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('chooses Neo4j when NEO4J_URI is set', () => {
    const c = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687' });
    expect(c.store).toBe('neo4j');
    expect(c.neo4j).toEqual({ uri: 'bolt://127.0.0.1:7687', user: undefined, password: undefined, database: 'neo4j', txTimeoutMs: 30_000 });
  });

  it('lets GRAPH_STORE=memory win over NEO4J_URI', () => {
    expect(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687', GRAPH_STORE: 'memory' }).store).toBe('memory');
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', GRAPH_STORE: 'postgres', NEO4J_URI: 'http://x', NEO4J_PASSWORD: 'secret' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const variables = (error as ConfigError).problems.map((p) => p.variable).sort();
    expect(variables).toEqual(['GRAPH_STORE', 'NEO4J_URI', 'NEO4J_USER', 'PORT']);
    expect((error as ConfigError).message).toMatch(/PORT: must be a port number/);
  });

  it('requires NEO4J_URI when the neo4j store is asked for', () => {
    expect(() => loadConfig({ GRAPH_STORE: 'neo4j' })).toThrow(/NEO4J_URI: is required when GRAPH_STORE=neo4j/);
  });

  it('reads the query limits and switches, refusing nonsense', () => {
    const c = loadConfig({ HARMONIE_MAX_DEPTH: '8', HARMONIE_INTROSPECTION: 'false', NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_TX_TIMEOUT_MS: '5000' });
    expect(c.limits).toMatchObject({ maxDepth: 8, introspection: false, landingPage: true, maxBodyBytes: 1_000_000 });
    expect(c.neo4j?.txTimeoutMs).toBe(5000);
    expect(() => loadConfig({ HARMONIE_MAX_COST: '-1', HARMONIE_LANDING_PAGE: 'maybe' })).toThrow(/HARMONIE_MAX_COST: must be positive[\s\S]*HARMONIE_LANDING_PAGE: must be true or false/);
  });

  it('allows switching authentication off only on loopback', () => {
    expect(loadConfig({}).auth).toEqual({ enabled: true, ratePerMinute: 600 });
    expect(loadConfig({ HARMONIE_AUTH: 'disabled' }).auth.enabled).toBe(false);
    expect(loadConfig({ HARMONIE_AUTH: 'disabled', HOST: '127.0.0.2' }).auth.enabled).toBe(false);
    expect(() => loadConfig({ HARMONIE_AUTH: 'disabled', HOST: '0.0.0.0' })).toThrow(/HARMONIE_AUTH: may be "disabled" only on a loopback address/);
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: must be between 1 and 65535/);
  });
});
