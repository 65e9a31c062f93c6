import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { ACCOUNT_FLAGS } from '../../../shared/domain/ledger-types';
import { createTestApp, expectOk, setupWithStaff, type TestApp } from '../../support/test-app';
import { TEST_ACTOR } from '../../support/test-db';

/**
 * Holds expire in practice: the app (Electron and web host alike) runs the sweep on a timer, and
 * what is due is decided by the app's clock (fixed here), not by the timer.
 */
describe('the hold sweeper the app runs', () => {
  let t: TestApp;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    t = await createTestApp();
    await setupWithStaff(t);
  });
  afterEach(async () => {
    await t.close();
    vi.useRealTimers();
  });

  async function placeHold(expiresInMs: number): Promise<{ wallet: string; holdId: string }> {
    const { ledger } = t.app.useCases;
    const [cash, wallet] = [newId(), newId()];
    expectOk(await ledger.openAccount({ id: cash, currency: 'CNY', kind: 'cash', flags: ACCOUNT_FLAGS.none }, TEST_ACTOR));
    expectOk(await ledger.openAccount({ id: wallet, currency: 'CNY', kind: 'wallet', flags: ACCOUNT_FLAGS.debitsMustNotExceedCredits }, TEST_ACTOR));
    const leg = { id: newId(), currency: 'CNY', code: 'card_auth' };
    expectOk(await ledger.submitBatch({ id: newId(), legs: [{ ...leg, kind: 'single', debitAccountId: cash, creditAccountId: wallet, amountMinor: 1000 }] }, TEST_ACTOR));
    const holdId = newId();
    expectOk(await ledger.submitBatch({ id: newId(), legs: [{
      kind: 'pending', id: holdId, currency: 'CNY', debitAccountId: wallet, creditAccountId: cash, amountMinor: 400,
      code: 'card_auth', expiresAtMs: t.clock.nowMs() + expiresInMs,
    }] }, TEST_ACTOR));
    return { wallet, holdId };
  }

  it('expires nothing before the deadline and the hold after it, journaled as a batch by the system', async () => {
    const { wallet } = await placeHold(60_000);
    const { ledger, holdSweeper } = t.app.useCases;
    t.clock.advance(59_999);
    expect(await holdSweeper.sweep()).toBe(0);
    expect(expectOk<{ debitsPendingMinor: number }>(await ledger.balance(wallet)).debitsPendingMinor).toBe(400);
    t.clock.advance(1);
    expect(await holdSweeper.sweep()).toBe(1);
    expect(expectOk<{ debitsPendingMinor: number }>(await ledger.balance(wallet)).debitsPendingMinor).toBe(0);
    const last = await t.db.tx.read((tx) => tx.get("SELECT kind, actor_id FROM journal ORDER BY seq DESC LIMIT 1"));
    expect(last).toEqual({ kind: 'ledger.batch', actor_id: 'system' });
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('runs on the app timer: advancing the timer sweeps what the clock says is due', async () => {
    const { wallet } = await placeHold(1000);
    t.clock.advance(1000);
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.waitFor(async () => {
      expect(expectOk<{ debitsPendingMinor: number }>(await t.app.useCases.ledger.balance(wallet)).debitsPendingMinor).toBe(0);
    });
  });
});
