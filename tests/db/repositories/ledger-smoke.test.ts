import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { ACCOUNT_FLAGS } from '../../../shared/domain/ledger-types';
import { openTestLedger, TEST_ACTOR } from '../../support/test-db';

describe('ledger smoke', () => {
  it('moves money and replays', async () => {
    const { store, db } = await openTestLedger();
    expect((await store.createLedger('EUR', TEST_ACTOR)).ok).toBe(true);
    const cash = newId();
    const wallet = newId();
    expect((await store.openAccount({ id: cash, currency: 'EUR', kind: 'cash', flags: 0 }, TEST_ACTOR)).ok).toBe(true);
    expect((await store.openAccount({ id: wallet, currency: 'EUR', kind: 'wallet', flags: ACCOUNT_FLAGS.debitsMustNotExceedCredits }, TEST_ACTOR)).ok).toBe(true);
    const req = { id: newId(), legs: [{ kind: 'single' as const, id: newId(), currency: 'EUR', debitAccountId: cash, creditAccountId: wallet, amountMinor: 1000, code: 'topup' }] };
    const first = await store.submitBatch(req, TEST_ACTOR);
    expect(first.ok).toBe(true);
    const again = await store.submitBatch(req, TEST_ACTOR);
    expect(again.ok && again.value.replayed).toBe(true);
    const over = await store.submitBatch({ id: newId(), legs: [{ kind: 'single', id: newId(), currency: 'EUR', debitAccountId: wallet, creditAccountId: cash, amountMinor: 1001, code: 'sale' }] }, TEST_ACTOR);
    expect(over.ok ? 'ok' : over.error.code).toBe('insufficient_funds');
    const bal = await store.balance(wallet);
    expect(bal.ok && bal.value.creditsPostedMinor).toBe(1000);
    await db.close();
  });
});
