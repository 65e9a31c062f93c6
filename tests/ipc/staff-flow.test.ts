import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/domain/result';
import { LOCKOUT_MS_MIN } from '../../electron/main/core/staff/lockout-policy';
import { IDLE_LOCK_MS_MAX } from '../../electron/main/core/staff/session';
import {
  createTestApp, expectOk, OWNER, setupInput, setupWithStaff, signInAs, type StaffSeed, type TestApp, type TestAppOptions,
} from '../support/test-app';
import { CASHIER, MANAGER } from './samples';

const open: TestApp[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()));
});

async function app(options: TestAppOptions = {}): Promise<TestApp> {
  const t = await createTestApp(options);
  open.push(t);
  return t;
}

async function seeded(options: TestAppOptions = {}) {
  const t = await app(options);
  const { owner, members } = await setupWithStaff(t, [
    { ...MANAGER, role: 'manager' },
    { ...CASHIER, role: 'cashier' },
  ]);
  const [manager, cashier] = members as [StaffSeed, StaffSeed];
  return { t, owner, manager, cashier };
}

const code = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);

/** Audit rows only: staff changes also chain `staff.state` entries (docs/security.md §6). */
async function auditSince(t: TestApp, afterSeq: number) {
  return (await t.journalSince(afterSeq)).filter((r) => r.kind.startsWith('audit.'));
}

async function countRows(t: TestApp, table: 'ledger' | 'staff' | 'meta'): Promise<number> {
  const row = await t.db.tx.read((tx) => tx.get(`SELECT count(*) AS n FROM ${table}`));
  return Number(row?.['n']);
}

describe('setup.complete', () => {
  it('runs once; a second call is setup_already_done and writes nothing, whatever its currency', async () => {
    const t = await app();
    expect(expectOk<{ ownerId: string }>(await t.call('setup.complete', setupInput())).ownerId).toMatch(/^[0-9a-f-]{36}$/);
    const status = expectOk<{ setupDone: boolean }>(await t.call('system.status', {}));
    expect(status.setupDone).toBe(true);
    for (const again of [setupInput(), setupInput({ currency: 'EUR' }), setupInput({ owner: { displayName: 'X', staffCode: 'other', secretKind: 'pin', secret: '555555' } })]) {
      const before = await t.mark();
      expect(code(await t.call('setup.complete', again))).toBe('setup_already_done');
      expect(await t.mark()).toEqual(before);
    }
    expect(await countRows(t, 'ledger')).toBe(1);
    expect(await countRows(t, 'staff')).toBe(1);
  });

  it('two (or five) concurrent calls: exactly one succeeds, one ledger, one owner', async () => {
    for (const n of [2, 5]) {
      const t = await app();
      const currencies = ['CNY', 'EUR', 'USD', 'GBP', 'JPY'];
      const replies = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          t.call('setup.complete', setupInput({
            currency: currencies[i],
            owner: { displayName: `Owner ${i}`, staffCode: `owner${i}`, secretKind: 'pin', secret: '123456' },
          })),
        ),
      );
      expect(replies.map(code).sort()).toEqual(['ok', ...Array<string>(n - 1).fill('setup_already_done')]);
      expect(await countRows(t, 'ledger')).toBe(1);
      expect(await countRows(t, 'staff')).toBe(1);
    }
  });

  it('the owner secret is checked by its kind before anything is written', async () => {
    const t = await app();
    for (const owner of [
      { secretKind: 'pin', secret: '12ab' },
      { secretKind: 'pin', secret: '1234567890123' },
      { secretKind: 'password', secret: 'short1' },
      { secretKind: 'password', secret: 'onlylettersxx' },
    ]) {
      const before = await t.mark();
      const reply = await t.call('setup.complete', setupInput({ owner: { displayName: 'O', staffCode: 'owner', ...owner } }));
      expect(code(reply), JSON.stringify(owner)).toBe('invalid_input');
      expect(await t.mark()).toEqual(before);
    }
    expect(expectOk<{ setupDone: boolean }>(await t.call('system.status', {})).setupDone).toBe(false);
  });
});

