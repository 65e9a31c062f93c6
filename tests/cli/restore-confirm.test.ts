import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventHub } from '../../electron/main/app/event-sink';
import { openApp, passphraseKeyProvider } from '../../electron/main/app/open-data-dir';
import { memorySettingsStore } from '../../electron/main/core/settings/settings-store';
import { dataDirPaths } from '../../electron/main/db/data-dir';
import { createApp } from '../../electron/main/ipc/handlers/create-app';
import { OWNER, setupInput } from '../support/test-app';
import { FixedClock, tempDir } from '../support/test-db';
import { expectOneLineFailure, openWithKeys } from './cli-fixtures';
import { PASSPHRASE, runCli } from './run-cli';

/**
 * A restore is a rollback (issue 7 §1): over a ledger with staff it needs a manager or owner of
 * the CURRENT data (whose roles a rollback would undo), and into a directory whose database was
 * lost, an owner of the restored one; nothing is touched by a refusal.
 */
const CASHIER = { staffCode: 'cash7', secret: '2468' };

describe('tillbook restore is confirmed in person', () => {
  const tmp = tempDir('tillbook-restore-confirm-');
  const dir = join(tmp.dir, 'ledger');
  const backup = join(tmp.dir, 'backup.db');
  const secretFile = join(tmp.dir, 'secret.txt');
  const ids = { owner: '', cashier: '' };
  const keySource = (d: string) => passphraseKeyProvider({ dir: d, passphrase: () => Promise.resolve(PASSPHRASE), kdf: { N: 4096, r: 8, p: 1 } });
  const start = (d: string) => openApp({
    dir: d, keySource: keySource(d), settings: memorySettingsStore(), events: new EventHub(), clock: new FixedClock(), appVersion: 't',
    log: { error: () => undefined }, secretHashCost: { N: 1024 }, build: createApp,
  });
  const restore = (target: string, who?: { staffCode: string; secret: string }) => {
    if (who) writeFileSync(secretFile, `${who.secret}\n`, { mode: 0o600 });
    return runCli(['restore', '--data-dir', target, '--from', backup, '--yes', ...(who ? ['--staff-code', who.staffCode, '--secret-file', secretFile] : [])]);
  };
  const anchorResets = async (target: string) => {
    const ledger = await openWithKeys(target);
    try {
      const rows = await ledger.db.tx.read((tx) => tx.all("SELECT ref_id IS NOT NULL AS by_staff, detail FROM audit JOIN journal USING (seq) WHERE kind = 'audit.anchorReset'"));
      return rows.map((r) => ({ byStaff: r['by_staff'] === 1, ...(JSON.parse(String(r['detail'])) as { cause: string }) }));
    } finally {
      await ledger.close();
    }
  };

  beforeAll(async () => {
    const app = await start(dir);
    if (!app.ok) throw new Error(app.error.message);
    const setup = await app.value.dispatch('setup.complete', setupInput(), 'ipc');
    ids.owner = setup.ok ? (setup.value as { ownerId: string }).ownerId : '';
    expect((await app.value.dispatch('staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }, 'ipc')).ok).toBe(true);
    const cashier = await app.value.dispatch('staff.create', { displayName: 'Cas Cashier', role: 'cashier', secretKind: 'pin', ...CASHIER }, 'ipc');
    ids.cashier = cashier.ok ? (cashier.value as { id: string }).id : '';
    await app.value.close();
    const made = await runCli(['backup', '--data-dir', dir, '--out', backup]);
    expect(made.code, made.stderr).toBe(0);
    const later = await start(dir);
    if (!later.ok) throw new Error(later.error.message);
    expect((await later.value.dispatch('staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }, 'ipc')).ok).toBe(true);
    await later.value.close();
  });
  afterAll(() => tmp.cleanup());

  it('over a ledger with staff: refused without a code, with a wrong secret and for a cashier; done by the owner', async () => {
    expectOneLineFailure(await restore(dir), 2, /pass --staff-code of a manager or owner of the current data/);
    expectOneLineFailure(await restore(dir, { staffCode: OWNER.staffCode, secret: '999999' }), 1, /bad_credentials|wrong/);
    expectOneLineFailure(await restore(dir, CASHIER), 1, /only a manager or an owner may confirm this/);
    // The refusals replaced nothing (they are audited in the current data, which still verifies).
    expect(existsSync(`${dataDirPaths(dir).db}.restoring`)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('pre-restore'))).toEqual([]);
    expect((await runCli(['verify', '--data-dir', dir])).code).toBe(0);

    const done = await restore(dir, OWNER);
    expect(done.code, done.stderr).toBe(0);
    expect((await runCli(['verify', '--data-dir', dir])).code).toBe(0);
    expect(await anchorResets(dir)).toEqual([expect.objectContaining({ cause: 'backup_restored', byStaff: true })]);
  });

  it('into a directory whose database was lost: an owner of the restored data accepts it; a cashier cannot', async () => {
    const lost = join(tmp.dir, 'lost');
    mkdirSync(lost);
    copyFileSync(dataDirPaths(dir).keyFile, dataDirPaths(lost).keyFile);
    expectOneLineFailure(await restore(lost, CASHIER), 1, /only an owner may confirm this.*stays refused until an owner runs tillbook accept-rollback/);
    expectOneLineFailure(await runCli(['verify', '--data-dir', lost]), 1, /accept-rollback/);
    writeFileSync(secretFile, `${OWNER.secret}\n`, { mode: 0o600 });
    const accepted = await runCli(['accept-rollback', '--data-dir', lost, '--staff-code', OWNER.staffCode, '--secret-file', secretFile, '--yes']);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect((await runCli(['verify', '--data-dir', lost])).code).toBe(0);
    expect(await anchorResets(lost)).toEqual([expect.objectContaining({ cause: 'rollback_accepted', byStaff: true })]);
  });
});
