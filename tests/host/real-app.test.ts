import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../electron/main/core/settings/settings-store';
import { dataDirPaths } from '../../electron/main/db/data-dir';
import { PRODUCTION_KDF } from '../../electron/main/db/passphrase-key-wrap';
import { openSettingsFile } from '../../electron/main/db/settings-file';
import { isFirstRun, openDataDir as openWithKeys, passphraseKeyProvider } from '../../electron/main/app/open-data-dir';
import { openHostApp, type HostApp } from '../../electron/host/open-app';
import { startHost, type RunningHost } from '../../electron/host/server';
import { JSON_HEADERS, makeRendererDir, send } from './support';

const PASSPHRASE = 'correct horse battery staple';
const TEST_KDF = { ...PRODUCTION_KDF, N: 1024 };
const logged: string[] = [];
const logSink = (line: string): void => {
  logged.push(line);
};
/** The one opening sequence with the web host's key provider (passphrase KEK, test scrypt cost). */
const openDataDir = (dir: string, passphrase: string, kdf: typeof TEST_KDF) =>
  openWithKeys(dir, passphraseKeyProvider({ dir, passphrase: () => Promise.resolve(passphrase), kdf }));
afterAll(() => {
  expect(logged).toEqual([]);
});

let dir: string;
let opened: HostApp;
let host: RunningHost;
let renderer: ReturnType<typeof makeRendererDir>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tillbook-host-app-'));
  renderer = makeRendererDir();
  const result = await openHostApp({
    dataDir: join(dir, 'data'),
    passphrase: PASSPHRASE,
    kdf: TEST_KDF,
    appVersion: '9.9.9-test',
    logSink,
    secretHashCost: { N: 1024 },
  });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  opened = result.value;
  host = await startHost({ dispatch: opened.app.dispatch, events: opened.events, rendererDir: renderer.rendererDir });
});

afterAll(async () => {
  await host?.close();
  await opened?.app.close();
  renderer?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const call = (key: string, body: unknown) =>
  send(host.port, {
    method: 'POST',
    path: `/api/${key}`,
    headers: { ...JSON_HEADERS, Authorization: `Bearer ${host.apiToken}` },
    body: JSON.stringify(body),
  });

describe('the web host over the real createApp and dispatch', () => {
  it('answers system.status from a new encrypted ledger', async () => {
    const reply = await call('system.status', {});
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as { ok: boolean; value: Record<string, unknown> };
    expect(result.ok).toBe(true);
    expect(result.value).toMatchObject({
      appVersion: '9.9.9-test',
      setupDone: false,
      session: 'signedOut',
      database: { encrypted: true },
    });
  });

  it('answers schema and session failures as 200 with ok:false', async () => {
    const extra = await call('system.status', { staffId: 'x' });
    expect(extra.status).toBe(200);
    expect(JSON.parse(extra.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const list = await call('staff.list', {});
    expect(list.status).toBe(200);
    expect(JSON.parse(list.body)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('reads settings through conf (defaults until written); signed out, only the public view', async () => {
    const reply = await call('settings.public', {});
    const { terminalName, merchantName, locale, currency, theme, density } = DEFAULT_SETTINGS;
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { terminalName, merchantName, locale, currency, theme, density } });
    expect(JSON.parse((await call('settings.get', {})).body)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('created the key file and the database in the data dir', async () => {
    expect(await isFirstRun(join(dir, 'data'))).toBe(false);
    expect(await isFirstRun(join(dir, 'nothing-here'))).toBe(true);
  });
});

describe('openDataDir', () => {
  it('reopens with the right passphrase and refuses a wrong one', async () => {
    const other = join(dir, 'second');
    const first = await openDataDir(other, PASSPHRASE, TEST_KDF);
    expect(first.ok).toBe(true);
    if (first.ok) await first.value.dataDir.close();
    const wrong = await openDataDir(other, 'not the passphrase at all', TEST_KDF);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong_key' } });
    const again = await openDataDir(other, PASSPHRASE, TEST_KDF);
    expect(again.ok).toBe(true);
    if (again.ok) await again.value.dataDir.close();
  });

  it('refuses a weak passphrase on first run and a database without its key file', async () => {
    const weak = await openDataDir(join(dir, 'weak'), 'short', TEST_KDF);
    expect(weak).toMatchObject({ ok: false, error: { code: 'weak_passphrase' } });
    const orphan = join(dir, 'orphan');
    const made = await openDataDir(orphan, PASSPHRASE, TEST_KDF);
    if (made.ok) await made.value.dataDir.close();
    rmSync(dataDirPaths(orphan).keyFile);
    const reopened = await openDataDir(orphan, PASSPHRASE, TEST_KDF);
    expect(reopened).toMatchObject({ ok: false, error: { code: 'key_file_missing' } });
  });
});

describe('settings file in the data directory', () => {
  it('round-trips settings in <dataDir>/settings.json with mode 0600', () => {
    const settingsDir = join(dir, 'settings');
    const store = openSettingsFile(settingsDir);
    expect(store.read()).toBeUndefined();
    const next = { ...DEFAULT_SETTINGS, theme: 'dark' as const, idleLockMinutes: 5 };
    store.write(next);
    expect(store.path).toBe(join(settingsDir, 'settings.json'));
    expect(openSettingsFile(settingsDir).read()).toEqual(next);
    if (process.platform !== 'win32') expect(statSync(store.path).mode & 0o777).toBe(0o600);
  });

  it('reads a file that breaks the schema as no settings, and refuses to write one', () => {
    const settingsDir = join(dir, 'settings-bad');
    const store = openSettingsFile(settingsDir);
    store.write(DEFAULT_SETTINGS);
    writeFileSync(store.path, JSON.stringify({ ...DEFAULT_SETTINGS, idleLockMinutes: 600 }));
    expect(openSettingsFile(settingsDir).read()).toBeUndefined();
    expect(() => store.write({ ...DEFAULT_SETTINGS, idleLockMinutes: 600 })).toThrow();
  });
});
