// The chosen language, kept in this tab's sessionStorage; without React, so the first request can carry it.
export type Lang = 'nl' | 'en';

const STORE = 'harmonie.lang';

export function initialLang(): Lang {
  return sessionStorage.getItem(STORE) === 'en' ? 'en' : 'nl';
}

export function rememberLang(lang: Lang): void {
  sessionStorage.setItem(STORE, lang);
  document.documentElement.lang = lang;
}
