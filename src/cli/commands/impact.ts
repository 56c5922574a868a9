// `harmonie impact`: every collaboration in the graph under one policy, with a progress bar on a terminal.
import { SingleBar } from 'cli-progress';
import { allCollaborations, createSession } from '../../app/session.js';
import { nationalImpact } from '../../domain/national-impact.js';
import { asOfOption, formatEuro, parse, readPolicyFile, table, withStore, type Command } from '../common.js';

const usage = `Usage: harmonie impact [--policy <file.json>] [--as-of YYYY-MM-DD] [--json]
                      [--unknown-legal-form CODE] [--default-facilities A,B,…]

Analyses every collaboration in the graph (seeded and imported) and the country as one audit instance:
baseline and optimal audit cost, engagements, connections, OINs and certificates, per collaboration,
per municipality and in total. Obligations are counted once per municipality, however many
collaborations bring them.

Options:
  --policy <file.json>           policy overrides, the shape of the GraphQL PolicyInput
  --as-of <date>                 the date whose rules apply (default today)
  --unknown-legal-form <CODE>    assume this legal form where the graph knows none (flagged in the result)
  --default-facilities <A,B,…>   assume these facilities where the graph knows none (flagged)
  --json                         print the full result as JSON
  -h, --help                     show this help`;

export const impactCommand: Command = {
  name: 'impact',
  summary: 'national impact over every collaboration',
  usage,
  async run(args) {
    const { values } = parse(args, { policy: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' }, 'unknown-legal-form': { type: 'string' }, 'default-facilities': { type: 'string' } }, usage);
    if (values.help) {
      console.log(usage);
      return 0;
    }
    const asOf = asOfOption(values['as-of'], usage);
    const policy = await readPolicyFile(values.policy);
    const defaultFacilities = values['default-facilities']?.split(',').map((f) => f.trim()).filter(Boolean) ?? null;
    return withStore(async (store) => {
      const session = createSession(store);
      const [index, collaborations] = await Promise.all([session.catalogue(), allCollaborations(store)]);
      const bar = process.stderr.isTTY ? new SingleBar({ format: 'collaborations [{bar}] {value}/{total} {eta_formatted}', stream: process.stderr, hideCursor: true }) : null;
      bar?.start(collaborations.length, 0);
      const result = await nationalImpact(index, collaborations, {
        asOf, policy, unknownLegalForm: values['unknown-legal-form'] ?? null, defaultFacilities, lpSolver: session.lpSolver,
        onProgress: (done) => bar?.update(done),
      }).finally(() => bar?.stop());
      if (values.json) {
        console.log(JSON.stringify(result));
        return 0;
      }
      const t = result.totals;
      const rows = result.collaborations.filter((c) => c.skipped === null).sort((a, b) => b.savings - a.savings).slice(0, 15);
      console.log(table(['collaboration', 'members', 'baseline', 'optimal', 'savings'], rows.map((c) => [c.name.slice(0, 60), String(c.members), formatEuro(c.baselineCost), formatEuro(c.totalCost), formatEuro(c.savings)])));
      console.log(`\n${t.collaborations} collaborations (${t.analysed} analysed, ${t.skipped} skipped), ${t.municipalities} municipalities, ${t.obligations} obligations`);
      console.log(`national baseline ${formatEuro(t.baselineCost)} · optimal ${formatEuro(t.totalCost)} · savings ${formatEuro(t.savings)} · ${t.engagements} engagements · ${t.connections} connections, ${t.oins} OINs, ${t.certificates} certificates · ${t.optimal ? 'proven optimal' : 'NOT proven optimal'} · solved in ${Math.round(result.solver.millis)} ms`);
      const skippedWhy = new Map<string, number>();
      for (const c of result.collaborations) if (c.skipped) skippedWhy.set(c.skipped, (skippedWhy.get(c.skipped) ?? 0) + 1);
      for (const [why, n] of skippedWhy) console.log(`  skipped ${n}: ${why}`);
      return 0;
    });
  },
};