describe('PIN vs password (staff.create)', () => {
  const CASES: [string, 'pin' | 'password', string, boolean][] = [
    ['4-digit PIN', 'pin', '1234', true],
    ['12-digit PIN', 'pin', '123456789012', true],
    ['3-digit PIN', 'pin', '123', false],
    ['13-digit PIN', 'pin', '1234567890123', false],
    ['PIN with a letter', 'pin', '12a4', false],
    ['PIN with a space', 'pin', '12 34', false],
    ['PIN of full-width digits', 'pin', '１２３４', false],
    ['PIN of Arabic-Indic digits', 'pin', '١٢٣٤', false],
    ['PIN with a trailing newline', 'pin', '1234\n', false],
    ['12-char password, letters + digits', 'password', 'abcdefghij12', true],
    ['11-char password', 'password', 'abcdefghi12', false],
    ['letters only', 'password', 'abcdefghijklm', false],
    ['digits only', 'password', '1234567890123', false],
    ['129 chars', 'password', `a1${'b'.repeat(127)}`, false],
  ];

  it.each(CASES)('%s → %s', async (_label, secretKind, secret, accepted) => {
    const { t } = await seeded();
    const before = await t.mark();
    const reply = await t.call('staff.create', { displayName: 'Neo', staffCode: 'neo', role: 'cashier', secretKind, secret });
    expect(code(reply)).toBe(accepted ? 'ok' : 'invalid_input');
    if (!accepted) expect(await t.mark()).toEqual(before);
    else {
      expectOk(await t.call('staff.signOut', {}));
      await signInAs(t, { staffCode: 'neo', secret });
    }
  });
});

describe('sign-in, failures, lockout', () => {
  it('signs in: active session view, audit.signIn carrying the staff id, session.changed event', async () => {
    const { t, cashier } = await seeded();
    expectOk(await t.call('staff.signOut', {}));
    const before = await t.mark();
    const view = expectOk<{ state: string; staff: { id: string; role: string } }>(
      await t.call('staff.signIn', { staffCode: CASHIER.staffCode, secret: CASHIER.secret }),
    );
    expect(view).toMatchObject({ state: 'active', staff: { id: cashier.id, role: 'cashier' }, idleLockMs: IDLE_LOCK_MS_MAX });
    expect(await auditSince(t, before.headSeq)).toEqual([expect.objectContaining({ kind: 'audit.signIn', refId: cashier.id })]);
    expect(t.received.at(-1)).toEqual({ name: 'session.changed', payload: { state: 'active' } });
  });

  it('a wrong secret and an unknown code get the same reply; the audit tells them apart', async () => {
    const { t, cashier } = await seeded();
    const before = await t.mark();
    const wrong = await t.call('staff.signIn', { staffCode: CASHIER.staffCode, secret: '000000' });
    const unknown = await t.call('staff.signIn', { staffCode: 'ghost', secret: '000000' });
    expect(wrong).toEqual(unknown);
    expect(code(wrong)).toBe('bad_credentials');
    expect(await auditSince(t, before.headSeq)).toEqual([
      expect.objectContaining({ kind: 'audit.signInFailed', refId: cashier.id }),
      expect.objectContaining({ kind: 'audit.signInFailed', refId: null }),
    ]);
    // A failed sign-in does not end the session that was already there.
    expect(expectOk<{ staff: { id: string } }>(await t.call('staff.session', {})).staff).toMatchObject({ role: 'owner' });
  });

  it('10 failures lock the account for 30 min; sign-in keeps answering bad_credentials, the right secret too', async () => {
    const { t, cashier } = await seeded();
    const start = await t.mark();
    const replies: Result<unknown>[] = [];
    for (let i = 1; i <= 10; i += 1) replies.push(await t.call('staff.signIn', { staffCode: CASHIER.staffCode, secret: '000000' }));
    const lockedAt = t.clock.nowMs();
    expect(new Set(replies.map((r) => JSON.stringify(r)))).toEqual(new Set([JSON.stringify({ ok: false, error: { code: 'bad_credentials', message: 'staff code or secret is wrong' } })]));
    expect((await t.findStaff(cashier.id))?.lockedUntilMs).toBe(lockedAt + LOCKOUT_MS_MIN);

    const kinds = (await auditSince(t, start.headSeq)).map((r) => r.kind);
    expect(kinds.filter((k) => k === 'audit.signInFailed')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'audit.lockout')).toHaveLength(1);

    const right = { staffCode: CASHIER.staffCode, secret: CASHIER.secret };
    expect(code(await t.call('staff.signIn', right))).toBe('bad_credentials');
    t.clock.advance(LOCKOUT_MS_MIN - 1);
    expect(code(await t.call('staff.signIn', right))).toBe('bad_credentials');
    t.clock.advance(1);
    expect(code(await t.call('staff.signIn', right))).toBe('ok');
    expect((await t.findStaff(cashier.id))?.failedAttempts).toBe(0);
  });

  it('concurrent wrong guesses cannot race past the lockout (scrypt runs in parallel)', async () => {
    const { t, cashier } = await seeded();
    const guesses = await Promise.all(
      Array.from({ length: 15 }, (_, i) => t.call('staff.signIn', { staffCode: CASHIER.staffCode, secret: String(100000 + i) })),
    );
    expect(guesses.map(code)).toEqual(Array<string>(15).fill('bad_credentials'));
    const record = await t.findStaff(cashier.id);
    expect(record?.lockedUntilMs).toBe(t.clock.nowMs() + LOCKOUT_MS_MIN);
    const failed = (await auditSince(t, 0)).filter((r) => r.kind === 'audit.signInFailed' || r.kind === 'audit.lockout');
    expect(failed).toHaveLength(16); // 15 refusals (9 counted, 1 locking, 5 while locked) and one lockout
    // The right secret, sent together with more guesses, is refused too (a minute later: the
    // origin's attempt bucket has refilled, the lock has not ended).
    t.clock.advance(60_000);
    const mixed = await Promise.all([
      t.call('staff.signIn', { staffCode: CASHIER.staffCode, secret: CASHIER.secret }),
      ...Array.from({ length: 5 }, () => t.call('staff.signIn', { staffCode: CASHIER.staffCode, secret: '000000' })),
    ]);
    expect(mixed.map(code)).toEqual(Array<string>(6).fill('bad_credentials'));
    expect(await t.call('staff.session', {})).toMatchObject({ ok: true, value: { staff: { role: 'owner' } } });
  });

  it('a stricter policy (3 attempts) is honoured; a looser one (50, 1 min) is clamped to 10 and 30 min', async () => {
    const strict = await seeded({ lockout: { maxFailedAttempts: 3 } });
    const strictCodes: string[] = [];
    for (let i = 0; i < 3; i += 1) strictCodes.push(code(await strict.t.call('staff.signIn', { staffCode: CASHIER.staffCode, secret: '000000' })));
    expect(strictCodes).toEqual(['bad_credentials', 'bad_credentials', 'bad_credentials']);
    expect((await strict.t.findStaff(strict.cashier.id))?.lockedUntilMs).toBe(strict.t.clock.nowMs() + LOCKOUT_MS_MIN);

    const loose = await seeded({ lockout: { maxFailedAttempts: 50, lockoutMs: 60_000 } });
    const looseCodes: string[] = [];
    for (let i = 0; i < 10; i += 1) looseCodes.push(code(await loose.t.call('staff.signIn', { staffCode: CASHIER.staffCode, secret: '000000' })));
    expect(looseCodes).toEqual(Array<string>(10).fill('bad_credentials'));
    expect((await loose.t.findStaff(loose.cashier.id))?.lockedUntilMs).toBe(loose.t.clock.nowMs() + LOCKOUT_MS_MIN);
    loose.t.clock.advance(60_000);
    expect(code(await loose.t.call('staff.signIn', { staffCode: CASHIER.staffCode, secret: CASHIER.secret }))).toBe('bad_credentials');
    loose.t.clock.advance(LOCKOUT_MS_MIN - 60_000);
    expect(code(await loose.t.call('staff.signIn', { staffCode: CASHIER.staffCode, secret: CASHIER.secret }))).toBe('ok');
  });
});

