// The `harmonie` command line: the same configuration, store and domain as the API, driven from a terminal.
import { ConfigError } from '../config.js';
import { BadInputError, NotFoundError, StoreUnavailableError } from '../domain/errors.js';
import { SeedValidationError } from '../seed/load.js';
import { auditCommand } from './commands/audit.js';
import { exportCommand } from './commands/ciso-library.js';
import { factsCommand } from './commands/facts.js';
import { impactCommand } from './commands/impact.js';
import { importCommand } from './commands/import.js';
import { keysCommand } from './commands/keys.js';
import { reportCommand } from './commands/report.js';
import { seedCommand } from './commands/seed.js';
import { InputFileError, UsageError, type Command } from './common.js';
import { withOperation } from '../store/operation-scope.js';

const COMMANDS: Command[] = [seedCommand, importCommand, auditCommand, impactCommand, factsCommand, reportCommand, keysCommand, exportCommand];

const USAGE = `Usage: harmonie <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(8)}  ${c.summary}`).join('\n')}

The store is the embedded one in HARMONIE_DATA_DIR (default .harmonie/), or Neo4j when NEO4J_URI is set.
Run "harmonie <command> --help" for a command's options.`;

/** Runs the CLI; resolves to the exit code: 0 done, 1 failed (with the reason), 2 bad arguments (with usage). */
export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    console.log(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command "${name}"\n\n${USAGE}`);
    // Neo4j transactions of the command name it in their metadata.
    return await withOperation({ operation: `harmonie ${command.name}` }, () => command.run(rest));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    if (
      error instanceof InputFileError || error instanceof ConfigError || error instanceof SeedValidationError ||
      error instanceof StoreUnavailableError || error instanceof BadInputError || error instanceof NotFoundError
    ) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}
