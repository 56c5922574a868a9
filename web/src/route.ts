// Hash routes, so every screen has an address a reload or a bookmark returns to, and the server serves one page.
import { useEffect, useState } from 'react';
import { parseRoute, type Route } from './route-parse';

export type { Route };

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

export function href(screen: string, id?: string | null, params?: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v) q.set(k, v);
  const query = q.toString();
  return `#/${screen}${id ? `/${encodeURIComponent(id)}` : ''}${query ? `?${query}` : ''}`;
}

export function navigate(to: string): void {
  window.location.hash = to.replace(/^#/, '');
}

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : undefined);

/** What a screen analyses: a collaboration by id, or an ad-hoc one from explicit members, legal form and facilities. */
export interface Subject {
  collaboration?: string;
  members?: string[];
  legalForm?: string;
  facilities?: string[];
}

export function subjectOf(route: Route): Subject | null {
  if (route.id) return { collaboration: route.id };
  const members = list(route.params.get('m'));
  const legalForm = route.params.get('lf') ?? undefined;
  const facilities = list(route.params.get('f'));
  return members && legalForm && facilities ? { members, legalForm, facilities } : null;
}

export function subjectParams(subject: Subject): Record<string, string | undefined> {
  return subject.collaboration ? {} : { m: subject.members?.join(','), lf: subject.legalForm, f: subject.facilities?.join(',') };
}
