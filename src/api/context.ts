// Per-request context: a session over the store (the reference graph read at most once) and what the protocol layer established.
import { createSession, type Session } from '../app/session.js';
import type { Language } from '../domain/model.js';
import type { GraphStore } from '../store/port.js';
import type { Access } from './access.js';

export interface RequestContext extends Session {
  /** Key, acting-for organisation, purpose and log entry; absent only when a test builds a context by hand. */
  access?: Access;
  /** The language the request asked for (`Accept-Language`), Dutch by default: every text of the graph is answered in it. */
  language: Language;
}

export function createContext(store: GraphStore, access?: Access, language: Language = 'nl'): RequestContext {
  return { ...createSession(store), ...(access ? { access } : {}), language };
}
