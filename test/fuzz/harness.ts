// The fuzz harness: the real HTTP server with authentication on, real keys, a raw HTTP client (any header bytes, any
// body), the check every response must pass, and a snapshot of what the store holds.
import http from 'node:http';
import type { AccessOptions } from '../../src/api/access.js';
import { startServer, type RunningServer, type ServerLimits } from '../../src/api/server.js';
import { createKey } from '../../src/app/keys.js';
import type { GraphStore } from '../../src/store/port.js';

/** The organisation every fuzz key belongs to, and another one only the advisor key may act for. */
export const ORG = '00000001001234567000';
export const OTHER_ORG = '00000001007654321000';

export type KeyName = 'analyst' | 'advisor' | 'admin';

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: unknown;
  millis: number;
}

export interface RawRequest {
  method?: 'POST' | 'GET' | 'PUT' | 'DELETE' | 'PATCH';
  path?: string;
  /** Header values are sent as given: a string with code points above 0xFF must be byte-encoded first (`headerBytes`). */
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface FuzzTarget {
  server: RunningServer;
  store: GraphStore;
  baseUrl: string;
  tokens: Record<KeyName, string>;
  /** Authentication headers of a key acting for ORG with a purpose. */
  auth(key?: KeyName): Record<string, string>;
  send(request: RawRequest): Promise<RawResponse>;
  /** POST a GraphQL operation as JSON with the given key's headers (or the headers given). */
  gql(query: string, variables?: unknown, headers?: Record<string, string>): Promise<RawResponse>;
  close(): Promise<void>;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/** A request over node:http, which sends header values as latin-1 bytes and any body, and never throws on a status. */
export function rawRequest(baseUrl: string, request: RawRequest, timeoutMs = 30_000): Promise<RawResponse> {
  const url = new URL(request.path ?? '/graphql', baseUrl);
  const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, 'utf8');
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: request.method ?? 'POST',
        agent,
        headers: { ...(body ? { 'content-length': String(body.length) } : {}), ...request.headers },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text, json, millis: performance.now() - t0 });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms: ${request.method ?? 'POST'} ${url.pathname}`)));
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

/**
 * A header value for node's HTTP client: the UTF-8 bytes of `value` as latin-1 characters, without the bytes no
 * client may send in a header (NUL, CR, LF and the other controls except TAB; those are tried over a raw socket).
 */
export function headerBytes(value: string): string {
  return Buffer.from(value, 'utf8')
    .toString('latin1')
    .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '');
}

/** Starts the API over `store` with authentication on and creates an ANALYST, an ADVISOR and an ADMIN key for ORG. */
export async function startFuzzTarget(store: GraphStore, cleanup: () => Promise<void>, options: { access?: AccessOptions; limits?: Partial<ServerLimits> } = {}): Promise<FuzzTarget> {
  const tokens: Record<KeyName, string> = {
    analyst: (await createKey(store, { role: 'ANALYST', organisation: ORG, name: 'fuzz analyst' })).token,
    advisor: (await createKey(store, { role: 'ADVISOR', organisation: ORG, name: 'fuzz advisor', actingFor: [OTHER_ORG] })).token,
    admin: (await createKey(store, { role: 'ADMIN', organisation: ORG, name: 'fuzz admin' })).token,
  };
  const server = await startServer({
    store,
    host: '127.0.0.1',
    port: 0,
    limits: options.limits,
    access: options.access ?? { enabled: true, ratePerMinute: 1_000_000 },
  });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const auth = (key: KeyName = 'admin') => ({ authorization: `Bearer ${tokens[key]}`, 'x-acting-for': ORG, 'x-purpose': 'fuzz test of every input' });
  const send = (request: RawRequest) => rawRequest(baseUrl, request);
  return {
    server,
    store,
    baseUrl,
    tokens,
    auth,
    send,
    gql: (query, variables, headers = auth()) =>
      send({ headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(variables === undefined ? { query } : { query, variables }) }),
    async close() {
      await server.stop();
      await store.close();
      await cleanup();
    },
  };
}

/** The codes the API contract documents, and Apollo's own request-level codes. */
export const CODES_BY_STATUS: Record<number, readonly string[]> = {
  // Resolver errors beside (partial) data.
  200: ['BAD_USER_INPUT', 'NOT_FOUND'],
  400: [
    'BAD_REQUEST',
    'BAD_USER_INPUT',
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    // Apollo's own: an operationName the document does not define.
    'OPERATION_RESOLUTION_FAILURE',
    'QUERY_DEPTH_LIMIT',
    'QUERY_COST_LIMIT',
    'QUERY_ALIAS_LIMIT',
    'QUERY_DIRECTIVE_LIMIT',
  ],
  401: ['UNAUTHENTICATED'],
  403: ['FORBIDDEN'],
  413: ['PAYLOAD_TOO_LARGE'],
  429: ['RATE_LIMITED'],
  503: ['SERVICE_UNAVAILABLE'],
};

interface ErrorShape {
  message: unknown;
  extensions?: Record<string, unknown>;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `json.data[field]` of a GraphQL answer, when the answer has it. */
export function dataField(res: RawResponse, field: string): unknown {
  return isRecord(res.json) && isRecord(res.json.data) ? res.json.data[field] : undefined;
}

/** The GraphQL errors of a response body, or null when the body is not a GraphQL response. */
export function errorsOf(json: unknown): ErrorShape[] | null {
  if (!isRecord(json)) return null;
  if (json.errors === undefined) return [];
  if (!Array.isArray(json.errors)) return null;
  const out: ErrorShape[] = [];
  for (const e of json.errors) {
    if (!isRecord(e)) return null;
    out.push({ message: e.message, ...(isRecord(e.extensions) ? { extensions: e.extensions } : {}) });
  }
  return out;
}

export function codesOf(res: RawResponse): string[] {
  return (errorsOf(res.json) ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : '(no code)'));
}

/**
 * Everything wrong with one answer of /graphql, as readable lines (empty when it is fine): never HTTP 500, never
 * INTERNAL_SERVER_ERROR, always a JSON GraphQL body, a documented status and only the codes documented for it.
 */
export function violations(res: RawResponse, options: { maxMillis?: number } = {}): string[] {
  const out: string[] = [];
  if (res.status === 500) out.push('HTTP 500');
  if (!(res.status in CODES_BY_STATUS)) out.push(`undocumented HTTP status ${res.status}`);
  if (!res.contentType.startsWith('application/json')) out.push(`content-type "${res.contentType}", not JSON`);
  const errors = errorsOf(res.json);
  if (errors === null) {
    out.push('the body is not a GraphQL response');
  } else {
    const allowed = CODES_BY_STATUS[res.status] ?? [];
    if (res.status !== 200 && errors.length === 0) out.push(`HTTP ${res.status} without errors`);
    if (res.status === 200 && isRecord(res.json) && !('data' in res.json)) out.push('HTTP 200 without data');
    for (const e of errors) {
      const code = e.extensions?.code;
      if (typeof e.message !== 'string') out.push('an error without a message');
      if (code === 'INTERNAL_SERVER_ERROR') out.push(`INTERNAL_SERVER_ERROR: ${String(e.message)}`);
      else if (typeof code !== 'string') out.push(`an error without extensions.code: ${String(e.message)}`);
      else if (!allowed.includes(code)) out.push(`code ${code} with HTTP ${res.status}`);
      // A resolver's bad input names the offending field.
      if (res.status === 200 && code === 'BAD_USER_INPUT' && (typeof e.extensions?.field !== 'string' || e.extensions.field === '')) {
        out.push(`BAD_USER_INPUT without extensions.field: ${String(e.message)}`);
      }
      if (typeof code === 'string' && code.startsWith('QUERY_') && typeof e.extensions?.limit !== 'string') out.push(`${code} without extensions.limit`);
    }
  }
  if (options.maxMillis !== undefined && res.millis > options.maxMillis) out.push(`took ${Math.round(res.millis)} ms`);
  return out;
}

/** Throws with the request and the answer when the answer breaks the contract; fast-check then shrinks the input. */
export function assertContract(res: RawResponse, what: unknown): RawResponse {
  const problems = violations(res);
  if (problems.length > 0) {
    const shown = typeof what === 'string' ? what : JSON.stringify(what);
    throw new Error(`${problems.join('; ')}\n  request: ${shown.slice(0, 600)}\n  answer ${res.status}: ${res.text.slice(0, 600)}`);
  }
  return res;
}

/** Labels that requests legitimately add to: the protocol, keys and scenarios. Everything else is the knowledge graph. */
const OPERATIONAL = new Set(['AccessLog', 'ApiKey', 'Scenario']);

export interface StoreSnapshot {
  catalogue: string;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  municipalities: number;
  collaborations: number;
}

/** What a request must never change: the reference graph, its node and relationship counts, the municipalities and collaborations. */
export async function snapshot(store: GraphStore): Promise<StoreSnapshot> {
  const [catalogue, counts, municipalities, collaborations] = await Promise.all([
    store.catalogue(),
    store.counts(),
    store.municipalities({ search: null, first: 1, after: null }),
    store.collaborations({ search: null, first: 1, after: null }),
  ]);
  return {
    catalogue: JSON.stringify(catalogue),
    nodes: Object.fromEntries(Object.entries(counts.nodes).filter(([label]) => !OPERATIONAL.has(label))),
    relationships: counts.relationships,
    municipalities: municipalities.totalCount,
    collaborations: collaborations.totalCount,
  };
}

export async function scenarioCount(store: GraphStore): Promise<number> {
  return (await store.scenarios({ owner: null, first: 1, after: null })).totalCount;
}
