// A data directory whose database is older than its chain anchor (issue 7 §1): set up, copy the
// database aside, make a change (a manager demoted), stop, copy the old file back. Opened through
// the hosts' own sequence (ipc/handlers/recoverable-app.ts), so a test sees what a till would mount.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync } from 'node:fs';
import { EventHub } from '../../electron/main/app/event-sink';
import { fixedKeys, type KeySource } from '../../electron/main/app/open-data-dir';
import { memorySettingsStore } from '../../electron/main/core/settings/settings-store';
import { dataDirPaths } from '../../electron/main/db/data-dir';
import { openRecoverableApp, type LiveApp, type RecoverableOptions } from '../../electron/main/ipc/handlers/recoverable-app';
import type { Transport } from '../../electron/main/ipc/call-context';
import type { Result } from '../../shared/domain/result';
import { expectOk, OWNER, setupInput } from './test-app';
import { FixedClock, tempDir } from './test-db';

export const ROLLED_BACK_MANAGER = { staffCode: 'mgr1', secret: '135790' } as const;

export type RolledBack = {
  readonly dir: string;
  /** The directory's keys, for a host's own key provider. */
  readonly keySource: KeySource;
  /** Opens the directory as a host does: the recovery dispatch while it is rolled back. */
  open(overrides?: Partial<RecoverableOptions>): Promise<LiveApp>;
  call(live: LiveApp, key: string, input: unknown, transport?: Transport): Promise<Result<unknown>>;
  cleanup(): void;
};

export async function rolledBackDir(): Promise<RolledBack> {
  const { dir, cleanup } = tempDir('tillbook-rolled-back-');
  const keys = { root: randomBytes(32), db: randomBytes(32) };
  const settings = memorySettingsStore();
  const open = async (overrides: Partial<RecoverableOptions> = {}): Promise<LiveApp> => {
    const opened = await openRecoverableApp({
      dir, keySource: fixedKeys(keys), settings, events: new EventHub(), clock: new FixedClock(),
      appVersion: '0.0.0-test', log: { error: () => undefined }, secretHashCost: { N: 1024 }, ...overrides,
    });
    if (!opened.ok) throw new Error(`${opened.error.code}: ${opened.error.message}`);
    return opened.value;
  };
  const call = (live: LiveApp, key: string, input: unknown, transport: Transport = 'ipc') => live.dispatch(key, input, transport);

  const first = await open();
  expectOk(await call(first, 'setup.complete', setupInput()));
  expectOk(await call(first, 'staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }));
  const manager = expectOk<{ id: string }>(await call(first, 'staff.create', {
    displayName: 'Mo Manager', staffCode: ROLLED_BACK_MANAGER.staffCode, role: 'manager', secretKind: 'pin', secret: ROLLED_BACK_MANAGER.secret,
  }));
  await first.close();
  const { db } = dataDirPaths(dir);
  const aside = `${dir}/aside.db`;
  // Closed databases are checkpointed: no WAL is left to copy.
  if (existsSync(`${db}-wal`)) throw new Error('a WAL was left behind');
  copyFileSync(db, aside);

  const second = await open();
  expectOk(await call(second, 'staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }));
  expectOk(await call(second, 'staff.setRole', { targetStaffId: manager.id, role: 'cashier' }));
  await second.close();
  copyFileSync(aside, db);
  return { dir, keySource: fixedKeys(keys), open, call, cleanup };
}
