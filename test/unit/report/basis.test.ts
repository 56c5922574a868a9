// The report's section "Waarop dit advies rust" / "What this advice rests on": the counts, the cost assumptions and the
// unsettled facts with their sources, in Dutch and in English, in every format.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unionBasis, uncertainFacts } from '../../../src/domain/basis.js';
import { buildReport, type ReportInput } from '../../../src/report/document/content.js';
import type { Block, FiguresBlock, ReportDocument, TableBlock } from '../../../src/report/document/document.js';
import { DICTIONARIES } from '../../../src/report/document/i18n/index.js';
import { renderReport } from '../../../src/report/render/render.js';
import { JOINT_DIGID, lightArrangement, reportInput, SZW, world, type World } from './fixtures.js';

let w: World;
let input: ReportInput;
let nl: ReportDocument;
let en: ReportDocument;
beforeAll(async () => {
  w = await world();
  input = await reportInput(w, SZW);
  nl = buildReport(input);
  en = buildReport({ ...input, language: 'EN' });
});

const section = (doc: ReportDocument) => doc.sections.find((s) => s.id === 'basis')!;
const tableOf = (blocks: Block[], id: string) => blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === id);
const figures = (blocks: Block[]) => blocks.find((b): b is FiguresBlock => b.kind === 'figures')!;
const count = (s: string) => Number(s.replace(/\D/g, ''));

describe('the report section on what the advice rests on', () => {
  it('stands before the sources, headed in the language of the report', () => {
    expect(nl.sections.at(-2)?.heading).toBe('7. Waarop dit advies rust');
    expect(en.sections.at(-2)?.heading).toBe('7. What this advice rests on');
  });

  it('gives the counts of the facts the analyses used, which add up to the total the intro names', () => {
    const basis = unionBasis(input.index, [input.audit, input.overlap]);
    for (const [doc, t] of [[nl, DICTIONARIES.NL], [en, DICTIONARIES.EN]] as const) {
      const blocks = section(doc).blocks;
      const items = figures(blocks).items;
      expect(items.map((i) => i.label)).toEqual([t.basis.figures.confirmed, t.basis.figures.inferred, t.basis.figures.assumption, t.basis.figures.unconfirmed]);
      expect(items.map((i) => count(i.value))).toEqual([basis.counts.CONFIRMED, basis.counts.INFERRED, basis.counts.ASSUMPTION, basis.counts.UNCONFIRMED]);
      expect(items.reduce((a, i) => a + count(i.value), 0)).toBe(basis.total);
      expect(blocks[0]?.kind === 'paragraph' && blocks[0].content.text).toBe(t.basis.intro(String(basis.total)));
    }
  });

  it('lists every inferred or unconfirmed fact with its mark and its sources, numbered in the source list', () => {
    const basis = unionBasis(input.index, [input.audit, input.overlap]);
    const uncertain = uncertainFacts(basis);
    expect(uncertain.length).toBeGreaterThan(0);
    for (const [doc, t] of [[nl, DICTIONARIES.NL], [en, DICTIONARIES.EN]] as const) {
      const facts = tableOf(section(doc).blocks, 'basis-uncertain-facts')!;
      expect(facts.caption).toBe(t.basis.factsCaption);
      expect(facts.rows).toHaveLength(uncertain.length);
      facts.rows.forEach((r, i) => {
        const fact = uncertain[i]!;
        expect(r.cells[0]!.text).toBe(t.basis.kind[fact.kind]);
        expect(r.cells[1]!.lead).toBe(fact.id);
        expect(r.cells[1]!.marks.map((m) => m.code)).toEqual([fact.confidence]);
        const cited = r.cells[1]!.citations.map((n) => doc.sources.find((s) => s.number === n)!.id).sort();
        expect(cited).toEqual(fact.sources.map((s) => s.id).sort());
      });
    }
    // A fact's own text goes through the one accessor: the missing-rule and mapping wording are in the report's language.
    const mappingNl = tableOf(section(nl).blocks, 'basis-uncertain-facts')!.rows.find((r) => r.cells[0]!.text === DICTIONARIES.NL.basis.kind.MAPPING);
    if (mappingNl) expect(mappingNl.cells[1]!.text).toMatch(/ (is gelijk aan|is een deel van|omvat|overlapt met) /);
  });

  it('names the cost figures that are assumptions, citing their sources as assumptions, and the what-if figures as given', async () => {
    for (const [doc, t] of [[nl, DICTIONARIES.NL], [en, DICTIONARIES.EN]] as const) {
      const costs = tableOf(section(doc).blocks, 'basis-cost-assumptions')!;
      expect(costs.rows.length).toBeGreaterThan(0);
      for (const r of costs.rows) {
        expect(r.cells[2]!.text).toBe(t.basis.origin.GRAPH);
        for (const n of r.cells[2]!.citations) expect(doc.sources.find((s) => s.number === n)?.assumption).toBe(true);
      }
    }
    const policy = { ...JOINT_DIGID, costModel: [{ evidence: 'IT_AUDIT' as const, fixedCost: 777 }] };
    const whatIf = buildReport(await reportInput(w, lightArrangement(w, policy)));
    const rows = tableOf(section(whatIf).blocks, 'basis-cost-assumptions')!.rows;
    const given = rows.filter((r) => r.cells[2]!.text === DICTIONARIES.NL.basis.origin.POLICY);
    expect(given.map((r) => r.cells[0]!.text)).toEqual([`${DICTIONARIES.NL.evidence.IT_AUDIT}: ${DICTIONARIES.NL.basis.figure.fixedCost}`]);
    expect(given[0]!.cells[1]!.text).toMatch(/777/);
  });

  it('is in every format, in both languages', async () => {
    for (const [doc, t] of [[nl, DICTIONARIES.NL], [en, DICTIONARIES.EN]] as const) {
      const heading = section(doc).heading;
      for (const format of ['MARKDOWN', 'HTML', 'JSON'] as const) {
        const out = (await renderReport(doc, format)).content.toString('utf8');
        expect(out, format).toContain(heading);
        expect(out, format).toContain(t.basis.factsCaption);
      }
    }
  });

  it('is in the PDF as text (checked with pdftotext)', async (ctx) => {
    let available = true;
    try {
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    } catch {
      available = false;
    }
    ctx.skip(!available, 'pdftotext is not installed (apt-get install -y poppler-utils): the PDF text check is skipped');
    const dir = mkdtempSync(path.join(tmpdir(), 'harmonie-basis-pdf-'));
    try {
      for (const doc of [nl, en]) {
        const file = path.join(dir, `${doc.language}.pdf`);
        writeFileSync(file, (await renderReport(doc, 'PDF')).content);
        const extracted = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        expect(extracted).toContain(section(doc).heading);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
