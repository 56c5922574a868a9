// The language of an answer: what the request's Accept-Language asks for among the graph's languages, Dutch by default.
import type { Request } from 'express';
import { LANGUAGES, type Language } from '../domain/model.js';

/**
 * The best of `nl` and `en` for the request, by Accept-Language with its q-values (express's `accepts`, which uses
 * `negotiator`); `en-GB` counts as `en`. No header, `*`, or only languages we do not have: Dutch.
 */
export function requestLanguage(req: Pick<Request, 'acceptsLanguages'>): Language {
  const best = req.acceptsLanguages(...LANGUAGES);
  return best === 'en' ? 'en' : 'nl';
}
