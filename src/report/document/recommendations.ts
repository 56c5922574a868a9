// Recommendations as rules over the analysis results: each fires only when its figures say so, cites them, and takes up a 2015 agenda item.
import { AuditCostModel } from '../../domain/audit/cost.js';
import type { FacilityConnection } from '../../domain/connection-plan.js';
import { auditInstance } from '../../domain/joint-audit.js';
import type { AuditRequirement } from '../../domain/model.js';
import type { Ctx } from './context.js';
import { eligibilityOf, facilityName, loc, marksFor, richText, shortName } from './context.js';
import type { RecommendationBlock, RichText, Trigger } from './document.js';
import { AGENDA } from './i18n/index.js';
import { separationsOf } from './separations.js';

/** Source ids the rules cite besides the figures' own sources. */
const AGENDA_SOURCE = 'king-2015-agenda';

type Rule = (ctx: Ctx) => RecommendationBlock | null;

/** The rules in the order of the 2015 agenda items they take up. */
const RULES: Rule[] = [mandateInRegeling, certificateProtocols, digidAuditArrangement, facilitiesForCollaborations, bundleAudits];

export function recommendations(ctx: Ctx): RecommendationBlock[] {
  return RULES.map((rule) => rule(ctx)).filter((r): r is RecommendationBlock => r !== null);
}

function block(ctx: Ctx, id: string, agenda: keyof typeof AGENDA, title: string, triggers: Trigger[], advice: RichText[], effect: RichText | null): RecommendationBlock {
  const a = AGENDA[agenda];
  return {
    kind: 'recommendation',
    id,
    title,
    agenda: { reference: ctx.t.recs.agendaReference[agenda], quote: a.quote, citation: ctx.cite.cite([AGENDA_SOURCE])[0] ?? null },
    triggers,
    advice,
    effect,
  };
}

function names(ctx: Ctx, fcs: FacilityConnection[]): string {
  return ctx.f.list(fcs.map((fc) => shortName(fc.facility.name)));
}

/** Agenda item 1: facilities per member only for lack of a joint OIN or legal personality, or blocked outright. */
function mandateInRegeling(ctx: Ctx): RecommendationBlock | null {
  const { t, f, scope } = ctx;
  const plan = ctx.input.connectionPlan;
  const form = scope.legalForm;
  const lacksIdentity = !form.ownOin || !form.legalPersonality;
  const perMember = plan.facilities.filter(
    (fc) => fc.mode === 'PER_MEMBER' && lacksIdentity && scope.policy.connectionMode !== 'PER_MEMBER' && eligibilityOf(ctx, fc).status === 'BLOCKED',
  );
  const blocked = plan.facilities.filter((fc) => fc.mode === 'BLOCKED');
  if (perMember.length === 0 && blocked.length === 0) return null;

  const triggers: Trigger[] = [];
  if (perMember.length > 0) {
    const connections = perMember.reduce((s, fc) => s + fc.counts.connections, 0);
    triggers.push({
      text: t.recs.mandate.perMemberTrigger({
        count: f.count(perMember.length),
        total: f.count(plan.facilities.length),
        facilities: names(ctx, perMember),
        form: ctx.formInText,
        connections: f.count(connections),
        oinMissing: !form.ownOin,
      }),
      citations: ctx.cite.cite(form.sources),
    });
  }
  if (blocked.length > 0) {
    triggers.push({ text: t.recs.mandate.blockedTrigger(f.count(blocked.length), names(ctx, blocked)), citations: [] });
  }
  const advice = [richText(t.recs.mandate.advice, { citations: ctx.cite.cite(['king-2015-data', 'wgr']) })];
  if (!form.legalPersonality) advice.push(richText(t.recs.mandate.adviceForm(loc(ctx, form.name)), { citations: ctx.cite.cite(['wgr', 'oin-stelsel']) }));

  let effect: RichText | null = null;
  const comparison = ctx.input.comparison;
  if (comparison && comparison.inputChanges.some((c) => c.dimension === 'LEGAL_FORM')) {
    const b = comparison.totals.baseline;
    const v = comparison.totals.variant;
    effect = richText(
      t.recs.mandate.effectCompared({
        scenario: ctx.input.scenarioName ?? t.comparison.unnamed,
        connections: [f.count(b.connections), f.count(v.connections)],
        oins: [f.count(b.oins), f.count(v.oins)],
        certificates: [f.count(b.certificates), f.count(v.certificates)],
      }),
    );
  } else if (perMember.length > 0) {
    const connections = perMember.reduce((s, fc) => s + fc.counts.connections - 1, 0);
    const certificates = perMember.reduce((s, fc) => s + fc.counts.certificates - perHolder(fc), 0);
    effect = richText(t.recs.mandate.effectEstimate(f.count(connections), f.count(certificates)));
  }
  return block(ctx, 'mandate-in-regeling', 1, t.recs.mandate.title, triggers, advice, effect);
}

