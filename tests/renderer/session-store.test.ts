import { beforeEach, describe, expect, it } from 'vitest';

import { lockNow, signIn, signOut, unlock, wireSessionEvents } from '../../renderer/src/features/staff/session.actions';
import { useVerifyStore } from '../../renderer/src/features/ledger-health/verify.store';
import { canManage, DEFAULT_IDLE_LOCK_MS, useSessionStore } from '../../renderer/src/stores/session.store';
import { parseLockedUntil } from '../../renderer/src/lib/lockout';
import { fail, fakeApi, ok, STAFF_ID } from './fake-transport';

const STAFF = { id: STAFF_ID, displayName: 'Ada', role: 'manager' } as const;
const active = { state: 'active', staff: STAFF, idleLockMs: 120_000 } as const;
const locked = { state: 'locked', staff: STAFF, idleLockMs: 120_000 } as const;
const signedOut = { state: 'signedOut', staff: null, idleLockMs: 120_000 } as const;

beforeEach(() => {
  useSessionStore.setState({ phase: 'unknown', staff: null, idleLockMs: DEFAULT_IDLE_LOCK_MS, lockReason: null });
  useVerifyStore.getState().reset();
});

describe('session store', () => {
  it('applies a view from main', () => {
    useSessionStore.getState().applyView(active);
    expect(useSessionStore.getState()).toMatchObject({ phase: 'active', staff: STAFF, idleLockMs: 120_000 });
  });

  it('keeps who is signed in when a locked view omits it', () => {
    useSessionStore.getState().applyView(active);
    useSessionStore.getState().applyView({ ...locked, staff: null });
    expect(useSessionStore.getState()).toMatchObject({ phase: 'locked', staff: STAFF, lockReason: 'idle' });
  });

  it('locks only a signed-in session', () => {
    useSessionStore.getState().markLocked('manual');
    expect(useSessionStore.getState().phase).toBe('unknown');
    useSessionStore.getState().applyView(active);
    useSessionStore.getState().markLocked('manual');
    expect(useSessionStore.getState()).toMatchObject({ phase: 'locked', lockReason: 'manual', staff: STAFF });
  });

  it('forgets the staff member on sign-out', () => {
    useSessionStore.getState().applyView(active);
    useSessionStore.getState().markSignedOut();
    expect(useSessionStore.getState()).toMatchObject({ phase: 'signedOut', staff: null });
  });

  it('only managers and owners manage', () => {
    expect(canManage('owner')).toBe(true);
    expect(canManage('manager')).toBe(true);
    expect(canManage('cashier')).toBe(false);
    expect(canManage(undefined)).toBe(false);
  });
});

describe('session actions', () => {
  it('signIn trims the code, sends the secret and applies the view', async () => {
    const { api, calls } = fakeApi({ 'staff.signIn': () => ok(active) });
    await signIn(api, '  AB12 ', '1234');
    expect(calls[0]).toEqual({ key: 'staff.signIn', input: { staffCode: 'AB12', secret: '1234' } });
    expect(useSessionStore.getState().phase).toBe('active');
  });

  it('a failed sign-in throws and changes nothing', async () => {
    const { api } = fakeApi({ 'staff.signIn': () => fail('account_locked', 'locked until 1893456000000') });
    await expect(signIn(api, 'AB', '0000')).rejects.toMatchObject({ code: 'account_locked' });
    expect(useSessionStore.getState().phase).toBe('unknown');
  });

  it('lockNow hides the frame before main answers; unlock returns to active', async () => {
    let release: (v: unknown) => void = () => undefined;
    const { api } = fakeApi({
      'staff.lock': () => new Promise((resolve) => (release = resolve)),
      'staff.unlock': () => ok(active),
    });
    useSessionStore.getState().applyView(active);
    const pending = lockNow(api, 'manual');
    expect(useSessionStore.getState().phase).toBe('locked');
    release(ok(locked));
    await pending;
    expect(useSessionStore.getState()).toMatchObject({ phase: 'locked', lockReason: 'manual' });
    await unlock(api, '1234');
    expect(useSessionStore.getState()).toMatchObject({ phase: 'active', lockReason: null });
  });

  it('signOut clears the session even when the call fails, and resets verify state', async () => {
    const { api } = fakeApi({ 'staff.signOut': () => fail('internal') });
    useSessionStore.getState().applyView(active);
    useVerifyStore.getState().start();
    await expect(signOut(api)).rejects.toMatchObject({ code: 'internal' });
    expect(useSessionStore.getState().phase).toBe('signedOut');
    expect(useVerifyStore.getState().status).toBe('idle');
  });

  it('follows session events and session_locked errors', async () => {
    const { api, emit } = fakeApi({ 'ledger.health': () => fail('session_locked'), 'staff.session': () => ok(active) });
    const off = wireSessionEvents(api);
    useSessionStore.getState().applyView(active);
    emit('session.locked', { reason: 'idle' });
    expect(useSessionStore.getState()).toMatchObject({ phase: 'locked', lockReason: 'idle' });

    useSessionStore.getState().applyView(active);
    await expect(api.call('ledger.health', {})).rejects.toMatchObject({ code: 'session_locked' });
    expect(useSessionStore.getState().phase).toBe('locked');

    emit('session.changed', { state: 'signedOut' });
    expect(useSessionStore.getState()).toMatchObject({ phase: 'signedOut', staff: null });
    emit('session.locked', { reason: 'signOut' });
    expect(useSessionStore.getState().phase).toBe('signedOut');
    off();
    useSessionStore.getState().applyView(active);
    emit('session.locked', { reason: 'idle' });
    expect(useSessionStore.getState().phase).toBe('active');
  });

  it('handles a signed-out view', () => {
    useSessionStore.getState().applyView(signedOut);
    expect(useSessionStore.getState()).toMatchObject({ phase: 'signedOut', staff: null });
  });
});

describe('parseLockedUntil', () => {
  it('reads "until <ms>" defensively', () => {
    expect(parseLockedUntil('account locked until 1893456000000')).toBe(1893456000000);
    expect(parseLockedUntil('Locked UNTIL 1893456000000.')).toBe(1893456000000);
    expect(parseLockedUntil('locked until later')).toBeNull();
    expect(parseLockedUntil('locked until 12')).toBeNull();
    expect(parseLockedUntil('locked until 99999999999999999999')).toBeNull();
    expect(parseLockedUntil('')).toBeNull();
  });
});
