// Section 7: the recommendations, taken up from the 2015 agenda.
import { paragraph, text } from '../blocks.js';
import type { Ctx } from '../context.js';
import type { Block } from '../document.js';

export function recommendationSection(ctx: Ctx, recs: Block[]): Block[] {
  const { t } = ctx;
  if (recs.length === 0) return [paragraph(text(t.recs.none, { citations: ctx.cite.cite(['king-2015-agenda']) }))];
  return [paragraph(text(t.recs.intro, { citations: ctx.cite.cite(['king-2015-agenda']) })), ...recs];
}
