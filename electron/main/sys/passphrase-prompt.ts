import { readFile, stat } from 'node:fs/promises';
import { emitKeypressEvents, type Key } from 'node:readline';

import type { AppError } from '../../../shared/domain/errors';
import { ok, type Result } from '../../../shared/domain/result';

/**
 * How every plain-Node host (the web host, the CLI) obtains a passphrase: from the environment
 * (scripts, tests), otherwise typed at a hidden prompt on a terminal; a new passphrase is typed
 * twice. Never from a pipe, where it could just as well be the wrong input.
 */
export const PASSPHRASE_ENV = 'TILLBOOK_PASSPHRASE';

/** The streams a prompt needs, injected so a host owns its process. */
export type PromptIo = {
  readonly env: NodeJS.ProcessEnv;
  readonly stdin: NodeJS.ReadStream;
  /** Prompts go to stderr: stdout carries only a command's result (the web host's URL line). */
  readonly stderr: NodeJS.WritableStream;
};

/** `unreadable_file`: only from readPassphraseFile. */
export type PassphraseProblem = 'no_terminal' | 'cancelled' | 'mismatch' | 'unreadable_file';
export type PassphraseError = AppError & { readonly problem: PassphraseProblem };

export type PassphraseRequest = {
  /** The variable to read first (TILLBOOK_PASSPHRASE, or the CLI's TILLBOOK_NEW_PASSPHRASE). */
  readonly envName: string;
  /** A new passphrase (first run, passwd): typed twice at the prompt. */
  readonly fresh: boolean;
};

const failure = (code: AppError['code'], problem: PassphraseProblem, message: string): Result<never, PassphraseError> => ({
  ok: false,
  error: { code, problem, message },
});

export async function readPassphrase(io: PromptIo, request: PassphraseRequest): Promise<Result<string, PassphraseError>> {
  const fromEnv = io.env[request.envName];
  // Taken out of the environment once read, so no child process inherits it.
  delete io.env[request.envName];
  if (fromEnv !== undefined && fromEnv !== '') return ok(fromEnv);
  if (io.stdin.isTTY !== true) {
    return failure('unauthenticated', 'no_terminal', `no passphrase: set ${request.envName} or run in a terminal to type it`);
  }
  const first = await promptHidden(io, request.fresh ? 'New passphrase: ' : 'Passphrase: ');
  if (first === undefined) return failure('unauthenticated', 'cancelled', 'cancelled');
  if (!request.fresh) return ok(first);
  const again = await promptHidden(io, 'Repeat the passphrase: ');
  if (again === undefined) return failure('unauthenticated', 'cancelled', 'cancelled');
  if (again !== first) return failure('invalid_input', 'mismatch', 'the passphrases do not match');
  return ok(first);
}

/**
 * Reads one line from the terminal without echoing it. Ctrl-C, or Ctrl-D on an empty line,
 * cancels (undefined); Backspace deletes a character, Ctrl-U the whole line; other control keys
 * and escape sequences (arrows, function keys) are ignored rather than typed.
 */
export function promptHidden(io: Pick<PromptIo, 'stdin' | 'stderr'>, prompt: string): Promise<string | undefined> {
  const { stdin, stderr } = io;
  return new Promise((resolve) => {
    let typed: string[] = [];
    const wasRaw = stdin.isRaw;
    emitKeypressEvents(stdin);
    stdin.setRawMode(true);
    stdin.resume();
    stderr.write(prompt);
    const finish = (value: string | undefined): void => {
      stdin.off('keypress', onKey);
      stdin.setRawMode(wasRaw);
      stdin.pause();
      stderr.write('\n');
      typed = [];
      resolve(value);
    };
    const onKey = (text: string | undefined, key: Key | undefined): void => {
      if (key?.ctrl && (key.name === 'c' || (key.name === 'd' && typed.length === 0))) finish(undefined);
      else if (key?.name === 'return' || key?.name === 'enter') finish(typed.join(''));
      else if (key?.name === 'backspace') typed.pop();
      else if (key?.ctrl && key.name === 'u') typed = [];
      else if (text !== undefined && !key?.ctrl && !key?.meta && text >= ' ') typed.push(...text);
    };
    stdin.on('keypress', onKey);
  });
}

/** A passphrase file larger than this is not a passphrase file. */
export const PASSPHRASE_FILE_BYTES_MAX = 4096;

/**
 * `--passphrase-file F`: the passphrase is the file's first line (a final newline, LF or CRLF, is
 * not part of it). Unlike TILLBOOK_PASSPHRASE it never sits in /proc/<pid>/environ, and the file
 * can be readable by its owner only. A missing, empty, oversized or binary file is refused.
 */
export async function readPassphraseFile(path: string): Promise<Result<string, PassphraseError>> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return failure('invalid_input', 'unreadable_file', `the passphrase file ${path} is not a file`);
    if (info.size > PASSPHRASE_FILE_BYTES_MAX) {
      return failure('invalid_input', 'unreadable_file', `the passphrase file ${path} is over ${PASSPHRASE_FILE_BYTES_MAX} bytes`);
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return failure('invalid_input', 'unreadable_file', `cannot read the passphrase file ${path} (${code})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failure('invalid_input', 'unreadable_file', `the passphrase file ${path} is not UTF-8 text`);
  }
  const line = text.replace(/\r?\n$/, '');
  if (line === '' || /[\r\n]/.test(line)) {
    return failure('invalid_input', 'unreadable_file', `the passphrase file ${path} must hold the passphrase on one line`);
  }
  return ok(line);
}
