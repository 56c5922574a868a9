// Shared test inputs: the graph's 390 municipalities, the shared data files and the import fixtures.
import { readFileSync } from 'node:fs';
import type { Municipality } from '../../../src/domain/model.js';

/** Read from `../shared/data/` beside the checkout, as the data README asks; never copied into the repository. */
export function sharedData(path: string): string {
  return readFileSync(new URL(`../../../../shared/data/${path}`, import.meta.url), 'utf8');
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The municipalities of `graph-seed/municipalities.json`, shaped as the seed loader shapes them. */
export function loadMunicipalities(): Municipality[] {
  const data: unknown = JSON.parse(readFileSync(new URL('../../../graph-seed/municipalities.json', import.meta.url), 'utf8'));
  if (!isRecord(data) || !Array.isArray(data.municipalities) || !Array.isArray(data.sources)) {
    throw new Error('graph-seed/municipalities.json has an unexpected shape');
  }
  const sources = data.sources.filter((s): s is string => typeof s === 'string');
  return data.municipalities.map((m: unknown) => {
    if (!isRecord(m) || typeof m.cbsCode !== 'string' || typeof m.name !== 'string') {
      throw new Error('graph-seed/municipalities.json has an entry of an unexpected shape');
    }
    return { id: `GM${m.cbsCode}`, cbsCode: m.cbsCode, name: m.name, sources };
  });
}

/** The legal form codes of graph-seed/legal-forms.yaml, as the CLI would pass them. */
export const LEGAL_FORMS = [
  'GEMEENTE',
  'REGELING_ZONDER_MEER',
  'CENTRUMGEMEENTE',
  'GEMEENSCHAPPELIJK_ORGAAN',
  'BEDRIJFSVOERINGSORGANISATIE',
  'OPENBAAR_LICHAAM',
  'PRIVAATRECHTELIJK',
];
