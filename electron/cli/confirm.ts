import { createInterface } from 'node:readline/promises';
import type { CliContext } from './context';
import { CliError, EXIT_USAGE } from './errors';

/**
 * Asks on the terminal for `word` to be typed (stderr carries the question; stdout stays for the
 * result line). `--yes` answers for scripts; without a terminal and without it the command stops.
 */
export async function confirmOrStop(context: CliContext, yes: boolean, question: string, word: string): Promise<void> {
  if (yes) return;
  if (context.stdin.isTTY !== true) throw new CliError(`${question}; without a terminal, pass --yes to confirm`, EXIT_USAGE);
  const rl = createInterface({ input: context.stdin, output: context.stderr, terminal: true });
  try {
    const answer = await rl.question(`${question}\nType ${word} to continue: `);
    if (answer.trim() !== word) throw new CliError('cancelled; nothing was changed');
  } finally {
    rl.close();
  }
}
