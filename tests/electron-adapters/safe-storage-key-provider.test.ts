import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import {
  SAFE_STORAGE_KEY_FILE,
  SafeStorageKeyProvider,
  type KeyStoreError,
  type SafeStorageApi,
} from '../../electron/main/platform/safe-storage-key-provider';
import { tempDir } from '../support/test-db';

type Backend = ReturnType<SafeStorageApi['getSelectedStorageBackend']>;

/**
 * A stand-in for the OS key store: an XOR "cipher" keyed by the backend, so a blob written by
 * one backend does not decrypt under another, and a flag for a rotated OS key.
 */
class FakeSafeStorage implements SafeStorageApi {
  available = true;
  shouldReEncrypt = false;
  readonly calls: string[] = [];
  constructor(public backend: Backend = 'gnome_libsecret') {}

  private xor(data: Buffer): Buffer {
    const key = Buffer.from(`os-key:${this.backend}`);
    return Buffer.from(data.map((byte, i) => byte ^ (key[i % key.length] ?? 0)));
  }

  getSelectedStorageBackend(): Backend {
    this.calls.push('getSelectedStorageBackend');
    return this.backend;
  }

  isAsyncEncryptionAvailable(): Promise<boolean> {
    return Promise.resolve(this.available);
  }

  encryptStringAsync(plainText: string): Promise<Buffer> {
    this.calls.push('encrypt');
    return Promise.resolve(Buffer.concat([Buffer.from('v11'), this.xor(Buffer.from(plainText, 'utf8'))]));
  }

  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    this.calls.push('decrypt');
    if (encrypted.subarray(0, 3).toString() !== 'v11') return Promise.reject(new Error('bad blob'));
    return Promise.resolve({
      shouldReEncrypt: this.shouldReEncrypt,
      result: this.xor(encrypted.subarray(3)).toString('utf8'),
    });
  }
}

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('tillbook-safe-storage-')));
afterEach(() => cleanup());

const keyFile = () => join(dir, SAFE_STORAGE_KEY_FILE);
const dbFile = () => join(dir, 'tillbook.db');
const provider = (safeStorage: SafeStorageApi, platform: NodeJS.Platform = 'linux') =>
  new SafeStorageKeyProvider({ safeStorage, platform, dbFile: dbFile(), keyFile: keyFile() });

