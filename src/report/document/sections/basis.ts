// The section "Waarop dit advies rust" / "What this advice rests on": the facts the report's analyses used by confidence,
// the cost figures that are assumptions, and every inferred or unconfirmed fact with its sources.
import { type Basis, type CostFigure, factText, uncertainFacts } from '../../../domain/basis.js';
import { col, note, paragraph, row, table, text } from '../blocks.js';
import { type Ctx, marksFor } from '../context.js';
import type { Block } from '../document.js';

function costLabel(ctx: Ctx, c: CostFigure): string {
  const { t } = ctx;
  const holder = c.kind === 'EVIDENCE_COST' ? t.evidence[c.id as keyof typeof t.evidence] ?? c.id : c.kind === 'NORM_FRAMEWORK' ? (ctx.index.framework(c.id)?.name ?? c.id) : c.id;
  return `${holder}: ${t.basis.figure[c.figure]}`;
}

export function basisSection(ctx: Ctx, basis: Basis): Block[] {
  const { t, f } = ctx;
  const language = ctx.input.language === 'NL' ? 'nl' : 'en';
  const blocks: Block[] = [
    paragraph(text(t.basis.intro(f.count(basis.total)))),
    {
      kind: 'figures',
      items: (['confirmed', 'inferred', 'assumption', 'unconfirmed'] as const).map((id) => ({
        id: `basis-${id}`,
        label: t.basis.figures[id],
        value: f.count(basis.counts[id.toUpperCase() as keyof Basis['counts']]),
        comparison: null,
        tone: id === 'confirmed' ? 'good' : 'warning',
      })),
    },
  ];
  if (basis.costAssumptions.length === 0) blocks.push(paragraph(text(t.basis.noCostAssumptions)));
  else {
    blocks.push(paragraph(text(t.basis.costIntro)));
    blocks.push(
      table(
        'basis-cost-assumptions',
        t.basis.costCaption,
        [col(t.basis.columns.figure, 'left', 2), col(t.basis.columns.value, 'right', 1), col(t.basis.columns.origin, 'left', 1.5)],
        basis.costAssumptions.map((c) =>
          row([
            text(costLabel(ctx, c)),
            text(f.money(c.value)),
            text(t.basis.origin[c.origin], { marks: c.origin === 'GRAPH' ? marksFor(t, 'ASSUMPTION') : [], citations: ctx.cite.citeSources(c.sources, { assumption: true }) }),
          ]),
        ),
      ),
    );
  }
  const uncertain = uncertainFacts(basis);
  if (uncertain.length === 0) blocks.push(note(text(t.basis.noUncertainFacts), 'good'));
  else {
    blocks.push(paragraph(text(t.basis.factsIntro)));
    blocks.push(
      table(
        'basis-uncertain-facts',
        t.basis.factsCaption,
        [col(t.basis.columns.kind, 'left', 1), col(t.basis.columns.fact, 'left', 3)],
        uncertain.map((fact) => {
          const words = factText(fact, language);
          return row(
            [text(t.basis.kind[fact.kind]), text(words.text, { lead: fact.id, marks: marksFor(t, fact.confidence, words.note), citations: ctx.cite.citeSources(fact.sources) })],
            null,
            'warning',
          );
        }),
      ),
    );
  }
  return blocks;
}
