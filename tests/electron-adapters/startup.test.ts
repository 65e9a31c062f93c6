import { writeFileSync } from 'node:fs';

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { err, ok } from '../../shared/domain/result';
import { memorySettingsStore } from '../../electron/main/core/settings/settings-store';
import { dataDirPaths, type OpenDataDir } from '../../electron/main/db/data-dir';
import type { KeyProvider } from '../../electron/main/db/key-provider';
import { EventHub } from '../../electron/main/app/event-sink';
import type { App } from '../../electron/main/ipc/handlers/create-app';
import { passphraseKeyProvider } from '../../electron/main/app/open-data-dir';
import { startLedgerApp, type LedgerStartup } from '../../electron/main/platform/startup';
import { FixedClock, tempDir } from '../support/test-db';

const KEYS = { root: new Uint8Array(32).fill(1), db: new Uint8Array(32).fill(2) };
const log = { error: vi.fn() };

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('tillbook-startup-')));
afterEach(() => cleanup());

function fakeLedger(): OpenDataDir & { close: ReturnType<typeof vi.fn> } {
  return { dir, close: vi.fn(() => Promise.resolve()) } as unknown as OpenDataDir & { close: ReturnType<typeof vi.fn> };
}

function startup(overrides: Partial<LedgerStartup>): LedgerStartup {
  const keyProvider: KeyProvider = { kind: 'passphrase', unlock: () => Promise.resolve(ok(KEYS)) };
  return {
    dir,
    keyProvider,
    settings: memorySettingsStore(),
    events: new EventHub(),
    clock: new FixedClock(),
    appVersion: '0.0.0-test',
    log,
    open: vi.fn(() => Promise.resolve(ok(fakeLedger()))),
    init: vi.fn(() => Promise.resolve(ok(fakeLedger()))),
    create: vi.fn(() => Promise.resolve({ dispatch: vi.fn(), close: vi.fn() } as unknown as App)),
    ...overrides,
  };
}

describe('startLedgerApp', () => {
  test('a refused unlock stops before any database is touched', async () => {
    const s = startup({ keyProvider: { kind: 'safe-storage', unlock: () => Promise.resolve(err('forbidden', 'basic_text')) } });
    const result = await startLedgerApp(s);
    expect(result.ok ? 'ok' : result.error.code).toBe('forbidden');
    expect(s.open).not.toHaveBeenCalled();
    expect(s.init).not.toHaveBeenCalled();
    expect(s.create).not.toHaveBeenCalled();
  });

  test('first run (no database file) → init; otherwise → open; the app gets the unlocked keys', async () => {
    const first = startup({});
    expect((await startLedgerApp(first)).ok).toBe(true);
    expect(first.init).toHaveBeenCalledExactlyOnceWith(dir, KEYS, expect.objectContaining({ onError: expect.any(Function) }));
    expect(first.open).not.toHaveBeenCalled();
    expect(first.create).toHaveBeenCalledWith(expect.objectContaining({ keys: KEYS, appVersion: '0.0.0-test' }));

    writeFileSync(dataDirPaths(dir).db, 'existing');
    const later = startup({});
    expect((await startLedgerApp(later)).ok).toBe(true);
    expect(later.open).toHaveBeenCalledExactlyOnceWith(dir, KEYS, expect.objectContaining({ onError: expect.any(Function) }));
    expect(later.init).not.toHaveBeenCalled();
  });

  test('a rolled-back database is refused with what to do next; the extra anchor slots reach the opening', async () => {
    const finding = { reason: 'behind_anchor', headSeq: 3, anchorSeq: 9, slot: 'x' };
    const open = vi.fn(() => Promise.resolve({ ok: false as const, error: { code: 'database_rolled_back' as const, message: 'older copy', finding } }));
    writeFileSync(dataDirPaths(dir).db, 'existing');
    const slot = { name: 'the OS key store', read: () => Promise.resolve(undefined), write: () => Promise.resolve() };
    const result = await startLedgerApp(startup({ open, anchorSlots: [slot] }));
    expect(result.ok ? 'ok' : result.error.code).toBe('database_rolled_back');
    expect(result.ok ? '' : result.error.message).toMatch(/^older copy\. Do not sell on this till\..*accept-rollback --data-dir/);
    expect(open).toHaveBeenCalledWith(dir, KEYS, expect.objectContaining({ extraSlots: [slot] }));
  });

  test('a ledger that does not open is returned as is', async () => {
    const s = startup({ init: () => Promise.resolve(err('wrong_key', 'nope')) });
    const result = await startLedgerApp(s);
    expect(result.ok ? 'ok' : result.error.code).toBe('wrong_key');
    expect(s.create).not.toHaveBeenCalled();
  });

  test('createApp throwing closes the ledger and reports internal', async () => {
    const ledger = fakeLedger();
    const s = startup({
      init: () => Promise.resolve(ok(ledger)),
      create: () => Promise.reject(new Error('boom')),
    });
    const result = await startLedgerApp(s);
    expect(result.ok ? 'ok' : result.error.code).toBe('internal');
    expect(ledger.close).toHaveBeenCalledTimes(1);
  });

  test('end to end with the real database and createApp (passphrase keys, cheap test KDF)', async () => {
    const keyProvider = passphraseKeyProvider({
      dir,
      passphrase: () => Promise.resolve('a long enough passphrase 1'),
      kdf: { N: 1024, r: 8, p: 1 },
    });
    const base = { dir, keyProvider, settings: memorySettingsStore(), events: new EventHub(), clock: new FixedClock(), appVersion: '9.9.9', log };
    const first = await startLedgerApp(base);
    if (!first.ok) throw new Error(`${first.error.code}: ${first.error.message}`);
    const status = await first.value.dispatch('system.status', {}, 'ipc');
    expect(status).toMatchObject({ ok: true, value: { appVersion: '9.9.9', setupDone: false } });
    await first.value.close();

    const again = await startLedgerApp(base);
    if (!again.ok) throw new Error(`${again.error.code}: ${again.error.message}`);
    await expect(again.value.dispatch('system.status', {}, 'ipc')).resolves.toMatchObject({ ok: true });
    await again.value.close();
  });
});