describe('idle lock and unlock', () => {
  it('locks after 15 min idle; a call keeps it alive; staff.unlock with the right secret resumes the same session', async () => {
    const { t, owner } = await seeded();
    t.clock.advance(15 * 60_000 - 1);
    expect(code(await t.call('staff.list', {}))).toBe('ok');
    t.clock.advance(15 * 60_000 - 1);
    expect(code(await t.call('staff.list', {}))).toBe('ok');
    t.clock.advance(15 * 60_000);
    expect(code(await t.call('staff.list', {}))).toBe('session_locked');
    expect(t.received).toContainEqual({ name: 'session.locked', payload: { reason: 'idle' } });
    expect(expectOk<{ state: string; staff: { id: string } }>(await t.call('staff.session', {}))).toMatchObject({ state: 'locked', staff: { id: owner.id } });

    const before = await t.mark();
    const wrong = await t.call('staff.unlock', { secret: '000000' });
    // The holder is known already, so unlock may say how many attempts are left.
    expect(wrong).toMatchObject({ ok: false, error: { code: 'bad_credentials', message: expect.stringMatching(/9 attempts left/) } });
    expect((await t.findStaff(owner.id))?.failedAttempts).toBe(1);
    expect(code(await t.call('staff.list', {}))).toBe('session_locked');
    const resumed = expectOk<{ state: string; staff: { id: string } }>(await t.call('staff.unlock', { secret: OWNER.secret }));
    expect(resumed).toMatchObject({ state: 'active', staff: { id: owner.id } });
    expect(code(await t.call('staff.list', {}))).toBe('ok');
    const kinds = (await auditSince(t, before.headSeq)).map((r) => [r.kind, r.refId]);
    // The second session_locked refusal of staff.list within the minute is counted, not written
    // (coalesced); closing the window writes it as one row with the count.
    expect(kinds).toEqual([
      ['audit.signInFailed', owner.id],
      ['audit.signIn', owner.id],
    ]);
    const flushed = await t.mark();
    await t.app.useCases.denials.flush();
    expect((await auditSince(t, flushed.headSeq)).map((r) => [r.kind, r.refId])).toEqual([['audit.accessDenied', owner.id]]);
  });

  it('polling public calls (status, session, settings) is not activity: the idle lock still fires', async () => {
    const { t } = await seeded();
    for (let minute = 1; minute < 15; minute += 1) {
      t.clock.advance(60_000);
      for (const key of ['system.status', 'staff.session', 'settings.public'] as const) expect(code(await t.call(key, {}))).toBe('ok');
    }
    t.clock.advance(60_000);
    expect(expectOk<{ session: string }>(await t.call('system.status', {})).session).toBe('locked');
    expect(code(await t.call('staff.list', {}))).toBe('session_locked');
  });

  it('wrong unlock secrets count toward the lockout; at the limit the session is signed out', async () => {
    const { t, cashier } = await seeded();
    await signInAs(t, cashier);
    expectOk(await t.call('staff.lock', {}));
    const codes: string[] = [];
    for (let i = 0; i < 10; i += 1) codes.push(code(await t.call('staff.unlock', { secret: '000000' })));
    expect(codes).toEqual([...Array<string>(9).fill('bad_credentials'), 'account_locked']);
    expect(expectOk<{ state: string }>(await t.call('staff.session', {})).state).toBe('signedOut');
    expect(code(await t.call('staff.unlock', { secret: CASHIER.secret }))).toBe('unauthenticated');
  });

  it('unlock is only for the holder: another staff member signs in instead (and the old session ends)', async () => {
    const { t, manager } = await seeded();
    expectOk(await t.call('staff.lock', {}));
    expect(code(await t.call('staff.unlock', { secret: MANAGER.secret }))).toBe('bad_credentials');
    await signInAs(t, manager);
    expect(expectOk<{ staff: { id: string } }>(await t.call('staff.session', {})).staff.id).toBe(manager.id);
  });

  it('a shorter idle lock from settings is honoured; 16 minutes is refused', async () => {
    const { t } = await seeded();
    expectOk(await t.call('settings.update', { idleLockMinutes: 5 }));
    expect(code(await t.call('settings.update', { idleLockMinutes: 16 }))).toBe('invalid_input');
    t.clock.advance(5 * 60_000);
    expect(code(await t.call('ledger.health', {}))).toBe('session_locked');
  });
});

