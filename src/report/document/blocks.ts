// Small builders of document blocks, and the tones and counts the sections share.
import type { FacilityConnection } from '../../domain/connection-plan.js';
import type { Eligibility } from '../../domain/eligibility.js';
import { type Ctx, richText } from './context.js';
import type { Block, RichText, TableBlock, TableColumn, TableRow, Tone } from './document.js';

export const text = (s: string, options: Parameters<typeof richText>[1] = {}): RichText => richText(s, options);
export const paragraph = (content: RichText): Block => ({ kind: 'paragraph', content });
export const note = (content: RichText, tone: Tone = 'neutral'): Block => ({ kind: 'note', tone, content });
export const col = (label: string, align: TableColumn['align'] = 'left', weight = 1): TableColumn => ({ label, align, weight });
export const row = (cells: RichText[], emphasis: TableRow['emphasis'] = null, tone: Tone = 'neutral'): TableRow => ({ cells, emphasis, tone });
export const table = (id: string, caption: string, columns: TableColumn[], rows: TableRow[]): TableBlock => ({ kind: 'table', id, caption, columns, rows });

export const STATUS_TONE: Record<Eligibility['status'], Tone> = { ALLOWED: 'good', CONDITIONAL: 'warning', BLOCKED: 'bad' };
export const MODE_TONE: Record<FacilityConnection['mode'], Tone> = { JOINT: 'good', PER_MEMBER: 'warning', BLOCKED: 'bad' };
export function modeCounts(ctx: Ctx): Record<FacilityConnection['mode'], FacilityConnection[]> {
  const fs = ctx.input.connectionPlan.facilities;
  return { JOINT: fs.filter((x) => x.mode === 'JOINT'), PER_MEMBER: fs.filter((x) => x.mode === 'PER_MEMBER'), BLOCKED: fs.filter((x) => x.mode === 'BLOCKED') };
}

export function costSources(ctx: Ctx): number[] {
  return ctx.cite.cite(ctx.index.catalogue.costModel.flatMap((c) => c.sources), { assumption: true });
}
