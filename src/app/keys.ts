// API keys: random secrets shown once, stored only as a hash; verification in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { OIN_PATTERN, ROLES, type Principal, type Role } from '../domain/access.js';
import { BadInputError, NotFoundError } from '../domain/errors.js';
import type { ApiKey, GraphStore } from '../store/port.js';

/** `hk_<id>.<secret>`: the id finds the key, the secret proves it. */
const TOKEN = /^hk_([0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface NewKey {
  role: Role;
  organisation: string;
  name: string;
  actingFor?: string[];
}

function checkOin(value: string, field: string): string {
  if (!OIN_PATTERN.test(value)) throw new BadInputError(field, `"${value}" is not an OIN (twenty digits)`);
  return value;
}

/** Creates a key; the returned token is the only time the secret exists outside the caller's hands. */
export async function createKey(store: GraphStore, request: NewKey, now = new Date()): Promise<{ key: ApiKey; token: string }> {
  if (!ROLES.includes(request.role)) throw new BadInputError('role', `must be one of ${ROLES.join(', ')}`);
  const name = request.name.trim();
  if (name.length === 0 || name.length > 100) throw new BadInputError('name', 'must be 1 to 100 characters');
  const organisation = checkOin(request.organisation, 'org');
  const actingFor = [...new Set((request.actingFor ?? []).map((o, i) => checkOin(o, `acting-for[${i}]`)))].filter((o) => o !== organisation);
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const key: ApiKey = { id, name, role: request.role, organisation, actingFor, hash: sha256(secret), createdAt: now.toISOString(), revokedAt: null };
  await store.saveApiKey(key);
  return { key, token: `hk_${id}.${secret}` };
}

export async function revokeKey(store: GraphStore, id: string, now = new Date()): Promise<ApiKey> {
  const key = await store.apiKey(id);
  if (!key) throw new NotFoundError('API key', id, 'id');
  if (key.revokedAt) return key;
  const revoked = { ...key, revokedAt: now.toISOString() };
  await store.saveApiKey(revoked);
  return revoked;
}

/** The principal behind a bearer token, or null when the token is malformed, unknown, revoked or wrong. */
export async function authenticate(store: GraphStore, token: string): Promise<Principal | null> {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const key = await store.apiKey(match[1]!);
  if (!key || key.revokedAt) return null;
  const given = Buffer.from(sha256(match[2]!), 'hex');
  const stored = Buffer.from(key.hash, 'hex');
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) return null;
  return { keyId: key.id, keyName: key.name, role: key.role, organisation: key.organisation, actingFor: key.actingFor };
}
