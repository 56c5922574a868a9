// `harmonie audit`: the minimal joint audit of a collaboration, as a table or JSON.
import { analysisScope, createSession } from '../../app/session.js';
import { connectionPlan } from '../../domain/connection-plan.js';
import { minimalJointAudit, planSeparationTexts } from '../../domain/joint-audit.js';
import { asOfOption, findCollaboration, formatEuro, parse, readPolicyFile, table, UsageError, withStore, type Command } from '../common.js';

const usage = `Usage: harmonie audit --collaboration <id|name> [--as-of YYYY-MM-DD] [--policy <file.json>] [--lang nl|en] [--json]

Computes the minimal joint audit of a collaboration: the cheapest feasible engagements, proven optimal.

Options:
  --collaboration <id|name>  the collaboration (id, or its name or a unique part of it)
  --as-of <date>             the date whose rules apply (default today)
  --policy <file.json>       policy overrides, the shape of the GraphQL PolicyInput
  --lang <nl|en>             language of the output (default nl)
  --json                     print the whole plan as JSON
  -h, --help                 show this help`;

/** What the table and its summary say, Dutch first. */
const WORDS = {
  nl: {
    heading: (name: string, members: number, legalForm: string, asOf: string) => `${name} — ${members} deelnemers, ${legalForm}, regels van ${asOf}`,
    columns: ['opdracht', 'bewijs', 'cyclus', 'onderwerpen', 'eisen', 'geteste normen', 'kosten'],
    months: 'mnd',
    summary: (baseline: string, optimal: string, savings: string) => `ieder apart ${baseline} · optimaal ${optimal} · besparing ${savings}`,
    proven: 'bewezen optimaal',
    notProven: (status: string) => `NIET bewezen optimaal (${status})`,
    apart: 'gescheiden',
  },
  en: {
    heading: (name: string, members: number, legalForm: string, asOf: string) => `${name} — ${members} members, ${legalForm}, rules of ${asOf}`,
    columns: ['engagement', 'evidence', 'cycle', 'subjects', 'requirements', 'norms tested', 'cost'],
    months: 'mo',
    summary: (baseline: string, optimal: string, savings: string) => `baseline ${baseline} · optimal ${optimal} · savings ${savings}`,
    proven: 'proven optimal',
    notProven: (status: string) => `NOT proven optimal (${status})`,
    apart: 'kept apart',
  },
} as const;

export const auditCommand: Command = {
  name: 'audit',
  summary: 'the minimal joint audit of a collaboration',
  usage,
  async run(args) {
    const { values } = parse(args, { collaboration: { type: 'string' }, 'as-of': { type: 'string' }, policy: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } }, usage);
    if (values.help) {
      console.log(usage);
      return 0;
    }
    const language = (values.lang ?? 'nl').toLowerCase();
    if (language !== 'nl' && language !== 'en') throw new UsageError(`--lang must be nl or en\n\n${usage}`);
    const w = WORDS[language];
    if (!values.collaboration) throw new UsageError(`--collaboration is required\n\n${usage}`);
    const asOf = asOfOption(values['as-of'], usage);
    const policy = await readPolicyFile(values.policy);
    return withStore(async (store) => {
      const session = createSession(store);
      const id = await findCollaboration(store, values.collaboration!);
      const { index, scope } = await analysisScope(session, { collaboration: id, asOf, policy }, 'collaboration');
      const plan = await minimalJointAudit(index, connectionPlan(index, scope), session.lpSolver);
      if (values.json) {
        console.log(JSON.stringify({ ...plan, separations: planSeparationTexts(plan, language), normWeights: Object.fromEntries(plan.normWeights) }, null, 2));
        return 0;
      }
      console.log(w.heading(scope.collaboration.name, scope.members.length, scope.legalForm.name[language], asOf));
      console.log(
        table(
          [...w.columns],
          plan.engagements.map((e) => [e.id, e.evidence, `${e.cycleMonths} ${w.months}`, String(e.subjects.length), e.requirements.map((r) => r.id).join(', '), String(e.testedNorms.length), formatEuro(e.cost)]),
        ),
      );
      console.log(`${w.summary(formatEuro(plan.baselineCost), formatEuro(plan.totalCost), formatEuro(plan.savings))} · ${plan.optimal ? w.proven : w.notProven(plan.solver.status)}`);
      for (const s of planSeparationTexts(plan, language)) console.log(`  ${w.apart}: ${s}`);
      return 0;
    });
  },
};
