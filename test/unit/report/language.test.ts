// The Dutch report of a real collaboration holds no English sentences, the English report no Dutch ones: counted by the
// function words of the other language in the rendered Markdown and HTML, proper names set aside.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/document/content.js';
import type { ReportLanguage } from '../../../src/report/document/document.js';
import { renderReport } from '../../../src/report/render/render.js';
import { reportInput, SZW, world, type World } from './fixtures.js';

/**
 * Function words: the commonest words of running text, which every sentence of the language has and no name or term
 * needs. The brief's lists, less the words that are words of the other language too: "is" and "of" (or) are Dutch,
 * "met" and "die" are English, so they say nothing about which language a sentence is in.
 */
const FUNCTION_WORDS: Record<ReportLanguage, ReadonlySet<string>> = {
  EN: new Set(['the', 'and', 'with', 'are', 'for', 'not', 'which', 'must']),
  NL: new Set(['de', 'het', 'een', 'en', 'van', 'niet', 'voor', 'zijn', 'wordt']),
};
const OTHER: Record<ReportLanguage, ReportLanguage> = { NL: 'EN', EN: 'NL' };

/**
 * At most 2 function words of the other language per 1,000 words. One English sentence has 2–4 of them (the Dutch
 * report was about 40 % English before, hundreds per 1,000 words); the allowance is for a Dutch legal term or institution
 * name that the graph does not hold as a name, and is far below one leaked sentence per page of report.
 */
const PER_THOUSAND = 2;

/** Proper names the graph holds (one text in both languages): they may hold the other language's words ("het Bildt"). */
function properNames(w: World): string[] {
  const g = w.graph;
  return [
    ...g.collaborations.map((c) => c.name),
    ...g.municipalities.map((m) => m.name),
    ...g.facilities.flatMap((f) => [f.name, f.owner]),
    ...g.frameworks.flatMap((f) => [`${f.name} (${f.version})`, f.name, f.owner]),
    ...g.certificateTypes.map((c) => c.issuer),
  ].sort((a, b) => b.length - a.length);
}

/** The rendered text a reader reads, less the names, the bibliography and verbatim quotations of Dutch sources. */
function readerText(rendered: string, names: string[], format: 'MARKDOWN' | 'HTML'): string {
  let text = rendered;
  // The bibliography names documents by their own titles, publishers and locators: it is cut off at its heading.
  const bibliography = [...text.matchAll(/\n#+ *\d+\. (?:Bronnen|Sources)\b|<h2[^>]*>\s*\d+\. (?:Bronnen|Sources)\b/g)].at(-1);
  if (bibliography?.index === undefined) throw new Error('the report has no bibliography heading: the test no longer knows where it starts');
  text = text.slice(0, bibliography.index);
  // HTML marks the verbatim Dutch quotation of the 2015 agenda as such: <q lang="nl">.
  if (format === 'HTML') text = text.replace(/<style[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>|<q lang="nl">[\s\S]*?<\/q>/g, ' ').replace(/<[^>]+>/g, ' ');
  text = text.replace(/&amp;/g, '&').replace(/&quot;|&#39;/g, "'").replace(/\\([\\`*_{}[\]()#+\-.!|&])/g, '$1');
  // The 2015 agenda is quoted verbatim in Dutch in both reports, between „ and ” (the English report says so).
  text = text.replace(/„[^”]*”/g, ' ');
  for (const name of names) text = text.split(name).join(' ');
  return text;
}

const words = (text: string) => text.match(/[\p{L}']+/gu) ?? [];
/** Codes such as SUBSET_OF or OIN are all capitals: not words of either language. */
const isCode = (word: string) => word.length > 1 && word === word.toUpperCase();

let w: World;
const rendered = new Map<string, string>();
beforeAll(async () => {
  w = await world();
  for (const language of ['NL', 'EN'] as const) {
    const doc = buildReport(await reportInput(w, SZW, { language }));
    for (const format of ['MARKDOWN', 'HTML'] as const) rendered.set(`${language} ${format}`, (await renderReport(doc, format)).content.toString('utf8'));
  }
});

describe('the reports of Dienst Sociale Zaken en Werkgelegenheid Noardwest Fryslân (8 members) in Dutch and in English', () => {
  for (const language of ['NL', 'EN'] as const) {
    for (const format of ['MARKDOWN', 'HTML'] as const) {
      it(`${language} ${format}: at most ${PER_THOUSAND} function words of the other language per 1,000 words`, () => {
        const text = readerText(rendered.get(`${language} ${format}`)!, properNames(w), format);
        const all = words(text).filter((x) => !isCode(x));
        const foreign = all.filter((x) => FUNCTION_WORDS[OTHER[language]].has(x.toLowerCase()));
        const own = all.filter((x) => FUNCTION_WORDS[language].has(x.toLowerCase()));
        // The text is really in its own language, and long enough for the count to mean something.
        expect(all.length).toBeGreaterThan(1000);
        expect(own.length / all.length).toBeGreaterThan(0.08);
        const leaks = sentencesWith(text, FUNCTION_WORDS[OTHER[language]]).slice(0, 8).join(' | ');
        expect(foreign.length, `${foreign.length} of ${all.length} words: ${leaks}`).toBeLessThanOrEqual((all.length * PER_THOUSAND) / 1000);
      });
    }
  }

  it('counts an English sentence left in the Dutch report (the count can fail)', () => {
    const leaked = `The members connect themselves and the collaboration is not a party for the facility.\n${rendered.get('NL MARKDOWN')!}`;
    const text = readerText(leaked, properNames(w), 'MARKDOWN');
    const foreign = words(text).filter((x) => FUNCTION_WORDS.EN.has(x.toLowerCase()));
    expect(foreign.length).toBeGreaterThanOrEqual(5);
  });
});

/** The stretches of text around each word of `set`, to show what leaked. */
function sentencesWith(text: string, set: ReadonlySet<string>): string[] {
  return text
    .split(/(?<=[.;:!?])\s+|\n+/)
    .filter((s) => words(s).some((x) => set.has(x.toLowerCase())))
    .map((s) => s.trim().slice(0, 160));
}
