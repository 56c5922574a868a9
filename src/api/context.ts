// Per-request context: a session over the store, so a request reads the reference graph at most once.
import { createSession, type Session } from '../app/session.js';
import type { GraphStore } from '../store/port.js';

export type RequestContext = Session;

export function createContext(store: GraphStore): RequestContext {
  return createSession(store);
}
