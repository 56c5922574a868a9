// The renderers: file names and media types, determinism to the byte, charts as inline SVG, escaping, and a PDF whose text can be read back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SeedGraph } from '../../../src/domain/model.js';
import { buildReport } from '../../../src/report/document/content.js';
import type { HeatmapChart, ReportDocument } from '../../../src/report/document/document.js';
import { chartSvg } from '../../../src/report/render/charts.js';
import { renderReport, stableJson } from '../../../src/report/render/render.js';
import { comparison, JOINT_DIGID, lightArrangement, reportInput, SZW, world, worldOf, type World } from './fixtures.js';

let w: World;
let szwNl: ReportDocument;
let szwEn: ReportDocument;
let lightNl: ReportDocument;

beforeAll(async () => {
  w = await world();
  szwNl = buildReport(await reportInput(w, SZW));
  szwEn = buildReport(await reportInput(w, SZW, { language: 'EN' }));
  const cmp = await comparison(w, lightArrangement(w), lightArrangement(w, JOINT_DIGID));
  lightNl = buildReport(await reportInput(w, lightArrangement(w), { comparison: cmp, scenarioName: 'Gezamenlijk DigiD-assessment' }));
});

const text = async (doc: ReportDocument, format: 'MARKDOWN' | 'HTML' | 'JSON') => (await renderReport(doc, format)).content.toString('utf8');

function pdftotextAvailable(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('file names and media types', () => {
  it('names the file after the advice, the collaboration and the date, in the report language', async () => {
    const pdf = await renderReport(szwNl, 'PDF');
    expect(pdf.filename).toBe('harmonisatieadvies-szw-noardwest-fryslan-2026-11-28.pdf');
    expect(pdf.mediaType).toBe('application/pdf');
    expect((await renderReport(szwEn, 'MARKDOWN')).filename).toBe('harmonisation-advice-szw-noardwest-fryslan-2026-11-28.md');
    expect((await renderReport(szwNl, 'HTML')).mediaType).toBe('text/html; charset=utf-8');
    expect((await renderReport(szwNl, 'JSON')).filename).toBe('harmonisatieadvies-szw-noardwest-fryslan-2026-11-28.json');
  });
});

describe('determinism', () => {
  it('gives the same Markdown, HTML and JSON for the same input', async () => {
    const again = buildReport(await reportInput(w, lightArrangement(w), { comparison: await comparison(w, lightArrangement(w), lightArrangement(w, JOINT_DIGID)), scenarioName: 'Gezamenlijk DigiD-assessment' }));
    for (const format of ['MARKDOWN', 'HTML', 'JSON'] as const) expect(await text(again, format), format).toBe(await text(lightNl, format));
  });

  it('gives the same PDF bytes when generatedAt is fixed, and other bytes when it is not', async () => {
    const a = (await renderReport(szwNl, 'PDF')).content;
    const b = (await renderReport(buildReport(await reportInput(w, SZW)), 'PDF')).content;
    expect(a.equals(b)).toBe(true);
    const later = (await renderReport(buildReport(await reportInput(w, SZW, { generatedAt: '2027-01-01T00:00:00.000Z' })), 'PDF')).content;
    expect(later.equals(a)).toBe(false);
  });

  it('writes JSON with sorted keys that reads back as the document', async () => {
    const json = await text(szwNl, 'JSON');
    expect(JSON.parse(json)).toEqual(szwNl);
    const topLevel = [...json.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1]);
    expect(topLevel).toEqual([...topLevel].sort());
    expect(topLevel).toContain('sections');
    expect(stableJson({ b: 1, a: { d: 2, c: [{ f: 3, e: 4 }] } })).toBe(stableJson({ a: { c: [{ e: 4, f: 3 }], d: 2 }, b: 1 }));
  });
});

describe('Markdown', () => {
  it('has GitHub tables, every heading, and the charts as tables of numbers with a note', async () => {
    const md = await text(lightNl, 'MARKDOWN');
    for (const s of lightNl.sections) expect(md).toContain(`## ${s.heading}`);
    expect(md).toMatch(/\| Opdracht \| Bewijs \| Cyclus \|/);
    expect(md).toMatch(/\| :--- \| :--- \| ---: \|/);
    expect(md).toContain('| Normenkader | BRP-ZE | DIGID-3.0 | SUWINET |');
    expect(md).toContain('| Status quo | € 109.500 | € 109.500 |');
    expect(md).toContain('Grafiek als tabel met de cijfers');
    expect(md).toContain('*\\[AFGELEID\\]*');
  });
});

