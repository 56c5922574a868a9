// Dutch first, English on request: every text is written in both, side by side, where it is used.
import { createContext, useContext } from 'react';
import type { Lang } from './lang';

export { initialLang, rememberLang, type Lang } from './lang';

export const LangContext = createContext<Lang>('nl');

/** `tr('Dutch', 'English')` in the chosen language. */
export function useT(): { lang: Lang; tr: (nl: string, en: string) => string } {
  const lang = useContext(LangContext);
  return { lang, tr: (nl, en) => (lang === 'nl' ? nl : en) };
}

const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

export function money(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}

export function num(lang: Lang, value: number, digits = 0): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
}

type Labels = Record<string, [nl: string, en: string]>;

const LABELS = {
  status: { ALLOWED: ['Toegestaan', 'Allowed'], CONDITIONAL: ['Onder voorwaarden', 'Conditional'], BLOCKED: ['Geblokkeerd', 'Blocked'] },
  mode: {
    JOINT: ['Gezamenlijk', 'Joint'],
    PER_MEMBER: ['Per deelnemer', 'Per member'],
    BLOCKED: ['Geblokkeerd', 'Blocked'],
    AUTO: ['Automatisch', 'Automatic'],
  },
  dimension: {
    LEGAL_FORM: ['Rechtsvorm', 'Legal form'],
    MEMBERS: ['Deelnemers', 'Members'],
    FACILITIES: ['Voorzieningen', 'Facilities'],
    POLICY: ['Beleid', 'Policy'],
    DATE: ['Peildatum', 'Date'],
  },
  evidence: { IT_AUDIT: ['IT-audit (assessment)', 'IT audit (assessment)'], SELF_EVALUATION: ['Zelfevaluatie', 'Self-evaluation'] },
  aspect: {
    eligibility: ['Aansluitrecht', 'Eligibility'],
    'connection mode': ['Wijze van aansluiten', 'Connection mode'],
    OIN: ['OIN', 'OIN'],
    holders: ['Houders', 'Holders'],
    certificates: ['Certificaten', 'Certificates'],
    connections: ['Aansluitingen', 'Connections'],
    OINs: ["OIN's", 'OINs'],
    'network connections': ['Netwerkaansluitingen', 'Network connections'],
    agreements: ['Overeenkomsten', 'Agreements'],
    registrations: ['Registraties', 'Registrations'],
    accounts: ['Accounts', 'Accounts'],
    engagements: ['Auditopdrachten', 'Audit engagements'],
    'baseline audit cost': ['Auditkosten ieder apart', 'Audit cost each on its own'],
    'optimal audit cost': ['Auditkosten gezamenlijk (optimaal)', 'Audit cost combined (optimal)'],
    savings: ['Besparing', 'Savings'],
  },
  oinKind: { OWN: ['Eigen OIN', 'Own OIN'], SUB_OIN: ['SubOIN', 'SubOIN'], MEMBERS: ['OIN per deelnemer', 'OIN per member'], NONE: ['Geen', 'None'] },
} satisfies Record<string, Labels>;

/** The label of an enum value of the API in the chosen language (the value itself if it is new). */
export function label(lang: Lang, kind: keyof typeof LABELS, value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const pair = (LABELS[kind] as Labels)[value];
  return pair ? pair[lang === 'nl' ? 0 : 1] : value;
}