/** Certificates one holder needs for a facility. */
function perHolder(fc: FacilityConnection): number {
  return fc.holders.length === 0 ? 0 : fc.counts.certificates / fc.holders.length;
}

/** Agenda item 2: more certificates than members, or certificates per member. */
function certificateProtocols(ctx: Ctx): RecommendationBlock | null {
  const { t, f, scope } = ctx;
  const plan = ctx.input.connectionPlan;
  const members = scope.members.length;
  const perMember = plan.facilities.filter((fc) => fc.mode === 'PER_MEMBER' && fc.counts.certificates > 0);
  const total = plan.totals.certificates;
  if (total <= members && perMember.length === 0) return null;

  const certificateSources = (fcs: FacilityConnection[]) => ctx.cite.cite(fcs.flatMap((fc) => fc.requirements.filter((r) => r.kind === 'CERTIFICATE').flatMap((r) => r.sources)));
  const triggers: Trigger[] = [];
  if (total > members) {
    triggers.push({ text: t.recs.certificates.totalTrigger(f.count(total), f.count(members), f.count(plan.statusQuoTotals.certificates)), citations: certificateSources(plan.facilities) });
  }
  if (perMember.length > 0) {
    const count = perMember.reduce((s, fc) => s + fc.counts.certificates, 0);
    triggers.push({ text: t.recs.certificates.perMemberTrigger(names(ctx, perMember), f.count(count)), citations: certificateSources(perMember) });
  }
  const advice = [
    richText(t.recs.certificates.adviceProtocols, { citations: ctx.cite.cite(['king-2015-infra', 'logius-mijnoverheid']) }),
    richText(t.recs.certificates.adviceServer, { citations: ctx.cite.cite(['digikoppeling-certificates', 'king-2015-infra']) }),
  ];
  let effect: RichText | null = null;
  const comparison = ctx.input.comparison;
  if (comparison && comparison.totals.variant.certificates < comparison.totals.baseline.certificates) {
    effect = richText(
      t.recs.certificates.effectCompared(
        ctx.input.scenarioName ?? t.comparison.unnamed,
        f.count(comparison.totals.baseline.certificates),
        f.count(comparison.totals.variant.certificates),
      ),
    );
  } else if (perMember.length > 0) {
    const onePoint = plan.facilities.reduce((s, fc) => s + (fc.mode === 'PER_MEMBER' ? perHolder(fc) : fc.counts.certificates), 0);
    if (onePoint < total) effect = richText(t.recs.certificates.effectEstimate(f.count(onePoint), f.count(total)));
  }
  return block(ctx, 'certificate-protocols', 2, t.recs.certificates.title, triggers, advice, effect);
}

/** DigiD requirements whose obligations stay apart only because they may not be audited jointly. */
function separatedDigid(ctx: Ctx): Array<{ requirement: AuditRequirement; subjects: number }> {
  return separationsOf(ctx.input.audit).flatMap((s) =>
    s.rule === 'not-joint' && s.requirement.facility === 'DIGID' ? [{ requirement: s.requirement, subjects: s.subjects.length }] : [],
  );
}

