// Section 2: the legal form and the eligibility per facility.
import type { Eligibility } from '../../../domain/eligibility.js';
import { STATUS_TONE, col, paragraph, row, table, text } from '../blocks.js';
import { type Ctx, eligibilityOf, marksFor, mergeMarks, ruleNote, shortName, loc } from '../context.js';
import type { Block, Mark, RichText } from '../document.js';

function reasonMarks(ctx: Ctx, e: Eligibility): Mark[] {
  return mergeMarks(e.reasons.flatMap((r) => marksFor(ctx.t, r.confidence, r.rule === 'none' ? null : ruleNote(ctx, r.rule))));
}

export function legalFormSection(ctx: Ctx): Block[] {
  const { t, f, scope } = ctx;
  const form = scope.legalForm;
  const yesNo = (b: boolean) => (b ? t.yes : t.no);
  const blocks: Block[] = [
    paragraph(
      text(
        t.legal.formFacts({
          wgr: form.wgrArticle ?? t.legal.noWgrArticle,
          personality: yesNo(form.legalPersonality),
          oin: yesNo(form.ownOin),
        }),
        { lead: loc(ctx, form.name), marks: marksFor(t, form.confidence, loc(ctx, form.note)), citations: ctx.cite.cite(form.sources) },
      ),
    ),
    paragraph(text(loc(ctx, form.description))),
    paragraph(text(t.legal.tableIntro(ctx.formInText, f.date(scope.asOf)))),
  ];
  const fcs = ctx.input.connectionPlan.facilities;
  blocks.push(
    table(
      'eligibility',
      t.legal.tableCaption(ctx.formInText),
      [col(t.columns.facility, 'left', 1.4), col(t.legal.statusForForm, 'left', 1), col(t.legal.statusForMember, 'left', 1), col(t.legal.legalBasis, 'left', 2)],
      fcs.map((fc) => {
        const e = eligibilityOf(ctx, fc);
        const bases = [...new Set(e.reasons.map((r) => loc(ctx, r.legalBasis)).filter((b): b is string => b !== null))];
        return row(
          [
            text(shortName(fc.facility.name)),
            text(t.status[e.status], { marks: reasonMarks(ctx, e), citations: ctx.cite.citeSources(e.reasons.flatMap((r) => r.sources)) }),
            text(t.status[fc.memberEligibility.status]),
            text(bases.length > 0 ? bases.join('; ') : t.dash),
          ],
          null,
          STATUS_TONE[e.status],
        );
      }),
    ),
  );
  for (const fc of fcs) {
    const e = eligibilityOf(ctx, fc);
    blocks.push({ kind: 'subheading', text: `${fc.facility.name}: ${t.status[e.status]}` });
    const items: RichText[] = e.reasons.map((r) =>
      text(r.legalBasis ? `${loc(ctx, r.text)} (${t.legal.basis}: ${loc(ctx, r.legalBasis)})` : loc(ctx, r.text), {
        lead: t.legal.reason,
        marks: marksFor(t, r.confidence, r.rule === 'none' ? null : ruleNote(ctx, r.rule)),
        citations: ctx.cite.citeSources(r.sources),
      }),
    );
    for (const c of e.conditions) items.push(text(loc(ctx, c), { lead: t.legal.condition }));
    for (const w of e.workarounds) items.push(text(loc(ctx, w), { lead: t.legal.workaround }));
    blocks.push({ kind: 'list', items });
    if (e.status === 'BLOCKED' && fc.memberEligibility.status !== 'BLOCKED') {
      blocks.push(paragraph(text(t.legal.membersMay(t.status[fc.memberEligibility.status]))));
    }
  }
  return blocks;
}
