export const PASSPHRASE_ENV = 'TILLBOOK_PASSPHRASE';

export type PassphraseOutcome =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly problem: string; readonly exitCode: number };

/**
 * Reads one line from the terminal without echoing it. The prompt goes to stderr, so stdout keeps
 * the single URL line. Ctrl-C / Ctrl-D give `undefined`.
 */
export function promptHidden(prompt: string): Promise<string | undefined> {
  const input = process.stdin;
  return new Promise((resolve) => {
    let typed: string[] = [];
    const done = (value: string | undefined): void => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      typed = [];
      resolve(value);
    };
    const onData = (chunk: string): void => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done(typed.join(''));
        if (char === '\u0003') return done(undefined);
        if (char === '\u0004') {
          if (typed.length === 0) return done(undefined);
          continue;
        }
        if (char === '\u007f' || char === '\b') {
          typed.pop();
          continue;
        }
        if (char === '\u0015') {
          typed = [];
          continue;
        }
        if (char < ' ') continue;
        typed.push(char);
      }
    };
    process.stderr.write(prompt);
    input.setEncoding('utf8');
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}

/**
 * The passphrase from TILLBOOK_PASSPHRASE (then removed from this process's environment, so no
 * child inherits it) or a hidden prompt on a terminal; a new ledger asks twice.
 */
export async function obtainPassphrase(firstRun: boolean): Promise<PassphraseOutcome> {
  const fromEnv = process.env[PASSPHRASE_ENV];
  delete process.env[PASSPHRASE_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return { ok: true, value: fromEnv };
  if (!process.stdin.isTTY) {
    return {
      ok: false,
      exitCode: 2,
      problem: `no passphrase: set ${PASSPHRASE_ENV} or run in a terminal to type it`,
    };
  }
  const first = await promptHidden(firstRun ? 'New ledger passphrase: ' : 'Ledger passphrase: ');
  if (first === undefined) return { ok: false, exitCode: 130, problem: 'cancelled' };
  if (!firstRun) return { ok: true, value: first };
  const again = await promptHidden('Repeat the passphrase: ');
  if (again === undefined) return { ok: false, exitCode: 130, problem: 'cancelled' };
  if (again !== first) return { ok: false, exitCode: 2, problem: 'the two passphrases differ' };
  return { ok: true, value: first };
}
