// Every fixed text of the report, one dictionary per language.
import type { ReportLanguage } from '../document.js';
import type { Dictionary } from './dictionary.js';
import { EN } from './en.js';
import { NL } from './nl.js';

export { AGENDA, type AgendaKey } from './agenda.js';
export type { Dictionary } from './dictionary.js';

export const DICTIONARIES: Record<ReportLanguage, Dictionary> = { NL, EN };
