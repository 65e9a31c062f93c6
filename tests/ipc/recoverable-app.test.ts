// The in-app way forward from a database older than its chain anchor (issue 7 §1): the hosts
// mount the recovery dispatch instead of quitting, and an owner's confirmation swaps the full app in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type MethodKey } from '../../shared/ipc/contract';
import type { Database } from '../../electron/main/db/connection';
import { createApp } from '../../electron/main/ipc/handlers/create-app';
import type { LiveApp } from '../../electron/main/ipc/handlers/recoverable-app';
import { ROLLED_BACK_MANAGER, rolledBackDir, type RolledBack } from '../support/rolled-back';
import { expectOk, OWNER } from '../support/test-app';
import { validInputs } from './samples';

let rolled: RolledBack;
let live: LiveApp | undefined;
beforeEach(async () => {
  rolled = await rolledBackDir();
});
afterEach(async () => {
  await live?.close();
  live = undefined;
  rolled.cleanup();
});

const code = (reply: { ok: boolean; error?: { code: string } }) => (reply.ok ? 'ok' : reply.error?.code);
type Status = { rollback?: { reason: string; headSeq: number; anchorSeq: number | null }; setupDone: boolean };

describe('a rolled-back data directory', () => {
  it('mounts the recovery dispatch: the status with the finding (no slot path), and nothing else', async () => {
    live = await rolled.open();
    expect(live.mode()).toBe('recovery');
    const status = expectOk<Status>(await rolled.call(live, 'system.status', {}));
    expect(status.setupDone).toBe(true);
    expect(status.rollback).toEqual({ reason: 'behind_anchor', headSeq: expect.any(Number) as number, anchorSeq: expect.any(Number) as number });
    expect(status.rollback!.anchorSeq!).toBeGreaterThan(status.rollback!.headSeq);
    expect(JSON.stringify(status)).not.toContain(rolled.dir);

    const samples = validInputs({ cashierId: '0190f2a0-0000-7000-8000-000000000001' });
    const others = (Object.keys(contract) as MethodKey[]).filter((key) => key !== 'system.status' && key !== 'anchor.acceptRollback');
    expect(others.length).toBeGreaterThan(10);
    for (const key of others) {
      expect(code(await rolled.call(live, key, samples[key][0])), key).toBe('database_rolled_back');
    }
    // Even a correct sign-in is refused: nobody works on the copy before an owner accepted it.
    expect(code(await rolled.call(live, 'staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }))).toBe('database_rolled_back');
    expect(code(await rolled.call(live, 'no.such', {}))).toBe('not_found');
    expect(code(await rolled.call(live, 'anchor.acceptRollback', { staffCode: OWNER.staffCode, secret: OWNER.secret, extra: 1 }))).toBe('invalid_input');
    expect(live.mode()).toBe('recovery');
  });

  it('a wrong secret is bad_credentials and a manager is forbidden: still in recovery, the anchor unmoved', async () => {
    live = await rolled.open();
    expect(code(await rolled.call(live, 'anchor.acceptRollback', { staffCode: OWNER.staffCode, secret: '000000' }, 'http'))).toBe('bad_credentials');
    expect(live.mode()).toBe('recovery');
    // The demoted manager is still a manager in the older copy: an owner must confirm.
    expect(code(await rolled.call(live, 'anchor.acceptRollback', ROLLED_BACK_MANAGER))).toBe('forbidden');
    expect(live.mode()).toBe('recovery');
    await live.close();
    live = await rolled.open();
    expect(live.mode()).toBe('recovery');
  });

  it('an owner accepts it: audited (rollback_accepted), the full app mounted behind the same dispatch, and verify passes', async () => {
    let db: Database | undefined;
    // The full app mounted after the swap, with its database kept for the audit check.
    live = await rolled.open({ create: async (deps) => ((db = deps.dataDir.db), createApp(deps)) });
    const { dispatch } = live;
    expect(db).toBeUndefined();
    const accepted = expectOk<{ headSeq: number; anchorSeq: number | null }>(
      await rolled.call(live, 'anchor.acceptRollback', { staffCode: OWNER.staffCode, secret: OWNER.secret }, 'http'),
    );
    expect(accepted.anchorSeq).toBeGreaterThan(accepted.headSeq);
    expect(live.mode()).toBe('app');
    expect(live.dispatch).toBe(dispatch);

    const status = expectOk<Status>(await rolled.call(live, 'system.status', {}));
    expect(status.rollback).toBeUndefined();
    // On the full app the call has nothing to accept, and checks no secret.
    expect(code(await rolled.call(live, 'anchor.acceptRollback', { staffCode: OWNER.staffCode, secret: '000000' }))).toBe('invalid_input');
    expectOk(await rolled.call(live, 'staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }));
    expect(expectOk<{ ok: boolean }>(await rolled.call(live, 'ledger.verify', {})).ok).toBe(true);
    const audits = await db!.tx.read((tx) => tx.all("SELECT detail, origin FROM audit JOIN journal USING (seq) WHERE kind = 'audit.anchorReset'"));
    expect(audits).toHaveLength(1);
    expect(JSON.parse(String(audits[0]?.['detail']))).toMatchObject({ cause: 'rollback_accepted', finding: 'behind_anchor', anchorSeq: accepted.anchorSeq });
    await live.close();

    // Re-anchored: the next start is a normal one.
    live = await rolled.open();
    expect(live.mode()).toBe('app');
  });
});
