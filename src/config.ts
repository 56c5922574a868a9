// The whole environment, parsed once by one zod schema into a frozen, typed object; every bad variable is reported together.
import path from 'node:path';
import { z } from 'zod';

const port = z.coerce
  .number({ error: 'must be a port number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be between 1 and 65535' })
  .max(65535, { error: 'must be between 1 and 65535' });

const positiveInt = z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).positive({ error: 'must be positive' });
const flag = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1');

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

const environmentSchema = z
  .object({
    PORT: port.default(4000),
    /** Interface to bind; loopback by default, so a local demo is never exposed by accident. */
    HOST: z.string().min(1).default('127.0.0.1'),
    GRAPH_STORE: z.enum(['neo4j', 'memory'], { error: 'must be "neo4j" or "memory"' }).optional(),
    HARMONIE_DATA_DIR: z.string().min(1).default('.harmonie'),
    NEO4J_URI: optionalText.pipe(
      z
        .string()
        .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, { error: 'must be a bolt:// or neo4j:// URI, e.g. bolt://127.0.0.1:7687' })
        .optional(),
    ),
    NEO4J_USER: optionalText,
    NEO4J_PASSWORD: optionalText,
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
    NEO4J_TX_TIMEOUT_MS: positiveInt.default(30_000),
    HARMONIE_MAX_DEPTH: positiveInt.default(15),
    HARMONIE_MAX_COST: positiveInt.default(50_000),
    HARMONIE_MAX_ALIASES: positiveInt.default(30),
    HARMONIE_MAX_DIRECTIVES: positiveInt.default(30),
    HARMONIE_MAX_BODY_BYTES: positiveInt.default(1_000_000),
    HARMONIE_INTROSPECTION: flag.default(true),
    HARMONIE_LANDING_PAGE: flag.default(true),
    HARMONIE_AUTH: z.enum(['enabled', 'disabled'], { error: 'must be "enabled" or "disabled"' }).default('enabled'),
    HARMONIE_RATE_LIMIT_PER_MINUTE: positiveInt.default(600),
  });

/** 127.0.0.0/8, ::1 and localhost: addresses no other machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export interface Neo4jConfig {
  uri: string;
  user: string | undefined;
  password: string | undefined;
  database: string;
  /** Longest a transaction may run before Neo4j ends it. */
  txTimeoutMs?: number;
}

export interface Config {
  port: number;
  host: string;
  store: 'neo4j' | 'memory';
  dataDir: string;
  neo4j: Neo4jConfig | undefined;
  logLevel: 'silent' | 'error' | 'info' | 'debug';
  auth: { enabled: boolean; ratePerMinute: number };
  limits: {
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxDirectives: number;
    maxBodyBytes: number;
    introspection: boolean;
    landingPage: boolean;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: Array<{ variable: string; message: string }>) {
    super(
      `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws `ConfigError` naming every bad variable at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = environmentSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? '(environment)'), message: i.message }));
  // Cross-variable rules read the raw values, so they are reported even when another variable is bad too.
  const set = (name: string) => (env[name]?.trim() ?? '') !== '';
  if (env.GRAPH_STORE === 'neo4j' && !set('NEO4J_URI')) problems.push({ variable: 'NEO4J_URI', message: 'is required when GRAPH_STORE=neo4j' });
  if (set('NEO4J_PASSWORD') && !set('NEO4J_USER')) problems.push({ variable: 'NEO4J_USER', message: 'is required when NEO4J_PASSWORD is set' });
  if (env.HARMONIE_AUTH === 'disabled' && !isLoopback(env.HOST?.trim() || '127.0.0.1')) {
    problems.push({ variable: 'HARMONIE_AUTH', message: `may be "disabled" only on a loopback address, not on HOST=${env.HOST}` });
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const store = e.GRAPH_STORE ?? (e.NEO4J_URI ? 'neo4j' : 'memory');
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    store,
    dataDir: path.resolve(e.HARMONIE_DATA_DIR),
    neo4j:
      store === 'neo4j' && e.NEO4J_URI
        ? Object.freeze({ uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE, txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS })
        : undefined,
    logLevel: e.LOG_LEVEL,
    auth: Object.freeze({ enabled: e.HARMONIE_AUTH === 'enabled', ratePerMinute: e.HARMONIE_RATE_LIMIT_PER_MINUTE }),
    limits: Object.freeze({
      maxDepth: e.HARMONIE_MAX_DEPTH,
      maxCost: e.HARMONIE_MAX_COST,
      maxAliases: e.HARMONIE_MAX_ALIASES,
      maxDirectives: e.HARMONIE_MAX_DIRECTIVES,
      maxBodyBytes: e.HARMONIE_MAX_BODY_BYTES,
      introspection: e.HARMONIE_INTROSPECTION,
      landingPage: e.HARMONIE_LANDING_PAGE,
    }),
  });
}
