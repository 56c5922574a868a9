// Section 3: the connection plan beside the status quo.
import type { FacilityConnection, PlanTotals } from '../../../domain/connection-plan.js';
import { MODE_TONE, col, note, paragraph, row, table, text } from '../blocks.js';
import { type Ctx, eligibilityOf, facilityName, marksFor, organisationName, shortName, loc } from '../context.js';
import type { Block, TableRow } from '../document.js';

function modeExplanation(ctx: Ctx, fc: FacilityConnection): string {
  const { t, scope } = ctx;
  const form = loc(ctx, scope.legalForm.name);
  const e = eligibilityOf(ctx, fc);
  const policy = scope.policy.connectionMode;
  const parts: string[] = [];
  if (fc.mode === 'JOINT') {
    parts.push(e.status === 'CONDITIONAL' ? t.plan.jointConditional(form) : t.plan.joint(form));
    if (fc.oinKind === 'OWN') parts.push(t.plan.oinOwn);
    if (fc.oinKind === 'SUB_OIN') parts.push(t.plan.oinSub(form));
  } else if (fc.mode === 'PER_MEMBER') {
    parts.push(policy === 'PER_MEMBER' ? t.plan.perMemberForced : t.plan.perMemberBlocked(form));
    if (fc.memberEligibility.status === 'CONDITIONAL') parts.push(t.plan.memberConditional);
  } else {
    parts.push(policy === 'JOINT' && fc.memberEligibility.status !== 'BLOCKED' ? t.plan.blockedForcedJoint(form) : t.plan.blockedBoth(form));
  }
  return parts.join(' ');
}

const TOTAL_KEYS: Array<keyof PlanTotals> = ['connections', 'oins', 'certificates', 'networkConnections', 'authorisations', 'agreements', 'registrations', 'accounts'];

export function connectionPlanSection(ctx: Ctx): Block[] {
  const { t, f, scope } = ctx;
  const plan = ctx.input.connectionPlan;
  const holders = (fc: FacilityConnection) =>
    fc.mode === 'JOINT' ? fc.holders.map((h) => organisationName(ctx, h)).join(', ') : fc.mode === 'PER_MEMBER' ? t.plan.membersHold(f.count(fc.holders.length)) : t.dash;
  const blocks: Block[] = [
    paragraph(text(t.plan.intro(t.connectionMode[scope.policy.connectionMode]))),
    table(
      'connection-plan',
      t.plan.tableCaption,
      [
        col(t.columns.facility, 'left', 1.3),
        col(t.plan.mode, 'left', 1),
        col(t.plan.holders, 'left', 1.6),
        col(t.plan.oin, 'left', 1.1),
        col(t.plan.connectionsVsStatusQuo, 'right', 0.9),
        col(t.plan.certificatesVsStatusQuo, 'right', 0.9),
        col(t.plan.networkVsStatusQuo, 'right', 0.9),
      ],
      plan.facilities.map((fc) =>
        row(
          [
            text(shortName(fc.facility.name)),
            text(t.mode[fc.mode]),
            text(holders(fc)),
            text(t.oinKind[fc.oinKind]),
            text(t.plan.versus(f.count(fc.counts.connections), f.count(fc.statusQuo.connections))),
            text(t.plan.versus(f.count(fc.counts.certificates), f.count(fc.statusQuo.certificates))),
            text(t.plan.versus(f.count(fc.counts.networkConnections), f.count(fc.statusQuo.networkConnections))),
          ],
          null,
          MODE_TONE[fc.mode],
        ),
      ),
    ),
    { kind: 'list', items: plan.facilities.map((fc) => text(modeExplanation(ctx, fc), { lead: shortName(fc.facility.name) })) },
    { kind: 'subheading', text: t.plan.totalsHeading },
  ];
  const rows = TOTAL_KEYS.filter((k) => plan.totals[k] !== 0 || plan.statusQuoTotals[k] !== 0).map((k) => {
    const d = plan.totals[k] - plan.statusQuoTotals[k];
    return row([text(t.counts[k]), text(f.count(plan.totals[k])), text(f.count(plan.statusQuoTotals[k])), text(d === 0 ? t.dash : f.signedCount(d))], null, d < 0 ? 'good' : d > 0 ? 'bad' : 'neutral');
  });
  blocks.push(table('connection-totals', t.plan.totalsCaption, [col(t.columns.measure, 'left', 2), col(t.plan.thisPlan, 'right'), col(t.plan.statusQuo, 'right'), col(t.columns.difference, 'right')], rows));
  blocks.push(note(text(t.plan.countingNote)));

  blocks.push({ kind: 'subheading', text: t.plan.requirementsHeading });
  const reqRows: TableRow[] = [];
  for (const fc of plan.facilities) {
    for (const r of fc.requirements) {
      const detail = r.certificateType ? (loc(ctx, ctx.index.certificateType(r.certificateType)?.name ?? null) ?? r.certificateType) : r.network ? facilityName(ctx, r.network) : t.dash;
      reqRows.push(
        row([
          text(shortName(fc.facility.name)),
          text(t.requirementKind[r.kind]),
          text(loc(ctx, r.title), { marks: marksFor(t, r.confidence, loc(ctx, r.note)), citations: ctx.cite.cite(r.sources) }),
          text(detail),
        ]),
      );
    }
  }
  blocks.push(table('connection-requirements', t.plan.requirementsCaption(f.date(scope.asOf)), [col(t.columns.facility, 'left', 1.2), col(t.plan.kind, 'left', 0.9), col(t.plan.requirement, 'left', 2.4), col(t.plan.certificateOrNetwork, 'left', 1.5)], reqRows));
  return blocks;
}
