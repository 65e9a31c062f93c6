// `--passphrase-file` (issue 7 §1: TILLBOOK_PASSPHRASE stays readable in /proc/<pid>/environ).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSPHRASE_FILE_BYTES_MAX, readPassphraseFile } from '../../electron/main/sys/passphrase-prompt';

const root = mkdtempSync(join(tmpdir(), 'tillbook-passphrase-file-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer): string => {
  const path = join(root, name);
  writeFileSync(path, content, { mode: 0o600 });
  return path;
};

describe('readPassphraseFile', () => {
  it('reads the one line, without its final LF or CRLF, keeping inner and outer spaces', async () => {
    await expect(readPassphraseFile(file('lf', 'a long passphrase\n'))).resolves.toStrictEqual({ ok: true, value: 'a long passphrase' });
    await expect(readPassphraseFile(file('crlf', 'a long passphrase\r\n'))).resolves.toStrictEqual({ ok: true, value: 'a long passphrase' });
    await expect(readPassphraseFile(file('bare', ' spaced passphrase '))).resolves.toStrictEqual({ ok: true, value: ' spaced passphrase ' });
    await expect(readPassphraseFile(file('zh', '很长的密码短语一二三四\n'))).resolves.toStrictEqual({ ok: true, value: '很长的密码短语一二三四' });
  });

  it('refuses a missing file, a folder, an empty file, two lines, non-UTF-8 and an oversized file', async () => {
    mkdirSync(join(root, 'folder'));
    for (const path of [
      join(root, 'missing'),
      join(root, 'folder'),
      file('empty', ''),
      file('newline-only', '\n'),
      file('two-lines', 'first line\nsecond line\n'),
      file('latin1', Buffer.from([0x70, 0xe9, 0x0a])),
      file('big', 'x'.repeat(PASSPHRASE_FILE_BYTES_MAX + 1)),
    ]) {
      const result = await readPassphraseFile(path);
      expect(result, path).toMatchObject({ ok: false, error: { code: 'invalid_input', problem: 'unreadable_file' } });
      if (!result.ok) expect(result.error.message).not.toContain('\n');
    }
  });
});