describe('the renderer never names the actor: audit rows carry the session staff id', () => {
  it('roleChanged, staffCreated, settingsChanged, signOut rows name the signed-in member', async () => {
    const { t, owner, manager, cashier } = await seeded();
    const start = await t.mark();
    expect(expectOk<{ role: string }>(await t.call('staff.setRole', { targetStaffId: cashier.id, role: 'manager' })).role).toBe('manager');
    expectOk(await t.call('staff.signOut', {}));
    await signInAs(t, manager);
    expectOk(await t.call('staff.create', { displayName: 'Cara', staffCode: 'cara', role: 'cashier', secretKind: 'pin', secret: '4321' }));
    expectOk(await t.call('settings.update', { theme: 'dark' }));
    const rows = (await auditSince(t, start.headSeq)).map((r) => [r.kind, r.refId]);
    expect(rows).toEqual([
      ['audit.roleChanged', owner.id],
      ['audit.signOut', owner.id],
      ['audit.signIn', manager.id],
      ['audit.staffCreated', manager.id],
      ['audit.settingsChanged', manager.id],
    ]);
  });

  it('a new owner can only be made by an owner, and the session keeps the role it signed in with', async () => {
    const { t, manager } = await seeded();
    expect(code(await t.call('staff.setRole', { targetStaffId: manager.id, role: 'owner' }))).toBe('ok');
    await signInAs(t, manager);
    expect(expectOk<{ staff: { role: string } }>(await t.call('staff.session', {})).staff.role).toBe('owner');
  });
});
