// Resolvers of what an answer rests on (every analysis's `basis`) and of the curator's worklist.
import { curatorWorklist } from '../../app/facts.js';
import { factText, type TextLanguage, uncertainFacts } from '../../domain/basis.js';
import { ANALYSIS_KINDS } from '../../domain/fact-worklist.js';
import type { RequestContext } from '../context.js';
import type { QueryResolvers, Resolvers } from '../generated/resolvers-types.js';

/** The language a fact's text is given in: Dutch until the request's language (Accept-Language) reaches the context. */
/** The language the request asked for (Accept-Language, Dutch by default). */
function answerLanguage(ctx: RequestContext): TextLanguage {
  return ctx.language;
}

const perAnalysis = (counts: Record<(typeof ANALYSIS_KINDS)[number], number>) => ANALYSIS_KINDS.map((analysis) => ({ analysis, count: counts[analysis] }));

export const basisQueries: Pick<QueryResolvers, 'factWorklist'> = {
  async factWorklist(_p, _a, ctx) {
    return curatorWorklist(ctx);
  },
};

export const basisTypeResolvers: Resolvers = {
  Basis: {
    confirmed: (b) => b.counts.CONFIRMED,
    inferred: (b) => b.counts.INFERRED,
    assumption: (b) => b.counts.ASSUMPTION,
    unconfirmed: (b) => b.counts.UNCONFIRMED,
    uncertainFacts: (b) => uncertainFacts(b),
  },
  BasisFact: {
    text: (f, _a, ctx) => factText(f, answerLanguage(ctx)).text,
    note: (f, _a, ctx) => factText(f, answerLanguage(ctx)).note,
  },
  FactWorklist: {
    answers: (w) => perAnalysis(w.answers),
  },
  WorklistFact: {
    dependentsByAnalysis: (w) => perAnalysis(w.dependentsByAnalysis),
  },
};
