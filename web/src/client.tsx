// The workbench's data layer: TanStack Query over `execute`, with the session and language every request needs.
import { useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { execute, type ApiError } from './api';
import type { TypedDocumentString } from './gql/graphql';
import { LangContext } from './i18n';
import { queryKeyOf, takePrefetched } from './prefetch';
import type { Session } from './session';

export const SessionContext = createContext<Session | null>(null);

export function useGqlQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, options: Partial<UseQueryOptions<R, ApiError>> = {}) {
  const session = useContext(SessionContext);
  const lang = useContext(LangContext);
  const queryKey = queryKeyOf(document as TypedDocumentString<unknown, unknown>, variables, lang, session);
  return useQuery<R, ApiError>({
    queryKey,
    queryFn: () => takePrefetched<R>(queryKey) ?? execute(document, variables, session, lang),
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
