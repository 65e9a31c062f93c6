// The `tillbook` maintenance CLI: `npm run tillbook -- <command> --data-dir DIR`. Plain Node (no
// electron import): it uses the same db layer as the app. Every failure is one line on stderr and
// a non-zero exit code (2 usage, 1 anything else), never a stack trace.
import { parseArgs } from './args';
import { acceptRollbackCommand } from './commands/accept-rollback';
import { backupCommand } from './commands/backup';
import { initCommand } from './commands/init';
import { passwdCommand } from './commands/passwd';
import { rekeyCommand } from './commands/rekey';
import { restoreCommand } from './commands/restore';
import { verifyCommand } from './commands/verify';
import type { CliContext, Command } from './context';
import { CliError, EXIT_FAILURE, EXIT_OK } from './errors';
import { usage } from './usage';

const COMMANDS: readonly Command[] = [
  initCommand, verifyCommand, backupCommand, restoreCommand, acceptRollbackCommand, rekeyCommand, passwdCommand,
];

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function fail(context: CliContext, error: unknown): number {
  if (error instanceof CliError) {
    context.note(oneLine(error.message));
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  context.note(`internal error: ${oneLine(message)}`);
  return EXIT_FAILURE;
}

export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  try {
    const parsed = parseArgs(argv, COMMANDS.map((c) => c.spec));
    if (parsed.kind === 'help') {
      context.out(usage(COMMANDS.map((c) => c.spec)));
      return EXIT_OK;
    }
    const command = COMMANDS.find((c) => c.spec === parsed.spec);
    if (!command) throw new CliError(`no handler for ${parsed.spec.name}`);
    return await command.run(parsed.options, context);
  } catch (error) {
    return fail(context, error);
  }
}

const context: CliContext = {
  env: process.env,
  stdin: process.stdin,
  stderr: process.stderr,
  out: (line) => process.stdout.write(`${line}\n`),
  note: (line) => process.stderr.write(`tillbook: ${line}\n`),
};

// A failure outside the awaited chain (a driver callback, a stray rejection) still ends as one line.
const last = (error: unknown): void => {
  process.exitCode = fail(context, error);
  process.exit();
};
process.on('uncaughtException', last);
process.on('unhandledRejection', last);

process.exitCode = await runCli(process.argv.slice(2), context);
