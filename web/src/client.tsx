// The workbench's data layer: TanStack Query over `execute`, with the session and language every request needs.
import { useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { execute, type ApiError } from './api';
import type { TypedDocumentString } from './gql/graphql';
import { LangContext } from './i18n';
import type { Session } from './session';

export const SessionContext = createContext<Session | null>(null);

function operationName(document: TypedDocumentString<unknown, unknown>): string {
  return /(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? document.toString();
}

export function useGqlQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, options: Partial<UseQueryOptions<R, ApiError>> = {}) {
  const session = useContext(SessionContext);
  const lang = useContext(LangContext);
  return useQuery<R, ApiError>({
    queryKey: [operationName(document as TypedDocumentString<unknown, unknown>), variables, lang, session?.actingFor ?? null],
    queryFn: () => execute(document, variables, session, lang),
    ...options,
  });
}

export function useGqlMutation<R, V>(document: TypedDocumentString<R, V>) {
  const session = useContext(SessionContext);
  const lang = useContext(LangContext);
  return useMutation<R, ApiError, V>({ mutationFn: (variables: V) => execute(document, variables, session, lang) });
}

/** Runs an operation once on demand (a download), outside the cache. */
export function useGqlRunner() {
  const session = useContext(SessionContext);
  const lang = useContext(LangContext);
  return <R, V>(document: TypedDocumentString<R, V>, variables: V) => execute(document, variables, session, lang);
}
