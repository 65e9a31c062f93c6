import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { dataDirPaths } from '../../electron/main/db/data-dir';
import { passphraseKeyProvider } from '../../electron/main/app/open-data-dir';
import { selectKeyProvider } from '../../electron/main/platform/key-selection';
import { SAFE_STORAGE_KEY_FILE, type SafeStorageApi } from '../../electron/main/platform/safe-storage-key-provider';
import { tempDir } from '../support/test-db';

/** Test-only scrypt cost; production uses PRODUCTION_KDF. */
const CHEAP_KDF = { N: 1024, r: 8, p: 1 };
const PASSPHRASE = 'correct horse battery';

function safeStorage(backend: ReturnType<SafeStorageApi['getSelectedStorageBackend']>): SafeStorageApi {
  return {
    getSelectedStorageBackend: () => backend,
    isAsyncEncryptionAvailable: () => Promise.resolve(true),
    encryptStringAsync: (text) => Promise.resolve(Buffer.from(text)),
    decryptStringAsync: (blob) => Promise.resolve({ shouldReEncrypt: false, result: blob.toString() }),
  };
}

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('tillbook-key-selection-')));
afterEach(() => cleanup());

describe('key provider selection', () => {
  test('a keyring on a new install → safeStorage', async () => {
    const provider = await selectKeyProvider({ dir, platform: 'linux', safeStorage: safeStorage('kwallet6') });
    expect(provider.kind).toBe('safe-storage');
  });

  test('basic_text without a passphrase prompt → safeStorage, which refuses with a passphrase hint', async () => {
    const provider = await selectKeyProvider({ dir, platform: 'linux', safeStorage: safeStorage('basic_text') });
    const result = await provider.unlock();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('passphrase');
  });

  test('basic_text with a passphrase the user chose → passphrase provider, never safeStorage', async () => {
    const prompt = vi.fn(() => Promise.resolve<string | undefined>(PASSPHRASE));
    const provider = await selectKeyProvider({
      dir,
      platform: 'linux',
      safeStorage: safeStorage('basic_text'),
      passphrase: prompt,
      kdf: CHEAP_KDF,
    });
    expect(provider.kind).toBe('passphrase');
    expect((await provider.unlock()).ok).toBe(true);
    expect(existsSync(dataDirPaths(dir).keyFile)).toBe(true);
    expect(existsSync(join(dir, SAFE_STORAGE_KEY_FILE))).toBe(false);
  });

  test('an existing passphrase key file wins over a keyring', async () => {
    writeFileSync(dataDirPaths(dir).keyFile, '{}');
    const provider = await selectKeyProvider({ dir, platform: 'linux', safeStorage: safeStorage('kwallet6') });
    expect(provider.kind).toBe('passphrase');
  });

  test('an existing safeStorage key file keeps safeStorage (and its backend checks)', async () => {
    writeFileSync(join(dir, SAFE_STORAGE_KEY_FILE), '{}');
    const provider = await selectKeyProvider({
      dir,
      platform: 'linux',
      safeStorage: safeStorage('basic_text'),
      passphrase: () => Promise.resolve(PASSPHRASE),
    });
    expect(provider.kind).toBe('safe-storage');
    expect((await provider.unlock()).ok).toBe(false);
  });

  test('preferPassphrase with a prompt → passphrase even with a keyring', async () => {
    const provider = await selectKeyProvider({
      dir,
      platform: 'darwin',
      safeStorage: safeStorage('unknown'),
      passphrase: () => Promise.resolve(PASSPHRASE),
      preferPassphrase: true,
    });
    expect(provider.kind).toBe('passphrase');
  });
});

describe('passphrase key provider', () => {
  const options = (passphrase: () => Promise<string | undefined>) => ({
    dir,
    passphrase,
    kdf: CHEAP_KDF,
  });

  test('creates on the first run, unlocks after, refuses a wrong passphrase', async () => {
    const first = await passphraseKeyProvider(options(() => Promise.resolve(PASSPHRASE))).unlock();
    const second = await passphraseKeyProvider(options(() => Promise.resolve(PASSPHRASE))).unlock();
    if (!first.ok || !second.ok) throw new Error('unlock failed');
    expect(Buffer.from(second.value.db)).toStrictEqual(Buffer.from(first.value.db));
    const wrong = await passphraseKeyProvider(options(() => Promise.resolve('wrong passphrase!'))).unlock();
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('wrong_key');
  });

  test('no passphrase → unauthenticated; a database without a key file → key_file_missing', async () => {
    const none = await passphraseKeyProvider(options(() => Promise.resolve(undefined))).unlock();
    expect(none.ok ? 'ok' : none.error.code).toBe('unauthenticated');
    writeFileSync(dataDirPaths(dir).db, 'existing');
    const orphan = await passphraseKeyProvider(options(() => Promise.resolve(PASSPHRASE))).unlock();
    expect(orphan.ok ? 'ok' : orphan.error.code).toBe('key_file_missing');
    expect(existsSync(dataDirPaths(dir).keyFile)).toBe(false);
  });
});