/**
 * The cost of one feasible plan of the "jointly allowed" what-if: the optimal plan with the separated DigiD obligations
 * taken out of their engagements and audited in one joint engagement each. The what-if's optimum costs at most this,
 * so `current − alternative` is a lower bound on its saving. Null when the plan and the connection plan disagree.
 */
function jointDigidAlternative(ctx: Ctx, requirementIds: Set<string>): number | null {
  const { instance } = auditInstance(ctx.index, ctx.input.connectionPlan);
  const obligations = ctx.input.audit.obligations;
  if (instance.obligations.length !== obligations.length) return null;
  const consistent = obligations.every((o, i) => {
    const x = instance.obligations[i];
    return x !== undefined && x.requirement === o.requirement.id && x.subject === o.subject.id;
  });
  if (!consistent) return null;
  const model = new AuditCostModel(instance);
  const kept = new Map<string, number[]>();
  const pulled = new Map<string, number[]>();
  obligations.forEach((o, i) => {
    const [map, key] = requirementIds.has(o.requirement.id) ? [pulled, o.requirement.id] : [kept, o.engagement];
    map.set(key, [...(map.get(key) ?? []), i]);
  });
  let cost = 0;
  for (const group of [...kept.values(), ...pulled.values()]) cost += model.engagementCost(group).cost;
  return cost;
}

/** Whether the comparison's variant opens a DigiD requirement for joint audit that the baseline keeps closed. */
function comparisonOpensDigid(ctx: Ctx): boolean {
  const c = ctx.input.comparison;
  if (!c) return false;
  const isDigid = (id: string) => ctx.index.catalogue.auditRequirements.some((r) => r.id === id && r.facility === 'DIGID');
  const base = c.baseline.input.policy?.auditRequirements ?? [];
  return (c.variant.input.policy?.auditRequirements ?? []).some(
    (o) => o.jointAllowed === true && isDigid(o.id) && !base.some((b) => b.id === o.id && b.jointAllowed === true),
  );
}

/** Agenda item 3: DigiD obligations stay apart because jointAllowed is false, and auditing them jointly would save money. */
function digidAuditArrangement(ctx: Ctx): RecommendationBlock | null {
  const { t, f } = ctx;
  const separated = separatedDigid(ctx);
  if (separated.length === 0) return null;
  const audit = ctx.input.audit;
  const comparison = ctx.input.comparison;

  let effect: RichText;
  const costSources = ctx.cite.cite(ctx.index.catalogue.costModel.flatMap((c) => c.sources), { assumption: true });
  const assumed = marksFor(t, 'ASSUMPTION');
  if (comparison && comparisonOpensDigid(ctx)) {
    const saving = comparison.totals.baseline.totalCost - comparison.totals.variant.totalCost;
    if (saving <= 0) return null;
    effect = richText(
      t.recs.digid.effectCompared({
        scenario: ctx.input.scenarioName ?? t.comparison.unnamed,
        baseline: f.money(comparison.totals.baseline.totalCost),
        variant: f.money(comparison.totals.variant.totalCost),
        saving: f.money(saving),
      }),
      { marks: assumed, citations: costSources },
    );
  } else {
    const alternative = jointDigidAlternative(ctx, new Set(separated.map((s) => s.requirement.id)));
    if (alternative === null || alternative >= audit.totalCost) return null;
    effect = richText(
      t.recs.digid.effectEstimate({ current: f.money(audit.totalCost), alternative: f.money(alternative), saving: f.money(audit.totalCost - alternative) }),
      { marks: assumed, citations: costSources },
    );
  }
  const triggers: Trigger[] = separated.map((s) => ({
    text: t.recs.digid.trigger(loc(ctx, s.requirement.name), f.count(s.subjects), ctx.f.date(ctx.scope.asOf)),
    citations: ctx.cite.cite(s.requirement.sources),
  }));
  const advice = [
    richText(t.recs.digid.adviceArrangement, { citations: ctx.cite.cite(['king-2015-infra']) }),
    richText(t.recs.digid.adviceMeervoudig, { citations: ctx.cite.cite(['logius-meervoudig-assessment', 'logius-digid-assessment']) }),
  ];
  return block(ctx, 'digid-audit-arrangement', 3, t.recs.digid.title, triggers, advice, effect);
}

