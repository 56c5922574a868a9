// Derives graph-seed/frameworks/bio2.json (the BIO2 v1.3 overheidsmaatregelen as norms) from the MinBZK markdown.
import { readFile } from 'node:fs/promises';
import { BIO2_SUBJECTS } from './bio2-subjects.js';
import { fail, seedPath, sharedDataPath, writeJson } from './output.js';

const SOURCE_FILE = 'bio2/overheidsmaatregelen.md';
const OUTPUT_FILE = 'frameworks/bio2.json';
/** Every level-2 heading of the measures document, whatever it holds. */
const ANY_HEADING = /^## .*$/gm;
/** A measure heading: `## 5.01.01` (trailing spaces occur in the source). */
const MEASURE_HEADING = /^## ([5-8])\.(\d{2})\.(\d{2})[ \t]*$/;
/**
 * Cost weight of one BIO2 measure, in euro. No facility's audit is run against BIO2 in this graph (it is the
 * common baseline mappings point at), so the figure only matters when a policy audits BIO2 directly.
 */
const DEFAULT_WEIGHT = 250;

interface Bio2Norm {
  code: string;
  title: { nl: string; en: string };
  isoControl: string;
}

/**
 * What a heading holds. Only `measure` is a government measure; the others are headings of the source that say
 * there is none ("Geen overheidsmaatregel"), that it moved ("Verplaatst naar"), was withdrawn ("Vervallen") or is
 * the text of another measure ("Zie overheidsmaatregel"). They are counted, not kept: no fact rests on them.
 */
type HeadingKind = 'measure' | 'no-measure' | 'moved' | 'withdrawn' | 'reference';

function headingKind(body: string): HeadingKind {
  const first = body.trim().split('\n')[0]?.trim() ?? '';
  if (/^Geen overheidsmaatregel/i.test(first)) return 'no-measure';
  if (/^Verplaatst naar \d\.\d{2}\.\d{2}/i.test(first)) return 'moved';
  if (/^Vervallen/i.test(first)) return 'withdrawn';
  if (/^Zie overheidsmaatregel \d\.\d{2}\.\d{2}/i.test(first)) return 'reference';
  return 'measure';
}

async function main(): Promise<void> {
  const markdown = (await readFile(sharedDataPath(SOURCE_FILE), 'utf8')).replace(/\r\n/g, '\n');
  const headingCount = [...markdown.matchAll(ANY_HEADING)].length;
  const lines = markdown.split('\n');

  const problems: string[] = [];
  const norms: Bio2Norm[] = [];
  const counts: Record<HeadingKind, number> = { measure: 0, 'no-measure': 0, moved: 0, withdrawn: 0, reference: 0 };
  const seen = new Set<string>();
  let current: { code: string; isoControl: string; body: string[] } | undefined;

  const flush = () => {
    if (!current) return;
    const subject = BIO2_SUBJECTS[current.isoControl];
    if (subject === undefined) {
      problems.push(`no subject in bio2-subjects.ts for ISO control ${current.isoControl} (measure ${current.code})`);
      return;
    }
    const kind = headingKind(current.body.join('\n'));
    counts[kind] += 1;
    if (kind !== 'measure') return;
    norms.push({
      code: current.code,
      title: { nl: `${subject.nl} — maatregel ${current.code}`, en: `${subject.en} — measure ${current.code}` },
      isoControl: current.isoControl,
    });
  };

  lines.forEach((line, i) => {
    if (!line.startsWith('## ')) {
      current?.body.push(line);
      return;
    }
    flush();
    current = undefined;
    const m = MEASURE_HEADING.exec(line);
    if (!m) {
      problems.push(`line ${i + 1}: heading "${line.trim()}" is not a measure id d.dd.dd`);
      return;
    }
    const [, clause, control, seq] = m;
    const code = `${clause}.${control}.${seq}`;
    if (seen.has(code)) problems.push(`line ${i + 1}: measure ${code} appears twice`);
    seen.add(code);
    current = { code, isoControl: `${clause}.${Number(control)}`, body: [] };
  });
  flush();

  const classified = Object.values(counts).reduce((a, b) => a + b, 0);
  if (classified !== headingCount) {
    problems.push(`found ${headingCount} "## " headings but classified ${classified}`);
  }
  if (norms.length === 0) problems.push('no measures found');
  if (problems.length > 0) fail(`${SOURCE_FILE}:\n  ${problems.join('\n  ')}`);

  norms.sort((a, b) => compareCodes(a.code, b.code));

  await writeJson(seedPath(OUTPUT_FILE), {
    framework: {
      id: 'BIO2',
      name: 'Baseline Informatiebeveiliging Overheid 2 (BIO2), overheidsmaatregelen',
      version: '1.3 (draft, 2026-01)',
      owner: 'Ministerie van BZK',
      defaultWeight: DEFAULT_WEIGHT,
      // The names CISO Assistant's BIO2 library gives this framework (curated: same measure ids, see README "Interop").
      aliases: ['urn:intuitem:risk:framework:bio2', 'bio2'],
      validFrom: null,
      validTo: null,
      sources: ['bio2-v1.3'],
      confidence: 'CONFIRMED',
      note: {
        nl:
          `Maatregel-ids uit de overheidstekst van BIO2 v1.3 (concept van 2026-01-09, zonder formele status). Van de ${headingCount} ` +
          `kopjes zijn er ${counts.measure} echte overheidsmaatregelen, alleen die zijn hier normen; niet opgenomen: ` +
          `${counts['no-measure']} met "Geen overheidsmaatregel", ${counts.moved} "Verplaatst", ${counts.withdrawn} "Vervallen" en ` +
          `${counts.reference} "Zie overheidsmaatregel". De titels zijn onze eigen korte onderwerpen per maatregel van ISO/IEC ` +
          '27002:2022, geen ISO-tekst. Gebruikt als gemeenschappelijke basis waarop DigiD- en Suwinet-normen worden ' +
          `afgebeeld, op elke datum, dus zonder geldigheidsperiode. Het standaardgewicht van ${DEFAULT_WEIGHT} euro is een ` +
          'AANNAME (dezelfde ijking per norm als bij de DigiD-kaders, zie cost-model.yaml).',
        en:
          `Measure ids from the government text of BIO2 v1.3 (draft of 2026-01-09, no formal status). Of its ${headingCount} ` +
          `headings, ${counts.measure} are real government measures and only those are norms here; left out: ` +
          `${counts['no-measure']} saying "Geen overheidsmaatregel" (no government measure), ${counts.moved} "Verplaatst" ` +
          `(moved), ${counts.withdrawn} "Vervallen" (withdrawn) and ${counts.reference} "Zie overheidsmaatregel" (see another ` +
          'measure). Titles are our own short subjects per ISO/IEC 27002:2022 control, not ISO text. Used as the common ' +
          'baseline that DigiD and Suwinet norms map onto, at any date, so it carries no validity period. defaultWeight ' +
          `${DEFAULT_WEIGHT} euro is an ASSUMPTION (same per-norm calibration as the DigiD frameworks, see cost-model.yaml).`,
      },
    },
    norms,
  });
  console.log(`wrote graph-seed/${OUTPUT_FILE}: ${norms.length} measures from ${headingCount} headings (${JSON.stringify(counts)})`);
}

function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
