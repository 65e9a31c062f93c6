import { emitKeypressEvents, type Key } from 'node:readline';
import { CliError, EXIT_USAGE } from './errors';

export const PASSPHRASE_ENV = 'TILLBOOK_PASSPHRASE';
export const NEW_PASSPHRASE_ENV = 'TILLBOOK_NEW_PASSPHRASE';

export type PassphraseSource = {
  /** The passphrase of the existing key file. */
  current(): Promise<string>;
  /** A new passphrase (init, passwd): asked twice on a terminal. */
  fresh(): Promise<string>;
};

type Io = {
  readonly env: NodeJS.ProcessEnv;
  readonly stdin: NodeJS.ReadStream;
  readonly stderr: NodeJS.WriteStream;
};

/**
 * From the environment first (scripts, tests), otherwise a hidden prompt on the terminal. With
 * neither, a clear usage error: we never read a passphrase from a pipe, where it could just as
 * well be the wrong input.
 */
export function passphraseSource(io: Io, freshEnv: string): PassphraseSource {
  const fromEnv = (name: string): string | undefined => {
    const value = io.env[name];
    return value === undefined || value === '' ? undefined : value;
  };
  const requireTty = (name: string): void => {
    if (!io.stdin.isTTY) {
      throw new CliError(`no passphrase: set ${name} or run from a terminal`, EXIT_USAGE);
    }
  };
  return {
    async current() {
      const value = fromEnv(PASSPHRASE_ENV);
      if (value !== undefined) return value;
      requireTty(PASSPHRASE_ENV);
      return promptHidden(io, 'Passphrase: ');
    },
    async fresh() {
      const value = fromEnv(freshEnv);
      if (value !== undefined) return value;
      requireTty(freshEnv);
      const first = await promptHidden(io, 'New passphrase: ');
      const second = await promptHidden(io, 'Repeat passphrase: ');
      if (first !== second) throw new CliError('the passphrases do not match');
      return first;
    },
  };
}

/** Reads one line from the terminal without echoing it. Ctrl-C or Ctrl-D cancels. */
export function promptHidden(io: Io, prompt: string): Promise<string> {
  const { stdin, stderr } = io;
  return new Promise((resolve, reject) => {
    let typed = '';
    const wasRaw = stdin.isRaw;
    emitKeypressEvents(stdin);
    stdin.setRawMode(true);
    stdin.resume();
    stderr.write(prompt);
    const finish = (outcome: () => void): void => {
      stdin.off('keypress', onKey);
      stdin.setRawMode(wasRaw);
      stdin.pause();
      stderr.write('\n');
      outcome();
    };
    const onKey = (text: string | undefined, key: Key | undefined): void => {
      if (key?.ctrl && (key.name === 'c' || (key.name === 'd' && typed === ''))) {
        finish(() => reject(new CliError('cancelled')));
      } else if (key?.name === 'return' || key?.name === 'enter') {
        finish(() => resolve(typed));
      } else if (key?.name === 'backspace') {
        typed = [...typed].slice(0, -1).join('');
      } else if (text !== undefined && !key?.ctrl && !key?.meta && text >= ' ') {
        typed += text;
      }
    };
    stdin.on('keypress', onKey);
  });
}
