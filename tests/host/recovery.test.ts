// The web host over a database older than its chain anchor (issue 7 §1): it used to print one
// line and exit; now openHostApp mounts the recovery dispatch, the server answers through it, and
// an owner's confirmation over HTTP swaps the full app in on the same server.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHostApp, type HostApp } from '../../electron/host/open-app';
import { startHost, type RunningHost } from '../../electron/host/server';
import { PRODUCTION_KDF } from '../../electron/main/db/passphrase-key-wrap';
import { dataDirPaths } from '../../electron/main/db/data-dir';
import { expectOk, OWNER, setupInput } from '../support/test-app';
import { JSON_HEADERS, makeRendererDir, send } from './support';

const PASSPHRASE = 'correct horse battery staple';
const logged: string[] = [];

let root: string;
let dataDir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tillbook-host-recovery-'));
  dataDir = join(root, 'data');
  logged.length = 0;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function open(): Promise<HostApp> {
  const opened = await openHostApp({
    dataDir, passphrase: PASSPHRASE, kdf: { ...PRODUCTION_KDF, N: 1024 }, appVersion: '9.9.9-test',
    secretHashCost: { N: 1024 }, logSink: (line) => logged.push(line),
  });
  if (!opened.ok) throw new Error(`${opened.error.code}: ${opened.error.message}`);
  return opened.value;
}

/** Set up, keep the database aside, change something, stop, put the older copy back. */
async function rollBack(): Promise<void> {
  const first = await open();
  expectOk(await first.app.dispatch('setup.complete', setupInput(), 'http'));
  await first.app.close();
  const { db } = dataDirPaths(dataDir);
  expect(existsSync(`${db}-wal`)).toBe(false);
  copyFileSync(db, join(root, 'aside.db'));
  const second = await open();
  expectOk(await second.app.dispatch('staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }, 'http'));
  expectOk(await second.app.dispatch('settings.update', { merchantName: 'Renamed Shop' }, 'http'));
  await second.app.close();
  copyFileSync(join(root, 'aside.db'), db);
}

describe('the web host over a rolled-back ledger', () => {
  it('serves the recovery dispatch, and after the owner accepted, the full app on the same server', async () => {
    await rollBack();
    const opened = await open();
    expect(opened.app.mode()).toBe('recovery');
    const renderer = makeRendererDir();
    let host: RunningHost | undefined;
    try {
      host = await startHost({ dispatch: opened.app.dispatch, events: opened.events, rendererDir: renderer.rendererDir });
      const port = host.port;
      const headers = { ...JSON_HEADERS, Authorization: `Bearer ${host.apiToken}` };
      const call = async (key: string, body: unknown) =>
        JSON.parse((await send(port, { method: 'POST', path: `/api/${key}`, headers, body: JSON.stringify(body) })).body) as {
          ok: boolean; value?: Record<string, unknown>; error?: { code: string };
        };

      const status = await call('system.status', {});
      expect(status.value?.['rollback']).toMatchObject({ reason: 'behind_anchor' });
      expect((await call('settings.public', {})).error?.code).toBe('database_rolled_back');
      expect((await call('anchor.acceptRollback', { staffCode: OWNER.staffCode, secret: '000000' })).error?.code).toBe('bad_credentials');
      expect(opened.app.mode()).toBe('recovery');

      expect((await call('anchor.acceptRollback', { staffCode: OWNER.staffCode, secret: OWNER.secret })).ok).toBe(true);
      expect(opened.app.mode()).toBe('app');
      expect((await call('system.status', {})).value?.['rollback']).toBeUndefined();
      expect((await call('settings.public', {})).ok).toBe(true);
      expect(logged).toEqual([]);
    } finally {
      await host?.close();
      await opened.app.close();
      renderer.cleanup();
    }
  });
});
