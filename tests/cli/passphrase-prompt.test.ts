// The one passphrase rule of the web host and the CLI (electron/main/sys/passphrase-prompt.ts),
// driven through a fake terminal: keys are typed only after each prompt appears, as a person would.
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE_ENV, promptHidden, readPassphrase, type PromptIo } from '../../electron/main/sys/passphrase-prompt';

type FakeTerminal = { io: PromptIo; shown: () => string; rawNow: () => boolean };

/** `answers[i]` is typed (raw bytes) once the i-th prompt has been written. */
function terminal(answers: string[], env: NodeJS.ProcessEnv = {}, tty = true): FakeTerminal {
  const stdin = Object.assign(new PassThrough(), {
    isTTY: tty,
    isRaw: false,
    setRawMode(mode: boolean) {
      stdin.isRaw = mode;
      return stdin;
    },
  });
  let shown = '';
  let prompts = 0;
  const stderr = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString('utf8');
      shown += text;
      if (text.endsWith(': ')) {
        const answer = answers[prompts];
        prompts += 1;
        if (answer !== undefined) setImmediate(() => stdin.write(answer));
      }
      done();
    },
  });
  return {
    io: { env, stdin: stdin as unknown as NodeJS.ReadStream, stderr },
    shown: () => shown,
    rawNow: () => stdin.isRaw,
  };
}

describe('promptHidden', () => {
  it('reads a line without echoing it and restores the terminal mode', async () => {
    const t = terminal(['s3cret phrase\r']);
    await expect(promptHidden(t.io, 'Passphrase: ')).resolves.toBe('s3cret phrase');
    expect(t.shown()).toBe('Passphrase: \n');
    expect(t.rawNow()).toBe(false);
  });

  it('Backspace deletes a character, Ctrl-U the line; arrow keys are not typed', async () => {
    const t = terminal(['abx\x7fc wrong\x15ri\x1b[Dght\r']);
    await expect(promptHidden(t.io, 'Passphrase: ')).resolves.toBe('right');
  });

  it('Ctrl-C cancels; Ctrl-D cancels on an empty line only', async () => {
    await expect(promptHidden(terminal(['abc\x03']).io, 'Passphrase: ')).resolves.toBeUndefined();
    await expect(promptHidden(terminal(['\x04']).io, 'Passphrase: ')).resolves.toBeUndefined();
    await expect(promptHidden(terminal(['ab\x04c\r']).io, 'Passphrase: ')).resolves.toBe('abc');
  });
});

describe('readPassphrase', () => {
  it('takes the variable first and removes it from the environment', async () => {
    const env: NodeJS.ProcessEnv = { [PASSPHRASE_ENV]: 'from the environment' };
    const t = terminal([], env);
    await expect(readPassphrase(t.io, { envName: PASSPHRASE_ENV, fresh: true })).resolves.toStrictEqual({ ok: true, value: 'from the environment' });
    expect(env[PASSPHRASE_ENV]).toBeUndefined();
    expect(t.shown()).toBe('');
  });

  it('without the variable and without a terminal: one clear problem, no prompt', async () => {
    const t = terminal([], {}, false);
    const result = await readPassphrase(t.io, { envName: PASSPHRASE_ENV, fresh: false });
    expect(result).toStrictEqual({
      ok: false,
      error: { code: 'unauthenticated', problem: 'no_terminal', message: `no passphrase: set ${PASSPHRASE_ENV} or run in a terminal to type it` },
    });
    expect(t.shown()).toBe('');
  });

  it('a new passphrase is typed twice; two different entries are refused', async () => {
    const same = terminal(['a new passphrase\r', 'a new passphrase\r']);
    await expect(readPassphrase(same.io, { envName: PASSPHRASE_ENV, fresh: true })).resolves.toStrictEqual({ ok: true, value: 'a new passphrase' });
    expect(same.shown()).toBe('New passphrase: \nRepeat the passphrase: \n');
    const differ = terminal(['a new passphrase\r', 'another one\r']);
    await expect(readPassphrase(differ.io, { envName: PASSPHRASE_ENV, fresh: true })).resolves.toMatchObject({ ok: false, error: { problem: 'mismatch' } });
  });

  it('a cancelled prompt is a typed failure, not a throw', async () => {
    const t = terminal(['\x03']);
    await expect(readPassphrase(t.io, { envName: PASSPHRASE_ENV, fresh: false })).resolves.toMatchObject({ ok: false, error: { problem: 'cancelled' } });
  });
});
