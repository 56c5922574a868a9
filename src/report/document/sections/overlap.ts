// Section 4: the overlap of connection requirements and of audit norms.
import { compareIds } from '../../../domain/audit/cost.js';
import { type NormFramework, validOn } from '../../../domain/model.js';
import { col, note, paragraph, row, table, text } from '../blocks.js';
import { type Ctx, facilityName, marksFor, loc } from '../context.js';
import type { Block, HeatmapChart } from '../document.js';

export function overlapSection(ctx: Ctx): Block[] {
  const { t, f } = ctx;
  const o = ctx.input.overlap;
  const blocks: Block[] = [{ kind: 'subheading', text: t.overlap.requirementsHeading }];
  if (o.sharedRequirements.length === 0) {
    blocks.push(paragraph(text(t.overlap.noSharedRequirements)));
  } else {
    blocks.push(paragraph(text(t.overlap.sharedIntro(f.count(o.sharedRequirements.length)))));
    blocks.push({
      kind: 'list',
      items: o.sharedRequirements.map((s) =>
        text(t.overlap.sharedItem(t.requirementKind[s.kind], f.list(s.facilities.map((c) => facilityName(ctx, c)))), {
          lead: loc(ctx, s.requirements[0]?.title ?? null) ?? s.key,
          citations: ctx.cite.cite(s.requirements.flatMap((r) => r.sources)),
        }),
      ),
    });
  }

  blocks.push({ kind: 'subheading', text: t.overlap.normsHeading });
  const frameworks = o.frameworks;
  if (frameworks.length === 0) {
    blocks.push(paragraph(text(t.overlap.noFrameworks)));
    return blocks;
  }
  blocks.push(
    table(
      'frameworks',
      t.overlap.frameworksCaption(f.date(o.asOf)),
      [col(t.overlap.framework, 'left', 0.9), col(t.overlap.name, 'left', 2.6), col(t.overlap.owner, 'left', 1.2), col(t.overlap.norms, 'right', 0.7), col(t.overlap.unidentified, 'right', 0.9)],
      frameworks.map((fw) => {
        const norms = ctx.index.normsOf(fw.id, o.asOf);
        const unconfirmed = norms.filter((n) => n.confidence === 'UNCONFIRMED').length;
        return row([
          text(fw.id),
          text(`${fw.name} (${fw.version})`, { marks: marksFor(t, fw.confidence, loc(ctx, fw.note)), citations: ctx.cite.cite(fw.sources) }),
          text(fw.owner),
          text(f.count(norms.length)),
          text(f.count(unconfirmed), { marks: unconfirmed > 0 ? marksFor(t, 'UNCONFIRMED', t.overlap.unidentifiedNote) : [] }),
        ]);
      }),
    ),
  );
  if (o.normOverlap.length > 0) {
    blocks.push(
      table(
        'norm-overlap',
        t.overlap.pairsCaption,
        [col(t.overlap.frameworkA), col(t.overlap.frameworkB), col(t.overlap.shared, 'right'), col(t.overlap.union, 'right'), col(t.overlap.jaccard, 'right'), col(t.overlap.partial, 'right')],
        o.normOverlap.map((p) =>
          row([text(p.a.id), text(p.b.id), text(f.count(p.shared)), text(f.count(p.union)), text(f.decimal(p.jaccard, 2)), text(f.count(p.partial.length))]),
        ),
      ),
    );
  }
  blocks.push({ kind: 'chart', chart: heatmap(ctx, frameworks) });
  blocks.push(paragraph(text(t.overlap.testOnce(f.count(o.testOnce.length), f.count(o.normsBefore)))));
  const pairs = o.normOverlap.flatMap((p) => p.pairs.map((x) => ({ a: x.a, b: x.b })));
  if (pairs.length > 0) {
    const shown = pairs.slice(0, PAIR_LIMIT);
    const items = shown.map((p) => text(`${p.a.code} ${loc(ctx, p.a.title)} ↔ ${p.b.code} ${loc(ctx, p.b.title)}`, { lead: `${p.a.framework} ↔ ${p.b.framework}` }));
    if (pairs.length > shown.length) items.push(text(t.overlap.morePairs(f.count(pairs.length - shown.length))));
    blocks.push({ kind: 'subheading', text: t.overlap.pairsHeading });
    blocks.push({ kind: 'list', items });
  }
  const mappings = mappingsBehind(ctx, frameworks);
  if (mappings.total > 0) {
    blocks.push(
      note(
        text(t.overlap.mappingNote(f.count(mappings.total), f.count(mappings.own)), {
          marks: mappings.own > 0 ? marksFor(t, 'INFERRED', t.overlap.mappingInferredNote) : [],
          citations: ctx.cite.cite(mappings.sources),
        }),
        'warning',
      ),
    );
  }
  return blocks;
}

/** At most this many shared norm pairs are listed by name. */
const PAIR_LIMIT = 20;

/** The mappings that touch the norms of these frameworks on the analysis date, and how many are the analysts' own. */
function mappingsBehind(ctx: Ctx, frameworks: NormFramework[]): { total: number; own: number; sources: string[] } {
  const asOf = ctx.input.overlap.asOf;
  const ids = new Set(frameworks.flatMap((fw) => ctx.index.normsOf(fw.id, asOf).map((n) => n.id)));
  const valid = (id: string) => {
    const n = ctx.index.norm(id);
    return n !== undefined && validOn(n, asOf);
  };
  const ms = ctx.index.catalogue.mappings.filter((m) => (ids.has(m.from) || ids.has(m.to)) && valid(m.from) && valid(m.to) && m.relation !== 'NOT_RELATED');
  const own = ms.filter((m) => m.confidence !== 'CONFIRMED' || m.rationale === 'SEMANTIC').length;
  return { total: ms.length, own, sources: [...new Set(ms.flatMap((m) => m.sources))].sort(compareIds) };
}

function heatmap(ctx: Ctx, frameworks: NormFramework[]): HeatmapChart {
  const { t, f } = ctx;
  const o = ctx.input.overlap;
  const ids = frameworks.map((fw) => fw.id);
  const value = (a: string, b: string): number | null => {
    if (a === b) return 1;
    const p = o.normOverlap.find((x) => (x.a.id === a && x.b.id === b) || (x.a.id === b && x.b.id === a));
    return p ? p.jaccard : null;
  };
  const values = ids.map((a) => ids.map((b) => value(a, b)));
  return {
    type: 'heatmap',
    id: 'norm-overlap-heatmap',
    title: t.overlap.heatmapTitle,
    description: t.overlap.heatmapDescription,
    rowLabels: ids,
    columnLabels: ids,
    values,
    valueLabels: values.map((r) => r.map((v) => (v === null ? t.dash : f.decimal(v, 2)))),
    valueTitle: t.overlap.jaccard,
    domain: [0, 1],
  };
}
