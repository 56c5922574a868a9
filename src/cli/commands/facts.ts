// `harmonie facts`: the curator's worklist, every inferred or unconfirmed fact with its sources and the answers resting on it.
import { curatorWorklist } from '../../app/facts.js';
import { createSession } from '../../app/session.js';
import { factText, type TextLanguage } from '../../domain/basis.js';
import { ANALYSIS_KINDS, type AnalysisKind, type FactWorklist } from '../../domain/fact-worklist.js';
import type { Confidence } from '../../domain/model.js';
import { DICTIONARIES } from '../../report/document/i18n/index.js';
import { parse, table, UsageError, withStore, type Command } from '../common.js';

const usage = `Usage: harmonie facts [--lang nl|en] [--json]

The curator's worklist: every INFERRED or UNCONFIRMED fact of the knowledge graph in force today, with its sources
and how many answers of the national data set rest on it, most depended-on first. The national data set is every
collaboration in the store (imported with "harmonie import"); an answer is one analysis of one collaboration whose
members, legal form and facilities are known, at today's date without a policy: the eligibility of its legal form
for each of its facilities, the overlap of its facilities, its connection plan and its minimal joint audit.
Without imported collaborations the answers are counted over the seeded ones, and the output says so.

Options:
  --lang <nl|en>   language of the output (default nl)
  --json           print the worklist as one line of JSON
  -h, --help       show this help`;

interface Words {
  heading: (asOf: string) => string;
  national: (collaborations: number, analysed: number) => string;
  notLoaded: (collaborations: number, analysed: number) => string;
  answers: string;
  analysis: Record<AnalysisKind, string>;
  columns: [string, string, string, string, string, string];
  confidence: Record<Confidence, string>;
  total: (facts: number, used: number) => string;
}

const WORDS: Record<TextLanguage, Words> = {
  nl: {
    heading: (asOf) => `Werklijst van de curator: afgeleide en niet bevestigde feiten (peildatum ${asOf})`,
    national: (n, a) => `Geteld over de landelijke dataset: ${n} samenwerkingsverbanden, waarvan ${a} te analyseren (deelnemers, rechtsvorm en voorzieningen bekend).`,
    notLoaded: (n, a) =>
      `De landelijke dataset is niet geladen (harmonie import opengr|regioatlas …): geteld over de ${n} samenwerkingsverbanden uit de seed, waarvan ${a} te analyseren.`,
    answers: 'Getelde antwoorden',
    analysis: { ELIGIBILITY: 'geschiktheid', OVERLAP: 'overlap', CONNECTION_PLAN: 'aansluitplan', MINIMAL_JOINT_AUDIT: 'minimale gezamenlijke audit' },
    columns: ['antwoorden', 'soort', 'id', 'zekerheid', 'feit', 'bronnen'],
    confidence: { CONFIRMED: 'bevestigd', INFERRED: 'afgeleid', ASSUMPTION: 'aanname', UNCONFIRMED: 'niet bevestigd' },
    total: (facts, used) => `${facts} feiten op de werklijst, waarvan ${used} door minstens één antwoord gebruikt.`,
  },
  en: {
    heading: (asOf) => `Curator's worklist: inferred and unconfirmed facts (as of ${asOf})`,
    national: (n, a) => `Counted over the national data set: ${n} collaborations, ${a} of them analysable (members, legal form and facilities known).`,
    notLoaded: (n, a) =>
      `The national data set is not loaded (harmonie import opengr|regioatlas …): counted over the ${n} seeded collaborations, ${a} of them analysable.`,
    answers: 'Answers counted',
    analysis: { ELIGIBILITY: 'eligibility', OVERLAP: 'overlap', CONNECTION_PLAN: 'connection plan', MINIMAL_JOINT_AUDIT: 'minimal joint audit' },
    columns: ['answers', 'kind', 'id', 'confidence', 'fact', 'sources'],
    confidence: { CONFIRMED: 'confirmed', INFERRED: 'inferred', ASSUMPTION: 'assumption', UNCONFIRMED: 'unconfirmed' },
    total: (facts, used) => `${facts} facts on the worklist, ${used} of them used by at least one answer.`,
  },
};

/** The worklist as JSON: the facts with their texts in the chosen language and their sources by id, title and address. */
export function worklistJson(w: FactWorklist, language: TextLanguage) {
  return {
    asOf: w.asOf,
    nationalDataSet: w.nationalDataSet,
    collaborations: w.collaborations,
    analysedCollaborations: w.analysedCollaborations,
    answers: w.answers,
    facts: w.facts.map(({ fact, dependents, dependentsByAnalysis }) => ({
      kind: fact.kind,
      id: fact.id,
      version: fact.version,
      confidence: fact.confidence,
      ...factText(fact, language),
      sources: fact.sources.map((s) => ({ id: s.id, title: s.title, url: s.url })),
      dependents,
      dependentsByAnalysis,
    })),
  };
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export const factsCommand: Command = {
  name: 'facts',
  summary: "the curator's worklist: inferred and unconfirmed facts",
  usage,
  async run(args) {
    const { values } = parse(args, { lang: { type: 'string' }, json: { type: 'boolean' } }, usage);
    if (values.help) return (console.log(usage), 0);
    const language = (values.lang ?? 'nl').toLowerCase();
    if (language !== 'nl' && language !== 'en') throw new UsageError(`--lang must be nl or en\n\n${usage}`);
    return withStore(async (store) => {
      const w = await curatorWorklist(createSession(store));
      if (values.json) {
        console.log(JSON.stringify(worklistJson(w, language)));
        return 0;
      }
      const t = WORDS[language];
      const kinds = DICTIONARIES[language === 'nl' ? 'NL' : 'EN'].basis.kind;
      console.log(t.heading(w.asOf));
      console.log((w.nationalDataSet ? t.national : t.notLoaded)(w.collaborations, w.analysedCollaborations));
      console.log(`${t.answers}: ${ANALYSIS_KINDS.map((a) => `${t.analysis[a]} ${w.answers[a]}`).join(', ')}\n`);
      console.log(
        table(
          [...t.columns],
          w.facts.map(({ fact, dependents }) => [
            String(dependents),
            kinds[fact.kind],
            fact.id,
            t.confidence[fact.confidence],
            clip(factText(fact, language).text, 70),
            fact.sources.map((s) => s.id).join(', '),
          ]),
        ),
      );
      console.log(`\n${t.total(w.facts.length, w.facts.filter((f) => f.dependents > 0).length)}`);
      return 0;
    });
  },
};
