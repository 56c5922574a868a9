// The sign-in (API key, acting-for OIN, purpose), kept in this tab's sessionStorage only: gone when the tab closes.
export interface Session {
  key: string;
  actingFor: string;
  purpose: string;
}

const KEY = 'harmonie.session';

export function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<Session>;
    return typeof v.key === 'string' && typeof v.actingFor === 'string' && typeof v.purpose === 'string'
      ? { key: v.key, actingFor: v.actingFor, purpose: v.purpose }
      : null;
  } catch {
    return null;
  }
}

export function writeSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

/** With HARMONIE_AUTH=disabled the server marks the page, and no sign-in is asked. */
export function authRequired(): boolean {
  return document.querySelector('meta[name="harmonie-auth"]')?.getAttribute('content') !== 'disabled';
}