function refusal(result: Awaited<ReturnType<SafeStorageKeyProvider['unlock']>>): KeyStoreError {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('safeStorage key provider', () => {
  test('round trip: the first unlock creates wrapped keys, the next returns the same keys', async () => {
    const store = new FakeSafeStorage();
    const first = await provider(store).unlock();
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.root).toHaveLength(32);
    expect(first.value.db).toHaveLength(32);
    expect(Buffer.from(first.value.root).equals(Buffer.from(first.value.db))).toBe(false);

    const text = readFileSync(keyFile(), 'utf8');
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'tillbook-safe-storage/1', backend: 'gnome_libsecret' });
    for (const key of [first.value.root, first.value.db]) {
      expect(text).not.toContain(Buffer.from(key).toString('hex'));
      expect(text).not.toContain(Buffer.from(key).toString('base64'));
    }
    if (process.platform !== 'win32') expect(statSync(keyFile()).mode & 0o777).toBe(0o600);

    const second = await provider(store).unlock();
    if (!second.ok) throw new Error(second.error.message);
    expect(Buffer.from(second.value.root)).toStrictEqual(Buffer.from(first.value.root));
    expect(Buffer.from(second.value.db)).toStrictEqual(Buffer.from(first.value.db));
    expect(second.value.pendingDb).toBeUndefined();
  });

  test.each(['basic_text', 'unknown'] as const)('Linux %s is refused and nothing is written', async (backend) => {
    const store = new FakeSafeStorage(backend);
    const error = refusal(await provider(store).unlock());
    expect(error.reason).toBe('insecure_backend');
    expect(error.message).toContain('passphrase');
    expect(existsSync(keyFile())).toBe(false);
    expect(store.calls).not.toContain('encrypt');
  });

  test('basic_text is refused even when a key file already exists', async () => {
    const store = new FakeSafeStorage('gnome_libsecret');
    expect((await provider(store).unlock()).ok).toBe(true);
    store.backend = 'basic_text';
    expect(refusal(await provider(store).unlock()).reason).toBe('insecure_backend');
  });

  test('a changed backend is refused and the stored blob is left byte for byte', async () => {
    const store = new FakeSafeStorage('kwallet5');
    expect((await provider(store).unlock()).ok).toBe(true);
    const before = readFileSync(keyFile());
    store.backend = 'gnome_libsecret';
    const error = refusal(await provider(store).unlock());
    expect(error.reason).toBe('backend_changed');
    expect(error.message).toContain('kwallet5');
    expect(error.message).toContain('gnome_libsecret');
    expect(readFileSync(keyFile()).equals(before)).toBe(true);
    expect(store.calls.filter((c) => c === 'encrypt')).toHaveLength(1);
  });

  test('an unavailable key store is refused', async () => {
    const store = new FakeSafeStorage();
    store.available = false;
    expect(refusal(await provider(store).unlock()).reason).toBe('unavailable');
    expect(existsSync(keyFile())).toBe(false);
  });

  test('a database without its key file is refused, no new keys are minted', async () => {
    writeFileSync(dbFile(), 'existing ledger');
    const store = new FakeSafeStorage();
    const error = refusal(await provider(store).unlock());
    expect(error.reason).toBe('key_file_missing');
    expect(error.code).toBe('key_file_missing');
    expect(existsSync(keyFile())).toBe(false);
  });

  test('a tampered or foreign blob is refused', async () => {
    const store = new FakeSafeStorage();
    expect((await provider(store).unlock()).ok).toBe(true);
    const file = JSON.parse(readFileSync(keyFile(), 'utf8')) as Record<string, string>;
    const forged = await store.encryptStringAsync('tillbook-keys/1:short:short');
    writeFileSync(keyFile(), JSON.stringify({ ...file, current: forged.toString('base64') }));
    expect(refusal(await provider(store).unlock()).reason).toBe('decrypt_failed');
    writeFileSync(keyFile(), JSON.stringify({ ...file, current: Buffer.from('garbage').toString('base64') }));
    expect(refusal(await provider(store).unlock()).reason).toBe('decrypt_failed');
    writeFileSync(keyFile(), '{"format":"something else"}');
    expect(refusal(await provider(store).unlock()).reason).toBe('key_file_invalid');
  });

  test('shouldReEncrypt re-wraps the same keys under the same backend', async () => {
    const store = new FakeSafeStorage();
    const first = await provider(store).unlock();
    const before = readFileSync(keyFile(), 'utf8');
    store.shouldReEncrypt = true;
    const encryptsBefore = store.calls.filter((c) => c === 'encrypt').length;
    const second = await provider(store).unlock();
    if (!first.ok || !second.ok) throw new Error('unlock failed');
    expect(Buffer.from(second.value.db)).toStrictEqual(Buffer.from(first.value.db));
    expect(store.calls.filter((c) => c === 'encrypt').length).toBe(encryptsBefore + 1);
    expect(JSON.parse(readFileSync(keyFile(), 'utf8'))).toMatchObject({ backend: 'gnome_libsecret' });
    expect(readFileSync(keyFile(), 'utf8')).toBe(before); // the fake cipher is deterministic
  });

  test.each([
    ['darwin', 'keychain'],
    ['win32', 'dpapi'],
  ] as const)('on %s the backend is %s and the Linux-only API is not called', async (platform, backend) => {
    const store = new FakeSafeStorage();
    store.getSelectedStorageBackend = vi.fn(() => {
      throw new Error('getSelectedStorageBackend is Linux only');
    });
    const result = await provider(store, platform).unlock();
    expect(result.ok).toBe(true);
    expect(JSON.parse(readFileSync(keyFile(), 'utf8'))).toMatchObject({ backend });
  });
});
