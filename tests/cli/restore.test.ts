import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventHub } from '../../electron/main/app/event-sink';
import { openApp, passphraseKeyProvider } from '../../electron/main/app/open-data-dir';
import { memorySettingsStore } from '../../electron/main/core/settings/settings-store';
import { dataDirPaths } from '../../electron/main/db/data-dir';
import { META_KEYS, readMeta } from '../../electron/main/db/repositories/meta.repo';
import { createApp } from '../../electron/main/ipc/handlers/create-app';
import { OWNER, setupInput } from '../support/test-app';
import { FixedClock, tempDir, TEST_ACTOR } from '../support/test-db';
import { newId } from '../../shared/domain/ids';
import { expectOneLineFailure, openWithKeys, populate } from './cli-fixtures';
import { PASSPHRASE, runCli } from './run-cli';

describe('tillbook restore', () => {
  const tmp = tempDir('tillbook-restore-');
  const dir = join(tmp.dir, 'ledger');
  const backup = join(tmp.dir, 'backup.db');
  let backupEntries = 0;

  beforeAll(async () => {
    expect((await runCli(['init', '--data-dir', dir])).code).toBe(0);
    ({ entries: backupEntries } = await populate(dir, 3));
    const made = await runCli(['backup', '--data-dir', dir, '--out', backup]);
    expect(made.code, made.stderr).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it('round trip: backup → changes → restore (naming what would be lost) → verify', async () => {
    await populateMore(dir);
    expect((await runCli(['verify', '--data-dir', dir])).stdout).toBe(`chain ok: ${backupEntries + 3} entries\n`);

    // Without a terminal and without --yes nothing happens.
    expectOneLineFailure(await runCli(['restore', '--data-dir', dir, '--from', backup]), 2, /current data has 3 journal entries .* pass --yes to confirm/);
    expect(existsSync(`${dataDirPaths(dir).db}.restoring`)).toBe(false);
    expect((await runCli(['verify', '--data-dir', dir])).stdout).toBe(`chain ok: ${backupEntries + 3} entries\n`);

    const restored = await runCli(['restore', '--data-dir', dir, '--from', backup, '--yes']);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^restored .*backup\.db into .* \(current data has 3 journal entries \/ \d+ minutes more than the backup\); the previous database is kept as .*tillbook\.db\.pre-restore-\d+\n$/);
    expect(readdirSync(dir).some((name) => name.startsWith('tillbook.db.pre-restore-'))).toBe(true);
    // Audited (one entry more than the backup) and re-anchored: it opens and verifies.
    const verify = await runCli(['verify', '--data-dir', dir]);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toBe(`chain ok: ${backupEntries + 1} entries\n`);
  });

  it('refuses a missing file, a backup of another ledger, a backup that fails verify, and a running host; the ledger is untouched', async () => {
    const before = await runCli(['verify', '--data-dir', dir]);
    expectOneLineFailure(await runCli(['restore', '--data-dir', dir, '--from', join(tmp.dir, 'nope.db'), '--yes']), 1, /no backup file at .*nope\.db/);

    const other = join(tmp.dir, 'other');
    expect((await runCli(['init', '--data-dir', other])).code).toBe(0);
    const foreign = join(tmp.dir, 'foreign.db');
    expect((await runCli(['backup', '--data-dir', other, '--out', foreign])).code).toBe(0);
    expectOneLineFailure(await runCli(['restore', '--data-dir', dir, '--from', foreign, '--yes']), 1, /does not open with the key file of .* another ledger/);

    // A backup edited with the database key: a transfer amount changed, the chain no longer matches.
    const tamperedDir = join(tmp.dir, 'tampered');
    mkdirSync(tamperedDir);
    copyFileSync(backup, dataDirPaths(tamperedDir).db);
    const opened = await openWithKeysOf(dir, tamperedDir);
    const tampered = join(tmp.dir, 'tampered.db');
    copyFileSync(opened, tampered);
    expectOneLineFailure(await runCli(['restore', '--data-dir', dir, '--from', tampered, '--yes']), 1, /the backup fails verify: seq \d+/);

    const running = await openWithKeys(dir);
    try {
      expectOneLineFailure(await runCli(['restore', '--data-dir', dir, '--from', backup, '--yes']), 1, /is in use \(stop the till or tillbook serve first\)/);
    } finally {
      await running.close();
    }
    const after = await runCli(['verify', '--data-dir', dir]);
    expect(after.stdout).toBe(before.stdout);
    expect(existsSync(`${dataDirPaths(dir).db}.restoring`)).toBe(false);
  });

  it('restores into a data directory whose database was lost (the key file kept)', async () => {
    const lost = join(tmp.dir, 'lost');
    mkdirSync(lost);
    copyFileSync(dataDirPaths(dir).keyFile, dataDirPaths(lost).keyFile);
    const run = await runCli(['restore', '--data-dir', lost, '--from', backup, '--yes']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\(there is no current data\)/);
    const verify = await runCli(['verify', '--data-dir', lost]);
    expect(verify.stdout).toBe(`chain ok: ${backupEntries + 1} entries\n`);
  });

  it('reads the passphrase from --passphrase-file, and refuses an unreadable one', async () => {
    const file = join(tmp.dir, 'passphrase.txt');
    writeFileSync(file, `${PASSPHRASE}\n`, { mode: 0o600 });
    const run = await runCli(['verify', '--data-dir', dir, '--passphrase-file', file], { TILLBOOK_PASSPHRASE: undefined });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^chain ok: \d+ entries\n$/);
    expectOneLineFailure(await runCli(['verify', '--data-dir', dir, '--passphrase-file', join(tmp.dir, 'none.txt')], { TILLBOOK_PASSPHRASE: undefined }), 1, /cannot read the passphrase file/);
    expect((await runCli(['--help'])).stdout).toContain('--passphrase-file FILE');
  });
});

