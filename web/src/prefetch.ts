// The first screen's request leaves as soon as this small entry runs, while the rest of the workbench (React, the
// design system, the screens) is still loading; the screen's query then takes the answer under way instead of asking
// again. Only the start screen is fetched this way: it is where a visit begins.
import { execute } from './api';
import type { TypedDocumentString } from './gql/graphql';
import { initialLang, type Lang } from './lang';
import { parseRoute } from './route-parse';
import { StartScreenQuery, startVariables } from './screens/start-query';
import { authRequired, readSession, type Session } from './session';

/** The cache key of an operation: its name, variables, language and the organisation acted for (client.tsx). */
export function queryKeyOf(document: TypedDocumentString<unknown, unknown>, variables: unknown, lang: Lang, session: Session | null): unknown[] {
  const name = /(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? document.toString();
  return [name, variables, lang, session?.actingFor ?? null];
}

const pending = new Map<string, Promise<unknown>>();

/** The answer started for `key`, once: a later query with the same key asks the server again. */
export function takePrefetched<R>(key: unknown[]): Promise<R> | undefined {
  const id = JSON.stringify(key);
  const answer = pending.get(id) as Promise<R> | undefined;
  pending.delete(id);
  return answer;
}

/** Starts the start screen's query when the page opens on it and no sign-in is needed first. */
export function prefetchFirstScreen(): void {
  const route = parseRoute(window.location.hash);
  if (route.screen !== '') return;
  const signInNeeded = authRequired();
  const session = signInNeeded ? readSession() : null;
  if (signInNeeded && !session) return;
  const lang = initialLang();
  const variables = startVariables(route.params);
  const answer = execute(StartScreenQuery, variables, session, lang);
  // A failure reaches the screen that takes the answer; until then it is not an unhandled rejection.
  answer.catch(() => undefined);
  pending.set(JSON.stringify(queryKeyOf(StartScreenQuery as TypedDocumentString<unknown, unknown>, variables, lang, session)), answer);
}
