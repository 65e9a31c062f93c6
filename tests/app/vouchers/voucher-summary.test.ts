import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import type { Output } from '../../../shared/ipc/contract';
import { seedCustomerAndWallet } from '../../support/domain-seed';
import { fcSeed } from '../../support/fc-seed';
import { createTestApp, expectOk, setupWithStaff, type TestApp } from '../../support/test-app';
import { generate, merchantBalance, redeem, sell } from './voucher-helpers';

type Summary = Output<'vouchers.summary'>;
type Page = Output<'vouchers.listBatches'>;

let t: TestApp;
let walletId: string;
beforeAll(async () => {
  t = await createTestApp();
  await setupWithStaff(t, []); // the owner stays signed in
  walletId = (await seedCustomerAndWallet(t)).walletId;
});
afterAll(async () => t.close());

const SEED = fcSeed('voucher summary');

/** A step on one voucher of the batch: what is done to it, in order. */
const step = fc.record({ voucher: fc.nat(5), action: fc.constantFrom('sell', 'redeem', 'void', 'advance') });

describe('vouchers.summary reconciles with the ledger', () => {
  it('after any sequence of sells, redemptions, voids and expiry, the rows’ liability equals the account’s, per currency', async () => {
    let expected = { vouchers: 0 };
    await fc.assert(fc.asyncProperty(
      fc.constantFrom('CNY', 'USD', 'JPY'), fc.integer({ min: 1, max: 100_000 }), fc.boolean(), fc.array(step, { maxLength: 14 }),
      async (currency, faceValueMinor, expires, steps) => {
        const now = t.clock.nowMs();
        const { vouchers } = await generate(t, { count: 6, currency, faceValueMinor, ...(expires ? { expiresAtMs: now + 5000 } : {}) });
        expected = { vouchers: expected.vouchers + 6 };
        for (const s of steps) {
          const v = vouchers[s.voucher];
          if (!v) continue;
          // Refusals are part of the property: whatever is refused must change nothing.
          if (s.action === 'sell') await sell(t, v.code);
          if (s.action === 'redeem') await redeem(t, v.code, walletId);
          if (s.action === 'void') await t.call('vouchers.void', { operationId: newId(), voucher: { voucherId: v.voucherId }, reason: 'other' });
          if (s.action === 'advance') t.clock.advance(2000);
          const summary = expectOk<Summary>(await t.call('vouchers.summary', {}));
          for (const line of summary.liabilities) {
            expect(line.agrees, JSON.stringify(line)).toBe(true);
            expect(line.ledgerBalanceMinor).toBe(await merchantBalance(t, 'voucher_liability', line.currency));
            expect(line.expiredOutstandingMinor).toBeLessThanOrEqual(line.outstandingMinor);
          }
          const { unsold, sold, redeemed, voided, expired } = summary.counts;
          expect(unsold + sold + redeemed + voided + expired).toBe(expected.vouchers);
        }
      },
    ), { numRuns: 12, seed: SEED });
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  }, 120_000);
});

describe('vouchers.listBatches', () => {
  it('pages newest first with each batch’s counts, and the last page has no next', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      t.clock.advance(10);
      made.push((await generate(t, { count: 2, faceValueMinor: 100 + i })).batch.batchId);
    }
    const first = expectOk<Page>(await t.call('vouchers.listBatches', { limit: 3 }));
    expect(first.batches.map((b) => b.batchId)).toEqual(made.slice(-3).reverse());
    expect(first.batches[0]?.counts).toEqual({ unsold: 2, sold: 0, redeemed: 0, voided: 0, expired: 0 });
    if (!first.next) throw new Error('no next page');
    const second = expectOk<Page>(await t.call('vouchers.listBatches', { before: first.next, limit: 2 }));
    expect(second.batches.map((b) => b.batchId)).toEqual(made.slice(0, 2).reverse());
    let cursor = second.next;
    let rest = 0;
    while (cursor) {
      const page = expectOk<Page>(await t.call('vouchers.listBatches', { before: cursor, limit: 100 }));
      rest += page.batches.length;
      cursor = page.next;
    }
    // Everything the property test generated above, and nothing twice.
    expect(rest).toBe(12);
  });
});
