// Derives graph-seed/municipalities.json (the 390 municipalities of 2016) from the regioatlas veiligheidsregio list.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { fail, seedPath, sharedDataPath, writeJson } from './output.js';

/** Every municipality of 2016 appears exactly once in the veiligheidsregio list. */
const EXPECTED_MUNICIPALITIES = 390;
const SOURCE_FILE = 'regioatlas/veiligheidsregios.csv';
const OUTPUT_FILE = 'municipalities.json';

interface Row {
  Gemeente: string;
  CBS: string;
}

async function main(): Promise<void> {
  const raw = await readFile(sharedDataPath(SOURCE_FILE), 'utf8');
  const rows: Row[] = parse(raw, {
    bom: true,
    delimiter: ';',
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });

  const problems: string[] = [];
  const byCode = new Map<string, string>();
  rows.forEach((row, i) => {
    const line = i + 2; // header is line 1
    const name = row.Gemeente ?? '';
    const code = row.CBS ?? '';
    if (!/^\d{4}$/.test(code)) problems.push(`line ${line}: CBS code "${code}" is not four digits`);
    if (name === '') problems.push(`line ${line}: empty municipality name`);
    const seen = byCode.get(code);
    if (seen !== undefined) problems.push(`line ${line}: CBS code ${code} used by both "${seen}" and "${name}"`);
    byCode.set(code, name);
  });
  if (rows.length !== EXPECTED_MUNICIPALITIES) {
    problems.push(`expected ${EXPECTED_MUNICIPALITIES} rows, found ${rows.length}`);
  }
  if (problems.length > 0) fail(`${SOURCE_FILE}:\n  ${problems.join('\n  ')}`);

  const municipalities = [...byCode.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([cbsCode, name]) => ({ cbsCode, name }));

  await writeJson(seedPath(OUTPUT_FILE), {
    generatedBy: 'tools/derive/municipalities.ts',
    sources: ['regioatlas-2016'],
    municipalities,
  });
  console.log(`wrote graph-seed/${OUTPUT_FILE}: ${municipalities.length} municipalities`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