describe('HTML', () => {
  it('is one self-contained file with both charts as inline SVG', async () => {
    const html = await text(szwNl, 'HTML');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toMatch(/<style>[\s\S]*@media print/);
    expect(html).not.toMatch(/<script|<link |src="http/);
    for (const id of ['norm-overlap-heatmap', 'audit-cost']) {
      expect(html).toMatch(new RegExp(`<figure class="chart" id="chart-${id}">[\\s\\S]*?<svg `));
    }
    expect(html.match(/<svg /g)?.length).toBe(2);
    expect(html).toContain('lang="nl"');
    expect(html).toContain('€ 67.250');
  });

  it('gives every SVG element id a chart prefix, so charts on one page never share ids', async () => {
    const html = await text(lightNl, 'HTML');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html.match(/<svg /g)?.length).toBe(3);
  });

  it('escapes every text that comes from the input', async () => {
    const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const graph: SeedGraph = structuredClone(w.graph);
    for (const f of graph.facilities) if (f.code === 'DIGID') f.name = `DigiD ${hostile}`;
    for (const l of graph.legalForms) if (l.code === 'REGELING_ZONDER_MEER') l.description = { nl: hostile, en: hostile };
    for (const r of graph.eligibilityRules) if (r.id === 'REGELING_ZONDER_MEER:DIGID') r.reason = { nl: hostile, en: hostile };
    for (const m of graph.municipalities.slice(0, 1)) m.name = `"><b>${hostile}`;
    for (const s of graph.sources) if (s.id === 'wgr') s.url = 'javascript:alert(1)';
    const evil = worldOf(graph);
    const doc = buildReport(await reportInput(evil, lightArrangement(evil), { scenarioName: `</title>${hostile}` }));
    const html = await text(doc, 'HTML');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('"><b>');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    const md = await text(doc, 'MARKDOWN');
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
  });

  it('escapes chart labels inside the SVG', async () => {
    const chart: HeatmapChart = {
      type: 'heatmap',
      id: 'x',
      title: 't',
      description: 'd',
      rowLabels: ['<script>a</script>', 'b&c'],
      columnLabels: ['<script>a</script>', 'b&c'],
      values: [
        [1, 0.5],
        [0.5, 1],
      ],
      valueLabels: [
        ['1', '<i>'],
        ['<i>', '1'],
      ],
      valueTitle: '"q"',
      domain: [0, 1],
    };
    const svg = await chartSvg(chart, 'nl-NL');
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<i>');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('PDF', () => {
  it('is a PDF with the report as its title and Harmonie as its author', async () => {
    const pdf = (await renderReport(szwNl, 'PDF')).content;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/Author \d+ 0 R/);
    // Fonts are embedded (subsets of DejaVu), not the 14 standard fonts.
    expect(raw).toMatch(/\/FontFile2 /);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it('holds the headings, the figures and the Dutch characters as text (checked with pdftotext)', async (ctx) => {
    ctx.skip(!pdftotextAvailable(), 'pdftotext is not installed (apt-get install -y poppler-utils): the PDF text check is skipped');
    const dir = mkdtempSync(path.join(tmpdir(), 'harmonie-report-'));
    try {
      for (const doc of [szwNl, lightNl]) {
        const file = path.join(dir, `${doc.metadata.fileStem}.pdf`);
        writeFileSync(file, (await renderReport(doc, 'PDF')).content);
        const extracted = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        for (const s of doc.sections) expect(extracted, s.heading).toContain(s.heading);
        const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
        expect(info).toMatch(/CreationDate:\s+2026-11-28T09:30:00Z/);
        expect(info).toMatch(/Author:\s+Harmonie/);
        expect(info).toMatch(/Title:\s+Harmonisatieadvies aansluit- en auditeisen/);
        if (doc === szwNl) {
          expect(extracted).toContain('Dienst Sociale Zaken en Werkgelegenheid Noardwest Fryslân');
          expect(extracted).toContain('€ 67.250');
          expect(extracted).toContain('geïdentificeerd');
          expect(extracted).toContain('Vraag de voorzieningen om een route voor samenwerkingsverbanden');
        } else {
          expect(extracted).toContain('€ 109.500');
          expect(extracted).toContain('€ 37.500');
          expect(extracted).toContain('Spreek een DigiD-auditregeling voor samenwerkingsverbanden af');
          expect(extracted).toContain('Wat-als-vergelijking');
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
