import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { openLedgerDatabase } from '../../electron/main/db/data-dir';
import { keyStoreAnchorSlot, openAnchorStore, type AnchorStore } from '../../electron/main/platform/key-store-anchor';
import type { SafeStorageApi } from '../../electron/main/platform/safe-storage-key-provider';
import { FixedClock } from '../support/test-db';
import { createDataDir, openAccounts, withStore, type TestDataDir } from '../db/db-fixtures';

type Backend = ReturnType<SafeStorageApi['getSelectedStorageBackend']>;

/** The OS key store: a reversible "cipher" keyed by the backend; another backend cannot read it. */
function fakeSafeStorage(backend: Backend = 'gnome_libsecret'): SafeStorageApi & { backend: Backend } {
  const xor = (data: Buffer, b: string) => Buffer.from(data.map((byte, i) => byte ^ (b.charCodeAt(i % b.length) & 0xff)));
  const fake = {
    backend,
    getSelectedStorageBackend: () => fake.backend,
    isAsyncEncryptionAvailable: () => Promise.resolve(true),
    encryptStringAsync: (text: string) => Promise.resolve(Buffer.concat([Buffer.from(fake.backend.slice(0, 4)), xor(Buffer.from(text), fake.backend)])),
    decryptStringAsync: (blob: Buffer) => blob.subarray(0, 4).toString() === fake.backend.slice(0, 4)
      ? Promise.resolve({ shouldReEncrypt: false, result: xor(blob.subarray(4), fake.backend).toString() })
      : Promise.reject(new Error('not ours')),
  };
  return fake;
}

function memoryStore(): AnchorStore & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return { values, get: (key) => values.get(key), set: (key, value) => void values.set(key, value) };
}

describe('the chain anchor in the OS key store', () => {
  let data: TestDataDir;
  beforeEach(async () => {
    data = await createDataDir();
  });
  afterEach(async () => data.cleanup());

  test('seals the anchor where the key store is secure, keeps it plain where it is not, and reads it back', async () => {
    const store = memoryStore();
    const safeStorage = fakeSafeStorage();
    const slot = keyStoreAnchorSlot({ safeStorage, platform: 'linux', store });
    await slot.write('{"anchor":1}');
    const stored = store.values.get('anchor') as { sealed?: string };
    expect(typeof stored.sealed).toBe('string');
    expect(JSON.stringify(stored)).not.toContain('anchor":1');
    await expect(slot.read()).resolves.toBe('{"anchor":1}');
    // Another key store cannot read it: it vouches for nothing, and the open is refused.
    safeStorage.backend = 'kwallet5';
    await expect(slot.read()).resolves.toBe('unreadable');

    const plainStore = memoryStore();
    const insecure = keyStoreAnchorSlot({ safeStorage: fakeSafeStorage('basic_text'), platform: 'linux', store: plainStore });
    await insecure.write('{"anchor":2}');
    expect(plainStore.values.get('anchor')).toStrictEqual({ plain: '{"anchor":2}' });
    await expect(insecure.read()).resolves.toBe('{"anchor":2}');
    await expect(keyStoreAnchorSlot({ safeStorage, platform: 'linux', store: memoryStore() }).read()).resolves.toBeUndefined();
  });

  test('keeps the sealed anchor in tillbook-anchor.json under userData, 0600', async () => {
    const store = openAnchorStore(data.dir);
    const slot = keyStoreAnchorSlot({ safeStorage: fakeSafeStorage(), platform: 'linux', store });
    await slot.write('{"anchor":3}');
    await expect(keyStoreAnchorSlot({ safeStorage: fakeSafeStorage(), platform: 'linux', store: openAnchorStore(data.dir) }).read()).resolves.toBe('{"anchor":3}');
    expect(statSync(join(data.dir, 'tillbook-anchor.json')).mode & 0o777).toBe(0o600);
  });

  test('refuses the database and its anchor file rolled back together; a confirmed reset elsewhere is then accepted', async () => {
    const slot = keyStoreAnchorSlot({ safeStorage: fakeSafeStorage(), platform: 'linux', store: memoryStore() });
    await data.ledger.close();
    const open = (withSlot: boolean, onRollback: 'refuse' | 'report' = 'refuse') =>
      openLedgerDatabase(data.dir, data.keys, { ...(withSlot ? { extraSlots: [slot] } : {}), onRollback });
    const first = await open(true);
    if (!first.ok) throw new Error(first.error.message);
    await first.value.close();
    const dbAside = readFileSync(data.paths.db);
    const anchorAside = readFileSync(data.paths.anchor);
    const second = await open(true);
    if (!second.ok) throw new Error(second.error.message);
    await openAccounts((await withStore(second.value, new FixedClock())).store);
    await second.value.close();

    writeFileSync(data.paths.db, dbAside);
    writeFileSync(data.paths.anchor, anchorAside);
    const refused = await open(true);
    expect(refused.ok ? 'opened' : refused.error.message).toMatch(/older copy .* the OS key store|the OS key store.*older copy/);

    // A manager confirms the older copy where the key store is not reachable (the CLI): the file
    // anchor moves to the next epoch, which the key store's later head of the old epoch yields to.
    const cli = await open(false, 'report');
    if (!cli.ok) throw new Error(cli.error.message);
    await cli.value.reanchor();
    await cli.value.close();
    const accepted = await open(true);
    expect(accepted.ok ? 'opened' : accepted.error.message).toBe('opened');
    if (accepted.ok) await accepted.value.close();
  });
});
