// Per-request context: a session over the store (the reference graph read at most once) and what the protocol layer established.
import { createSession, type Session } from '../app/session.js';
import type { Principal } from '../domain/access.js';
import type { Language } from '../domain/model.js';
import type { AccessLogEntry, GraphStore } from '../store/port.js';
import { AnswerDates } from './dates.js';

/** What the protocol layer established about a request, handed to Apollo's context. */
export interface Access {
  /** Null when authentication is disabled. */
  principal: Principal | null;
  /** The organisation the request acts for; null only when authentication is disabled and none was named. */
  actingFor: string | null;
  purpose: string | null;
  /** The access-log entry of this request. */
  entry: AccessLogEntry;
  /** True when tenancy applies: scenarios are those of `actingFor` only. */
  enforced: boolean;
  /** The outcome the access log records last, for the request's log line (request-log.ts). */
  outcome?: string;
  /** True while the request is answered again because what it read was not current (access.ts): logged once, by it. */
  replaying?: boolean;
}

export interface RequestContext extends Session {
  /** Key, acting-for organisation, purpose and log entry; absent only when a test builds a context by hand. */
  access?: Access;
  /** The language the request asked for (`Accept-Language`), Dutch by default: every text of the graph is answered in it. */
  language: Language;
  /** The date each part of the answer is read at, recorded once by response path where it is established. */
  dates: AnswerDates;
}

export function createContext(store: GraphStore, access?: Access, language: Language = 'nl'): RequestContext {
  return { ...createSession(store), ...(access ? { access } : {}), language, dates: new AnswerDates() };
}
