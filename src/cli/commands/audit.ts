// `harmonie audit`: the minimal joint audit of a collaboration, as a table or JSON.
import { analysisScope, createSession } from '../../app/session.js';
import { connectionPlan } from '../../domain/connection-plan.js';
import { minimalJointAudit, planSeparationTexts } from '../../domain/joint-audit.js';
import { asOfOption, findCollaboration, formatEuro, parse, readPolicyFile, table, UsageError, withStore, type Command } from '../common.js';

const usage = `Usage: harmonie audit --collaboration <id|name> [--as-of YYYY-MM-DD] [--policy <file.json>] [--json]

Computes the minimal joint audit of a collaboration: the cheapest feasible engagements, proven optimal.

Options:
  --collaboration <id|name>  the collaboration (id, or its name or a unique part of it)
  --as-of <date>             the date whose rules apply (default today)
  --policy <file.json>       policy overrides, the shape of the GraphQL PolicyInput
  --json                     print the whole plan as JSON
  -h, --help                 show this help`;

export const auditCommand: Command = {
  name: 'audit',
  summary: 'the minimal joint audit of a collaboration',
  usage,
  async run(args) {
    const { values } = parse(args, { collaboration: { type: 'string' }, 'as-of': { type: 'string' }, policy: { type: 'string' }, json: { type: 'boolean' } }, usage);
    if (values.help) {
      console.log(usage);
      return 0;
    }
    if (!values.collaboration) throw new UsageError(`--collaboration is required\n\n${usage}`);
    const asOf = asOfOption(values['as-of'], usage);
    const policy = await readPolicyFile(values.policy);
    return withStore(async (store) => {
      const session = createSession(store);
      const id = await findCollaboration(store, values.collaboration!);
      const { index, scope } = await analysisScope(session, { collaboration: id, asOf, policy }, 'collaboration');
      const plan = await minimalJointAudit(index, connectionPlan(index, scope), session.lpSolver);
      if (values.json) {
        console.log(JSON.stringify({ ...plan, separations: planSeparationTexts(plan), normWeights: Object.fromEntries(plan.normWeights) }, null, 2));
        return 0;
      }
      console.log(`${scope.collaboration.name} — ${scope.members.length} members, ${scope.legalForm.name.en}, rules of ${asOf}`);
      console.log(
        table(
          ['engagement', 'evidence', 'cycle', 'subjects', 'requirements', 'norms tested', 'cost'],
          plan.engagements.map((e) => [e.id, e.evidence, `${e.cycleMonths} mo`, String(e.subjects.length), e.requirements.map((r) => r.id).join(', '), String(e.testedNorms.length), formatEuro(e.cost)]),
        ),
      );
      console.log(`baseline ${formatEuro(plan.baselineCost)} · optimal ${formatEuro(plan.totalCost)} · savings ${formatEuro(plan.savings)} · ${plan.optimal ? 'proven optimal' : `NOT proven optimal (${plan.solver.status})`}`);
      for (const s of planSeparationTexts(plan)) console.log(`  kept apart: ${s}`);
      return 0;
    });
  },
};
