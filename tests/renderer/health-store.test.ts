import { beforeEach, describe, expect, it } from 'vitest';

import { loadHealth, runVerify } from '../../renderer/src/features/ledger-health/health.actions';
import { useHealthStore } from '../../renderer/src/features/ledger-health/health.store';
import { useVerifyStore, verifyPercent } from '../../renderer/src/features/ledger-health/verify.store';
import { fail, fakeApi, ok } from './fake-transport';

const DATABASE = {
  encrypted: true,
  cipherVersion: '4.6.1 community',
  schemaVersion: 10,
  journalMode: 'wal',
  synchronous: 2,
  foreignKeys: true,
  busyTimeoutMs: 5000,
};
const SUMMARY = {
  ok: true,
  entriesVerified: 3,
  headSeq: 3,
  firstBadSeq: null,
  problems: [],
  finishedAtMs: 1_750_000_000_000,
  durationMs: 12,
};
const HEALTH = {
  database: DATABASE,
  chainHeadSeq: 3,
  lastVerify: null,
  lastBackupAtMs: null,
  integrity: { ok: true, quickCheckMs: 1, cipherCheckMs: 1 },
};

beforeEach(() => {
  useHealthStore.getState().reset();
  useVerifyStore.getState().reset();
});

describe('verify store', () => {
  it('starts once; a second start while running is refused', () => {
    expect(useVerifyStore.getState().start()).toBe(true);
    expect(useVerifyStore.getState().start()).toBe(false);
  });

  it('progress never moves backwards, is clamped to the total, and is ignored when not running', () => {
    const store = useVerifyStore.getState();
    store.progress({ verified: 5, total: 10 });
    expect(useVerifyStore.getState().verified).toBe(0);
    store.start();
    store.progress({ verified: 5, total: 10 });
    store.progress({ verified: 3, total: 10 });
    expect(useVerifyStore.getState()).toMatchObject({ verified: 5, total: 10 });
    store.progress({ verified: 12, total: 10 });
    expect(useVerifyStore.getState().verified).toBe(10);
    expect(verifyPercent(useVerifyStore.getState())).toBe(100);
  });

  it('percent is 0 with no total', () => {
    expect(verifyPercent({ verified: 0, total: 0 })).toBe(0);
    expect(verifyPercent({ verified: 1, total: 3 })).toBe(33);
  });
});

describe('health actions', () => {
  it('loadHealth stores the health or the error', async () => {
    await loadHealth(fakeApi({ 'ledger.health': () => ok(HEALTH) }).api);
    expect(useHealthStore.getState()).toMatchObject({ health: HEALTH, loading: false, error: null });
    await loadHealth(fakeApi({ 'ledger.health': () => fail('database_locked') }).api);
    expect(useHealthStore.getState().error?.code).toBe('database_locked');
    expect(useHealthStore.getState().health).toEqual(HEALTH); // the last good view stays
  });

  it('runVerify follows progress events, stores the result, unsubscribes and refreshes health', async () => {
    const fake = fakeApi({
      'ledger.verify': () => {
        fake.emit('ledger.verifyProgress', { verified: 1, total: 3 });
        fake.emit('ledger.verifyProgress', { verified: 2, total: 3 });
        expect(useVerifyStore.getState()).toMatchObject({ status: 'running', verified: 2, total: 3 });
        return ok(SUMMARY);
      },
      'ledger.health': () => ok({ ...HEALTH, lastVerify: SUMMARY }),
    });
    await runVerify(fake.api);
    expect(useVerifyStore.getState()).toMatchObject({ status: 'done', verified: 3, total: 3, result: SUMMARY });
    expect(fake.listenerCount('ledger.verifyProgress')).toBe(0);
    expect(useHealthStore.getState().health?.lastVerify).toEqual(SUMMARY);
  });

  it('a broken chain is a result, a failed call is an error', async () => {
    const bad = { ...SUMMARY, ok: false, firstBadSeq: 2, entriesVerified: 1 };
    await runVerify(fakeApi({ 'ledger.verify': () => ok(bad), 'ledger.health': () => ok(HEALTH) }).api);
    expect(useVerifyStore.getState()).toMatchObject({ status: 'done', result: { firstBadSeq: 2 } });
    const failing = fakeApi({ 'ledger.verify': () => fail('database_corrupt') });
    await runVerify(failing.api);
    expect(useVerifyStore.getState()).toMatchObject({ status: 'failed', error: { code: 'database_corrupt' } });
    expect(failing.listenerCount('ledger.verifyProgress')).toBe(0);
  });

  it('a double tap runs verify once', async () => {
    let count = 0;
    const fake = fakeApi({
      'ledger.verify': async () => {
        count += 1;
        await Promise.resolve();
        return ok(SUMMARY);
      },
      'ledger.health': () => ok(HEALTH),
    });
    await Promise.all([runVerify(fake.api), runVerify(fake.api)]);
    expect(count).toBe(1);
  });
});
