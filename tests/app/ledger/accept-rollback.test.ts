// The file-copy rollback of issue 7 through the app's own use cases: copy tillbook.db aside,
// demote a manager and lock the owner out, stop, copy the old file back. Before the chain anchor
// the old copy opened and verified; now it is refused, and only a manager's confirmation opens it.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventHub } from '../../../electron/main/app/event-sink';
import { assembleUseCases } from '../../../electron/main/app/assemble';
import { acceptRollback } from '../../../electron/main/app/ledger/accept-rollback';
import { fixedKeys, openApp, openDataDir } from '../../../electron/main/app/open-data-dir';
import { memorySettingsStore } from '../../../electron/main/core/settings/settings-store';
import { dataDirPaths } from '../../../electron/main/db/data-dir';
import type { Database } from '../../../electron/main/db/connection';
import { createApp, type App } from '../../../electron/main/ipc/handlers/create-app';
import type { Result } from '../../../shared/domain/result';
import { expectOk, OWNER, setupInput, type TestApp } from '../../support/test-app';
import { FixedClock, tempDir } from '../../support/test-db';

const MANAGER = { staffCode: 'mgr1', secret: '135790' } as const;
const keys = { root: randomBytes(32), db: randomBytes(32) };
const log = { error: () => undefined };

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('tillbook-rollback-')));
afterEach(() => cleanup());

type Running = App & { call: TestApp['call']; db: Database };
type Opened = Result<Running>;

async function start(): Promise<Opened> {
  const opened = await openApp({
    dir, keySource: fixedKeys(keys), settings: memorySettingsStore(), events: new EventHub(), clock: new FixedClock(),
    appVersion: '0.0.0-test', log, secretHashCost: { N: 1024 }, lockout: { maxFailedAttempts: 1 },
    build: async (deps) => ({ app: await createApp(deps), db: deps.dataDir.db }),
  });
  if (!opened.ok) return opened;
  const { app, db } = opened.value;
  return { ok: true, value: { ...app, db, call: (key, input, transport = 'ipc') => app.dispatch(key, input, transport) } };
}

async function must(opened: Promise<Opened>): Promise<Running> {
  const result = await opened;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Copies the database (checkpointed on close: no WAL is left) aside or back. */
function copyDb(from: string, to: string): void {
  const { db } = dataDirPaths(dir);
  for (const side of [`${db}-wal`, `${db}-shm`]) expect(existsSync(side), side).toBe(false);
  copyFileSync(from, to);
}

async function accept(input: { staffCode: string; secret: string }) {
  const opened = await openDataDir(dir, fixedKeys(keys), {}, { onRollback: 'report' });
  if (!opened.ok) throw new Error(opened.error.message);
  const { dataDir } = opened.value;
  const assembled = await assembleUseCases({
    dataDir, keys, settings: memorySettingsStore(), events: new EventHub(), clock: new FixedClock(), appVersion: 't', log,
  });
  try {
    const { signIn, session, recordAudit } = assembled.useCases;
    return {
      finding: dataDir.rollback,
      result: await acceptRollback({ dataDir, signIn, session, audit: recordAudit, db: dataDir.db })({ ...input, origin: 'cli', cause: 'rollback_accepted' }),
    };
  } finally {
    await assembled.close();
  }
}

describe('a database copied back over a newer one', () => {
  it('is refused on open, and opens again only after an owner confirms it (audited); the demoted manager cannot', async () => {
    const first = await must(start());
    const { ownerId } = expectOk<{ ownerId: string }>(await first.call('setup.complete', setupInput()));
    expectOk(await first.call('staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }));
    const manager = expectOk<{ id: string }>(await first.call('staff.create', {
      displayName: 'Mo Manager', staffCode: MANAGER.staffCode, role: 'manager', secretKind: 'pin', secret: MANAGER.secret,
    }));
    await first.close();
    const { db } = dataDirPaths(dir);
    const aside = `${dir}/aside.db`;
    copyDb(db, aside);

    // The changes the attacker wants gone: the manager demoted, the owner locked out.
    const second = await must(start());
    expectOk(await second.call('staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }));
    expectOk(await second.call('staff.setRole', { targetStaffId: manager.id, role: 'cashier' }));
    expectOk(await second.call('staff.signOut', {}));
    expect((await second.call('staff.signIn', { staffCode: OWNER.staffCode, secret: '999999' })).ok).toBe(false);
    await second.close();

    copyDb(aside, db);
    const refused = await start();
    expect(refused.ok ? 'opened' : refused.error.code).toBe('database_rolled_back');
    expect(refused.ok ? '' : refused.error.message).toMatch(/an older copy of the database was put back/);

    // The way forward: a wrong secret changes nothing; the manager the lost entries demoted is
    // still a manager in the copy, and is refused; an owner confirms it.
    const wrong = await accept({ staffCode: OWNER.staffCode, secret: '000000' });
    expect(wrong.finding?.reason).toBe('behind_anchor');
    expect(wrong.result.ok ? 'ok' : wrong.result.error.code).toBe('bad_credentials');
    expect((await start()).ok).toBe(false);
    const demoted = await accept(MANAGER);
    expect(demoted.result.ok ? 'ok' : demoted.result.error.code).toBe('forbidden');
    expect((await start()).ok).toBe(false);

    const accepted = await accept(OWNER);
    const value = accepted.result.ok ? accepted.result.value : undefined;
    expect(value?.staffId).toBe(ownerId);
    const again = await must(start());
    try {
      expectOk(await again.call('staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }));
      const verified = expectOk<{ ok: boolean }>(await again.call('ledger.verify', {}));
      expect(verified.ok).toBe(true);
      const journal = await again.db.tx.read((tx) => tx.all("SELECT seq, detail FROM audit JOIN journal USING (seq) WHERE kind = 'audit.anchorReset'"));
      expect(journal).toHaveLength(1);
      expect(JSON.parse(String(journal[0]?.['detail']))).toMatchObject({ cause: 'rollback_accepted', finding: 'behind_anchor', anchorSeq: value?.anchorSeq });
    } finally {
      await again.close();
    }
  });

  it('refuses a tampered anchor, and a ledger with entries but no anchor; a normal reopen is fine', async () => {
    const first = await must(start());
    expectOk(await first.call('setup.complete', setupInput()));
    await first.close();
    const reopened = await must(start());
    await reopened.close();

    const anchorFile = dataDirPaths(dir).anchor;
    const anchor = JSON.parse(readFileSync(anchorFile, 'utf8')) as { seq: number };
    writeFileSync(anchorFile, JSON.stringify({ ...anchor, seq: anchor.seq - 1 }));
    const tampered = await start();
    expect(tampered.ok ? 'opened' : tampered.error.message).toMatch(/does not verify under this ledger's key/);

    rmSync(anchorFile);
    const missing = await start();
    expect(missing.ok ? 'opened' : missing.error.code).toBe('database_rolled_back');
    expect(missing.ok ? '' : missing.error.message).toMatch(/journal entries but no anchor/);
  });
});
