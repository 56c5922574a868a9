// National impact over the imported national data set: import time and the time of the whole analysis, per store.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importFile } from '../src/app/import.js';
import { allCollaborations, createSession } from '../src/app/session.js';
import { nationalImpact, type NationalTotals } from '../src/domain/national-impact.js';
import { PACKAGE_ROOT } from '../src/package-root.js';
import type { GraphStore } from '../src/store/port.js';
import { highsSolver } from '../src/solver/highs.js';

const DATA = path.resolve(PACKAGE_ROOT, '..', 'shared', 'data');
const FILES = [
  { file: 'opengr/gemeenschappelijke_regelingen_opengr.csv', layout: 'opengr' as const, legalForm: null, facilities: [] },
  { file: 'regioatlas/intergemeentelijkesocialediensten.csv', layout: 'regioatlas' as const, legalForm: 'OPENBAAR_LICHAAM', facilities: ['GGK', 'BRP_V', 'DIGID'] },
  { file: 'regioatlas/veiligheidsregios.csv', layout: 'regioatlas' as const, legalForm: 'OPENBAAR_LICHAAM', facilities: [] },
];

export interface NationalRow {
  store: string;
  policy: string;
  importMs: number;
  impactMs: number;
  totals: NationalTotals;
}

export function nationalDataAvailable(): boolean {
  return FILES.every((f) => existsSync(path.join(DATA, f.file)));
}

/** Imports the three public files, then times `nationalImpact` (store read + analysis) under today's rules and a joint DigiD assessment. */
export async function benchNational(store: GraphStore, label: string): Promise<NationalRow[]> {
  const t0 = performance.now();
  for (const f of FILES) {
    await importFile(createSession(store), { text: await readFile(path.join(DATA, f.file), 'utf8'), fileName: path.basename(f.file), layout: f.layout, legalForm: f.legalForm, facilities: f.facilities });
  }
  const importMs = performance.now() - t0;
  const rows: NationalRow[] = [];
  const policies = [
    { name: "today's rules", policy: null },
    { name: 'joint DigiD assessment allowed', policy: { auditRequirements: [{ id: 'digid-assessment', jointAllowed: true }] } },
  ];
  for (const p of policies) {
    const t1 = performance.now();
    const session = createSession(store);
    const [index, collaborations] = await Promise.all([session.catalogue(), allCollaborations(store)]);
    // Assumptions, flagged in the result: unknown forms as light arrangements, collaborations without facilities on DigiD, GGK and BRP-V.
    const result = await nationalImpact(index, collaborations, { asOf: '2026-11-28', policy: p.policy, unknownLegalForm: 'REGELING_ZONDER_MEER', defaultFacilities: ['DIGID', 'GGK', 'BRP_V'], lpSolver: highsSolver });
    rows.push({ store: label, policy: p.name, importMs, impactMs: performance.now() - t1, totals: result.totals });
  }
  return rows;
}
