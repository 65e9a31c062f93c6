import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataKeys } from '../../electron/main/db/key-provider';
import {
  changePassphrase,
  createKeyFile,
  kdfWithinBounds,
  PRODUCTION_KDF,
  type KdfParams,
  PASSPHRASE_MIN_CHARS,
  promoteDbKey,
  recordPendingDbKey,
  unlockKeyFile,
} from '../../electron/main/db/passphrase-key-wrap';
import type { Result } from '../../shared/domain/result';
import { tempDir } from '../support/test-db';
import { PASSPHRASE, TEST_KDF } from './db-fixtures';

type KeyFileJson = {
  format: string;
  kdf: { name: string; N: unknown; r: unknown; p: unknown; salt: string };
  current: { nonce: string; ciphertext: string; tag: string };
  pending?: { nonce: string; ciphertext: string; tag: string };
};

const hex = (bytes: Uint8Array | undefined): string | undefined => (bytes ? Buffer.from(bytes).toString('hex') : undefined);
const outcome = <T>(result: Result<T>): string => (result.ok ? 'ok' : result.error.code);

function keysOf(result: Result<DataKeys>): { root: string | undefined; db: string | undefined; pendingDb: string | undefined } {
  if (!result.ok) throw new Error(`expected keys, got ${result.error.code}`);
  return { root: hex(result.value.root), db: hex(result.value.db), pendingDb: hex(result.value.pendingDb) };
}

