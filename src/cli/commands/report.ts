// `harmonie report`: the harmonisation advice report of a collaboration (or a scenario) to a file.
import { writeFile } from 'node:fs/promises';
import { createSession } from '../../app/session.js';
import { NotFoundError } from '../../domain/errors.js';
import { harmonisationReport, type ReportFormat } from '../../report/index.js';
import { asOfOption, findCollaboration, InputFileError, parse, readPolicyFile, UsageError, withStore, type Command } from '../common.js';

const FORMATS: Record<string, ReportFormat> = { md: 'MARKDOWN', html: 'HTML', pdf: 'PDF', json: 'JSON' };

const usage = `Usage: harmonie report (--collaboration <id|name> | --scenario <id>) --format md|html|pdf|json
                      [--lang nl|en] --out <file> [--as-of YYYY-MM-DD] [--policy <file.json>]

Writes the harmonisation advice report: summary, legal form and eligibility, connection plan, overlap of
requirements and norms (heatmap), the minimal joint audit (cost chart), the what-if comparison for a
scenario, recommendations that follow from the figures, and every source cited.

Options:
  --collaboration <id|name>  the collaboration to report on
  --scenario <id>            a saved scenario: its baseline, compared with its variant
  --format <md|html|pdf|json>
  --lang <nl|en>             language (default nl)
  --out <file>               where to write it
  --as-of <date>             the date whose rules apply (with --collaboration; default today)
  --policy <file.json>       policy overrides (with --collaboration)
  -h, --help                 show this help`;

export const reportCommand: Command = {
  name: 'report',
  summary: 'write the harmonisation advice report',
  usage,
  async run(args) {
    const { values } = parse(args, {
      collaboration: { type: 'string' }, scenario: { type: 'string' }, format: { type: 'string' }, lang: { type: 'string' },
      out: { type: 'string' }, 'as-of': { type: 'string' }, policy: { type: 'string' },
    }, usage);
    if (values.help) return (console.log(usage), 0);
    if ((values.collaboration === undefined) === (values.scenario === undefined)) throw new UsageError(`give --collaboration or --scenario\n\n${usage}`);
    const format = FORMATS[values.format ?? ''];
    if (!format) throw new UsageError(`--format must be md, html, pdf or json\n\n${usage}`);
    const lang = (values.lang ?? 'nl').toUpperCase();
    if (lang !== 'NL' && lang !== 'EN') throw new UsageError(`--lang must be nl or en\n\n${usage}`);
    if (!values.out) throw new UsageError(`--out is required\n\n${usage}`);
    const asOf = asOfOption(values['as-of'], usage);
    const policy = await readPolicyFile(values.policy);
    return withStore(async (store) => {
      const session = createSession(store);
      let scenario = null;
      let input = null;
      if (values.scenario !== undefined) {
        scenario = await store.scenario(values.scenario);
        if (!scenario) throw new NotFoundError('scenario', values.scenario, 'scenario');
      } else {
        input = { collaboration: await findCollaboration(store, values.collaboration!), asOf, policy };
      }
      const report = await harmonisationReport(session, { input, scenario, format, language: lang, generatedAt: new Date() });
      try {
        await writeFile(values.out!, report.content);
      } catch (error) {
        throw new InputFileError(`cannot write ${values.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      console.log(`wrote ${values.out} (${report.mediaType}, ${report.content.length} bytes)`);
      return 0;
    });
  },
};