describe('tillbook verify and accept-rollback after a database was copied back', () => {
  const tmp = tempDir('tillbook-rollback-cli-');
  const dir = join(tmp.dir, 'ledger');
  afterAll(() => tmp.cleanup());

  it('verify refuses the older copy and names the way forward; accept-rollback (an owner, confirmed) re-anchors and audits', async () => {
    const keySource = passphraseKeyProvider({ dir, passphrase: () => Promise.resolve(PASSPHRASE), kdf: { N: 4096, r: 8, p: 1 } });
    const start = () => openApp({
      dir, keySource, settings: memorySettingsStore(), events: new EventHub(), clock: new FixedClock(), appVersion: 't',
      log: { error: () => undefined }, secretHashCost: { N: 1024 }, build: createApp,
    });
    const first = await start();
    if (!first.ok) throw new Error(first.error.message);
    expect((await first.value.dispatch('setup.complete', setupInput(), 'ipc')).ok).toBe(true);
    await first.value.close();
    const aside = join(tmp.dir, 'aside.db');
    copyFileSync(dataDirPaths(dir).db, aside);
    const second = await start();
    if (!second.ok) throw new Error(second.error.message);
    expect((await second.value.dispatch('staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }, 'ipc')).ok).toBe(true);
    expect((await second.value.dispatch('settings.update', { terminalName: 'Till 9' }, 'ipc')).ok).toBe(true);
    await second.value.close();
    copyFileSync(aside, dataDirPaths(dir).db);

    expectOneLineFailure(await runCli(['verify', '--data-dir', dir]), 1, /an older copy of the database was put back.*tillbook accept-rollback --data-dir/);
    const secretFile = join(tmp.dir, 'secret.txt');
    writeFileSync(secretFile, '000000\n', { mode: 0o600 });
    expectOneLineFailure(await runCli(['accept-rollback', '--data-dir', dir, '--staff-code', OWNER.staffCode, '--secret-file', secretFile, '--yes']), 1, /bad_credentials/);
    expectOneLineFailure(await runCli(['accept-rollback', '--data-dir', dir, '--staff-code', OWNER.staffCode, '--secret-file', secretFile]), 2, /pass --yes/);
    writeFileSync(secretFile, `${OWNER.secret}\n`);
    const accepted = await runCli(['accept-rollback', '--data-dir', dir, '--staff-code', OWNER.staffCode, '--secret-file', secretFile, '--yes']);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toMatch(/^accepted the database in .* at entry \d+ \(anchor was \d+\); re-anchored\n$/);
    const verify = await runCli(['verify', '--data-dir', dir]);
    expect(verify.code, verify.stderr).toBe(0);
    // `tillbook verify` keeps its summary in meta, as the app's verify use case does.
    const ledger = await openWithKeys(dir);
    try {
      const stored = JSON.parse((await readMeta(ledger.db, META_KEYS.lastVerify)) ?? 'null') as { ok: boolean } | null;
      expect(stored?.ok).toBe(true);
      const audits = await ledger.db.tx.read((tx) => tx.all("SELECT detail FROM audit JOIN journal USING (seq) WHERE kind = 'audit.anchorReset'"));
      expect(audits.map((row) => JSON.parse(String(row['detail'])) as { cause: string })).toMatchObject([{ cause: 'rollback_accepted' }]);
    } finally {
      await ledger.close();
    }
    expectOneLineFailure(await runCli(['accept-rollback', '--data-dir', dir, '--staff-code', OWNER.staffCode, '--secret-file', secretFile, '--yes']), 1, /nothing to accept/);
  });
});

/** Three more journal entries (a sale each) on an existing CLI ledger. */
async function populateMore(dir: string): Promise<void> {
  const ledger = await openWithKeys(dir);
  try {
    const accounts = await ledger.db.tx.read((tx) => tx.all("SELECT lower(hex(id)) AS id, kind FROM account WHERE kind IN ('till', 'wallet')"));
    const id = (kind: string): string => {
      const hex = String(accounts.find((a) => a['kind'] === kind)?.['id']);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    };
    for (let i = 0; i < 3; i += 1) {
      const legs = [{ kind: 'single' as const, id: newId(), currency: 'EUR', debitAccountId: id('wallet'), creditAccountId: id('till'), amountMinor: 5, code: 'sale' }];
      const outcome = await ledger.store.submitBatch({ id: newId(), legs }, TEST_ACTOR);
      if (!outcome.ok) throw new Error(outcome.error.message);
    }
  } finally {
    await ledger.close();
  }
}

/**
 * A copy of the backup in `scratch`, with a transfer changed under `keysOf`'s database key (the
 * append-only trigger dropped, as an editor with the key would); returns the edited file.
 */
async function openWithKeysOf(keysOf: string, scratch: string): Promise<string> {
  const { SqlConnection } = await import('../../electron/main/db/driver');
  const { keyPragma } = await import('../../electron/main/db/connection');
  const { unlockKeyFile } = await import('../../electron/main/db/passphrase-key-wrap');
  const keys = await unlockKeyFile(dataDirPaths(keysOf).keyFile, PASSPHRASE);
  if (!keys.ok) throw new Error(keys.error.message);
  const connection = await SqlConnection.open(dataDirPaths(scratch).db);
  try {
    await connection.runOnce(keyPragma(keys.value.db));
    await connection.exec('DROP TRIGGER transfer_no_update; UPDATE transfer SET amount = amount + 1 WHERE key = (SELECT max(key) FROM transfer)');
  } finally {
    await connection.close();
  }
  return dataDirPaths(scratch).db;
}
