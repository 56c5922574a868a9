// One POST per GraphQL operation to this server's /graphql, with the sign-in headers and the chosen language.
import type { TypedDocumentString } from './gql/graphql';
import type { Lang } from './i18n';
import type { Session } from './session';

export type ApiErrorKind = 'unauthenticated' | 'forbidden' | 'unavailable' | 'rate-limited' | 'bad-input' | 'not-found' | 'network' | 'other';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly code: string | null,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const KIND_BY_CODE: Record<string, ApiErrorKind> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  SERVICE_UNAVAILABLE: 'unavailable',
  RATE_LIMITED: 'rate-limited',
  BAD_USER_INPUT: 'bad-input',
  BAD_REQUEST: 'bad-input',
  NOT_FOUND: 'not-found',
};

interface Wire<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Headers every request carries: the sign-in (when there is one) and the language of the answer. */
export function requestHeaders(session: Session | null, lang: Lang): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    'accept-language': lang === 'nl' ? 'nl-NL, nl;q=0.9, en;q=0.5' : 'en-GB, en;q=0.9, nl;q=0.5',
    ...(session ? { authorization: `Bearer ${session.key}`, 'x-acting-for': session.actingFor, 'x-purpose': session.purpose } : {}),
  };
}

export async function execute<R, V>(document: TypedDocumentString<R, V>, variables: V, session: Session | null, lang: Lang): Promise<R> {
  let res: Response;
  try {
    res = await fetch('/graphql', { method: 'POST', headers: requestHeaders(session, lang), body: JSON.stringify({ query: document.toString(), variables }) });
  } catch (error) {
    throw new ApiError('network', error instanceof Error ? error.message : String(error), null, 0);
  }
  let body: Wire<R> | null = null;
  try {
    body = (await res.json()) as Wire<R>;
  } catch {
    body = null;
  }
  const first = body?.errors?.[0];
  const code = first?.extensions?.code ?? null;
  if (res.status === 503 || code === 'SERVICE_UNAVAILABLE') throw new ApiError('unavailable', first?.message ?? `HTTP ${res.status}`, code, res.status);
  if (first) throw new ApiError((code && KIND_BY_CODE[code]) || 'other', first.message, code, res.status);
  if (!res.ok || !body?.data) throw new ApiError(res.status === 401 ? 'unauthenticated' : 'other', `HTTP ${res.status}`, null, res.status);
  return body.data;
}