/** Agenda item 4: facilities the legal form may not connect to. */
function facilitiesForCollaborations(ctx: Ctx): RecommendationBlock | null {
  const { t, f } = ctx;
  const plan = ctx.input.connectionPlan;
  const blocked = plan.facilities.filter((fc) => eligibilityOf(ctx, fc).status === 'BLOCKED');
  if (blocked.length === 0) return null;
  const reasonSources = blocked.flatMap((fc) => eligibilityOf(ctx, fc).reasons.flatMap((r) => r.sources));
  const triggers: Trigger[] = [
    {
      text: t.recs.facilities.trigger(f.count(blocked.length), f.count(plan.facilities.length), ctx.formInText, names(ctx, blocked)),
      citations: ctx.cite.citeSources(reasonSources),
    },
  ];
  const byOwner = new Map<string, string[]>();
  for (const fc of blocked) byOwner.set(fc.facility.owner, [...(byOwner.get(fc.facility.owner) ?? []), shortName(fc.facility.name)]);
  const advice = [...byOwner.entries()].map(([owner, facilities]) => richText(t.recs.facilities.adviceOwner(f.list(facilities)), { lead: owner }));
  const workarounds = blocked.reduce((s, fc) => s + eligibilityOf(ctx, fc).workarounds.length, 0);
  if (workarounds > 0) advice.push(richText(t.recs.facilities.adviceMeanwhile(f.count(workarounds))));
  let effect: RichText | null = null;
  const comparison = ctx.input.comparison;
  if (comparison) {
    const opened = comparison.eligibilityChanges.filter((c) => c.baseline === 'BLOCKED' && c.variant !== null && c.variant !== 'BLOCKED');
    if (opened.length > 0) {
      effect = richText(t.recs.facilities.effectCompared(ctx.input.scenarioName ?? t.comparison.unnamed, f.list(opened.map((c) => facilityName(ctx, c.facility)))));
    }
  }
  return block(ctx, 'facilities-for-collaborations', 4, t.recs.facilities.title, triggers, advice, effect);
}

/** The 2015 action "analysis of the audit conditions … advice on harmonisation": the joint audit saves money. */
function bundleAudits(ctx: Ctx): RecommendationBlock | null {
  const { t, f } = ctx;
  const audit = ctx.input.audit;
  if (audit.savings <= 0) return null;
  const costSources = ctx.cite.cite(ctx.index.catalogue.costModel.flatMap((c) => c.sources), { assumption: true });
  const triggers: Trigger[] = [
    {
      text: t.recs.bundling.trigger({
        obligations: f.count(audit.obligations.length),
        engagements: f.count(audit.engagements.length),
        baseline: f.money(audit.baselineCost),
        optimal: f.money(audit.totalCost),
      }),
      citations: costSources,
    },
  ];
  const advice = [
    richText(t.recs.bundling.advicePlan),
    richText(t.recs.bundling.adviceEnsia, { citations: ctx.cite.cite(['norea-ensia-faq']) }),
  ];
  const effect = richText(
    t.recs.bundling.effect(f.money(audit.savings), f.percent(audit.baselineCost === 0 ? 0 : audit.savings / audit.baselineCost), audit.optimal),
    { marks: marksFor(t, 'ASSUMPTION'), citations: costSources },
  );
  return block(ctx, 'bundle-audits', 5, t.recs.bundling.title, triggers, advice, effect);
}