describe('passphrase key file', () => {
  let dir: string;
  let cleanup: () => void;
  let path: string;

  beforeEach(() => {
    ({ dir, cleanup } = tempDir('tillbook-key-'));
    path = join(dir, 'tillbook.key');
  });
  afterEach(() => cleanup());

  const read = (): KeyFileJson => JSON.parse(readFileSync(path, 'utf8')) as KeyFileJson;
  const writeEdited = (edit: (file: KeyFileJson) => unknown): string => {
    const edited = join(dir, `edited-${Math.random().toString(36).slice(2)}.key`);
    writeFileSync(edited, JSON.stringify(edit(structuredClone(read()))));
    return edited;
  };

  it('round-trips: unlock returns exactly the keys that create made', async () => {
    const created = await createKeyFile(path, PASSPHRASE, TEST_KDF);
    const keys = keysOf(created);
    expect(keys.root).toHaveLength(64);
    expect(keys.db).toHaveLength(64);
    expect(keys.root).not.toBe(keys.db);
    expect(keys.pendingDb).toBeUndefined();
    expect(keysOf(await unlockKeyFile(path, PASSPHRASE))).toEqual(keys);

    const file = read();
    expect(file.kdf).toMatchObject({ name: 'scrypt', N: TEST_KDF.N, r: TEST_KDF.r, p: TEST_KDF.p });
    expect(Buffer.from(file.kdf.salt, 'base64')).toHaveLength(16);
    // No key material in clear, in any spelling.
    const text = readFileSync(path, 'utf8');
    for (const key of [keys.root, keys.db]) {
      const bytes = Buffer.from(key ?? '', 'hex');
      expect(text).not.toContain(key);
      expect(text).not.toContain(bytes.toString('base64'));
    }
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });

  it('reports a wrong passphrase as wrong_key', async () => {
    await createKeyFile(path, PASSPHRASE, TEST_KDF);
    expect(outcome(await unlockKeyFile(path, `${PASSPHRASE}!`))).toBe('wrong_key');
    expect(outcome(await unlockKeyFile(path, ''))).toBe('wrong_key');
    // Unicode normalisation: NFC and NFD spellings of one passphrase are the same passphrase.
    const accented = 'caf\u00e9 au lait, 12';
    await createKeyFile(join(dir, 'nfc.key'), accented, TEST_KDF);
    expect(outcome(await unlockKeyFile(join(dir, 'nfc.key'), accented.normalize('NFD')))).toBe('ok');
  });

  it(`refuses a passphrase shorter than ${PASSPHRASE_MIN_CHARS} characters (weak_passphrase) and writes nothing`, async () => {
    for (const weak of ['', 'short', 'a'.repeat(PASSPHRASE_MIN_CHARS - 1), '\u{1F511}'.repeat(PASSPHRASE_MIN_CHARS - 1)]) {
      expect(outcome(await createKeyFile(path, weak, TEST_KDF)), JSON.stringify(weak)).toBe('weak_passphrase');
      expect(existsSync(path)).toBe(false);
    }
    expect(outcome(await createKeyFile(path, 'a'.repeat(PASSPHRASE_MIN_CHARS), TEST_KDF))).toBe('ok');
  });

  it('changes the passphrase by re-wrapping the same keys under a new salt', async () => {
    const original = keysOf(await createKeyFile(path, PASSPHRASE, TEST_KDF));
    const before = read();
    const next = 'another long passphrase 2';
    expect(outcome(await changePassphrase(path, PASSPHRASE, next, TEST_KDF))).toBe('ok');
    const after = read();
    expect(after.kdf.salt).not.toBe(before.kdf.salt);
    expect(after.current.ciphertext).not.toBe(before.current.ciphertext);
    expect(outcome(await unlockKeyFile(path, PASSPHRASE))).toBe('wrong_key');
    expect(keysOf(await unlockKeyFile(path, next))).toEqual(original);

    // Refusals leave the file as it was.
    const text = readFileSync(path, 'utf8');
    expect(outcome(await changePassphrase(path, PASSPHRASE, 'yet another passphrase', TEST_KDF))).toBe('wrong_key');
    expect(outcome(await changePassphrase(path, next, 'too short', TEST_KDF))).toBe('weak_passphrase');
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('keeps a pending db key through a passphrase change', async () => {
    const original = keysOf(await createKeyFile(path, PASSPHRASE, TEST_KDF));
    const pending = randomBytes(32);
    expect(outcome(await recordPendingDbKey(path, PASSPHRASE, pending))).toBe('ok');
    expect(outcome(await changePassphrase(path, PASSPHRASE, 'another long passphrase 2', TEST_KDF))).toBe('ok');
    expect(keysOf(await unlockKeyFile(path, 'another long passphrase 2'))).toEqual({ ...original, pendingDb: pending.toString('hex') });
  });

  it('records and promotes a pending db key; the root key never changes', async () => {
    const original = keysOf(await createKeyFile(path, PASSPHRASE, TEST_KDF));
    const next = randomBytes(32);
    expect(outcome(await recordPendingDbKey(path, PASSPHRASE, next))).toBe('ok');
    expect(keysOf(await unlockKeyFile(path, PASSPHRASE))).toEqual({ ...original, pendingDb: next.toString('hex') });
    expect(read().pending).toBeDefined();
    expect(outcome(await promoteDbKey(path, PASSPHRASE, next))).toBe('ok');
    expect(keysOf(await unlockKeyFile(path, PASSPHRASE))).toEqual({ root: original.root, db: next.toString('hex'), pendingDb: undefined });
    expect(read().pending).toBeUndefined();
    expect(outcome(await recordPendingDbKey(path, 'wrong passphrase!!', next))).toBe('wrong_key');
  });

  describe('an edited key file', () => {
    beforeEach(async () => {
      await createKeyFile(path, PASSPHRASE, TEST_KDF);
      expect(outcome(await recordPendingDbKey(path, PASSPHRASE, randomBytes(32)))).toBe('ok');
    });

    it('fails to unlock when the stored N is changed to another valid cost (wrong_key)', async () => {
      for (const N of [TEST_KDF.N * 2, TEST_KDF.N / 2]) {
        const edited = writeEdited((f) => ({ ...f, kdf: { ...f.kdf, N } }));
        expect(outcome(await unlockKeyFile(edited, PASSPHRASE)), `N=${N}`).toBe('wrong_key');
      }
    });

    it('fails on the AAD alone: same salt bytes, other spelling → same KEK, but the tag breaks', async () => {
      const salt = read().kdf.salt;
      expect(salt.endsWith('==')).toBe(true);
      const edited = writeEdited((f) => ({ ...f, kdf: { ...f.kdf, salt: salt.replace(/=+$/, '') } }));
      expect(Buffer.from(salt.replace(/=+$/, ''), 'base64').equals(Buffer.from(salt, 'base64'))).toBe(true);
      expect(outcome(await unlockKeyFile(edited, PASSPHRASE))).toBe('wrong_key');
    });

    it('fails when the current and pending slots are swapped (the slot name is in the AAD)', async () => {
      const edited = writeEdited((f) => ({ ...f, current: f.pending, pending: f.current }));
      expect(outcome(await unlockKeyFile(edited, PASSPHRASE))).toBe('wrong_key');
    });

    it('fails when a ciphertext, nonce or tag byte changes', async () => {
      const flip = (b64: string): string => {
        const bytes = Buffer.from(b64, 'base64');
        bytes[0] = (bytes[0] ?? 0) ^ 1;
        return bytes.toString('base64');
      };
      for (const field of ['ciphertext', 'nonce', 'tag'] as const) {
        const edited = writeEdited((f) => ({ ...f, current: { ...f.current, [field]: flip(f.current[field]) } }));
        expect(outcome(await unlockKeyFile(edited, PASSPHRASE)), field).toBe('wrong_key');
      }
    });

    it('reports parameters scrypt cannot use, or a broken shape, as key_file_invalid (never a throw)', async () => {
      const edits: [string, (f: KeyFileJson) => unknown][] = [
        ['N not a power of two', (f) => ({ ...f, kdf: { ...f.kdf, N: TEST_KDF.N - 1 } })],
        ['N beyond maxmem', (f) => ({ ...f, kdf: { ...f.kdf, N: 2 ** 24 } })],
        ['N as a string', (f) => ({ ...f, kdf: { ...f.kdf, N: String(TEST_KDF.N) } })],
        ['r missing', (f) => ({ ...f, kdf: { ...f.kdf, r: undefined } })],
        ['p fractional', (f) => ({ ...f, kdf: { ...f.kdf, p: 1.5 } })],
        ['salt not a string', (f) => ({ ...f, kdf: { ...f.kdf, salt: 12 } })],
        ['kdf name', (f) => ({ ...f, kdf: { ...f.kdf, name: 'pbkdf2' } })],
        ['format', (f) => ({ ...f, format: 'tillbook-key/2' })],
        ['current missing', (f) => ({ ...f, current: undefined })],
        ['tag missing', (f) => ({ ...f, current: { ...f.current, tag: undefined } })],
        ['pending not an object', (f) => ({ ...f, pending: 'x' })],
        ['null', () => null],
        ['array', () => []],
        ['number', () => 7],
      ];
      for (const [name, edit] of edits) {
        const edited = writeEdited(edit);
        const result = await unlockKeyFile(edited, PASSPHRASE).catch((error: unknown) => `threw ${String(error)}`);
        expect(typeof result === 'string' ? result : outcome(result), name).toBe('key_file_invalid');
      }
    });
  });

  it('bounds N, r and p before scrypt runs: a raised cost is key_file_invalid at once, never minutes of CPU', async () => {
    await createKeyFile(path, PASSPHRASE, TEST_KDF);
    // Each of these would run scrypt for minutes (p, r) or ask for gigabytes (N) on the old code.
    const raised: [string, Partial<KdfParams>][] = [
      ['p = 2^20', { p: 2 ** 20 }],
      ['p = 2', { p: 2 }],
      ['r = 2^12', { r: 2 ** 12 }],
      ['r = 1', { r: 1 }],
      ['N = 2^18', { N: 2 ** 18 }],
      ['N = 2^30', { N: 2 ** 30 }],
      ['N = 1', { N: 1 }],
    ];
    for (const [name, change] of raised) {
      const edited = writeEdited((f) => ({ ...f, kdf: { ...f.kdf, ...change } }));
      const result = await unlockKeyFile(edited, PASSPHRASE);
      expect(outcome(result), name).toBe('key_file_invalid');
      expect(result.ok ? '' : result.error.message, name).toMatch(/outside the range Tillbook writes/);
      await expect(recordPendingDbKey(edited, PASSPHRASE, randomBytes(32)), name).resolves.toMatchObject({ ok: false, error: { code: 'key_file_invalid' } });
    }
    expect(kdfWithinBounds(PRODUCTION_KDF)).toBe(true);
    expect(kdfWithinBounds(TEST_KDF)).toBe(true);
  });

  it('writes the key file 0600 through an exclusive temporary file that never follows a planted link', async () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'untouched');
    symlinkSync(victim, `${path}.tmp`);
    const created = await createKeyFile(path, PASSPHRASE, TEST_KDF);
    expect(created.ok).toBe(true);
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(lstatSync(path).isSymbolicLink()).toBe(false);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(existsSync(`${path}.tmp`)).toBe(false);
    expect(outcome(await unlockKeyFile(path, PASSPHRASE))).toBe('ok');
    // A rewrite (passphrase change) goes through the same temporary path.
    symlinkSync(victim, `${path}.tmp`);
    expect(outcome(await changePassphrase(path, PASSPHRASE, 'another long passphrase', TEST_KDF))).toBe('ok');
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('reports a missing file as key_file_missing and garbage as key_file_invalid', async () => {
    expect(outcome(await unlockKeyFile(path, PASSPHRASE))).toBe('key_file_missing');
    for (const garbage of ['', 'not json', '{"format":', randomBytes(64).toString('latin1')]) {
      writeFileSync(path, garbage);
      expect(outcome(await unlockKeyFile(path, PASSPHRASE)), JSON.stringify(garbage.slice(0, 10))).toBe('key_file_invalid');
    }
    writeFileSync(path, randomBytes(300));
    expect(outcome(await unlockKeyFile(path, PASSPHRASE))).toBe('key_file_invalid');
    expect(outcome(await recordPendingDbKey(join(dir, 'none.key'), PASSPHRASE, randomBytes(32)))).toBe('key_file_missing');
    expect(outcome(await changePassphrase(join(dir, 'none.key'), PASSPHRASE, 'another long passphrase', TEST_KDF))).toBe('key_file_missing');
  });
});

describe('createKeyFile never overwrites', () => {
  it('refuses when a key file is already there, leaving it byte for byte', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'tillbook.key');
      expect((await createKeyFile(path, PASSPHRASE, TEST_KDF)).ok).toBe(true);
      const before = readFileSync(path);
      const again = await createKeyFile(path, PASSPHRASE, TEST_KDF);
      expect(again.ok ? 'ok' : again.error.code).toBe('invalid_input');
      expect(readFileSync(path).equals(before)).toBe(true);
    } finally {
      cleanup();
    }
  });
});
