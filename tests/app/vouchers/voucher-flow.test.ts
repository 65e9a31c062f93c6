import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatVoucherCode, parseVoucherCode } from '../../../shared/domain/voucher-code';
import { CHECK_ALPHABET } from '../../../shared/domain/check-char';
import { newId } from '../../../shared/domain/ids';
import { recordsOf } from '../../../electron/main/db/repositories/record.repo';
import { seedCustomerAndWallet } from '../../support/domain-seed';
import { createTestApp, expectOk, setupWithStaff, signInAs, type StaffSeed, type TestApp } from '../../support/test-app';
import { generate, merchantBalance, redeem, sell, walletBalance } from './voucher-helpers';

let t: TestApp;
let cashier: StaffSeed;
let manager: StaffSeed;
beforeEach(async () => {
  t = await createTestApp();
  const { members } = await setupWithStaff(t, [
    { staffCode: 'mgr1', secret: '135792', role: 'manager' },
    { staffCode: 'cash1', secret: '975310', role: 'cashier' },
  ]);
  [manager, cashier] = members as [StaffSeed, StaffSeed];
  await signInAs(t, manager);
});
afterEach(async () => t.close());

const code = (r: unknown) => (r as { ok: boolean; error?: { code: string } }).error?.code ?? 'ok';

describe('vouchers: generate → sell → redeem, once', () => {
  it('moves the face value tender → liability → wallet, records each step, and refuses a second redemption', async () => {
    const batch = await generate(t, { count: 3, faceValueMinor: 5000 });
    expect(batch.vouchers.map((v) => v.serial)).toEqual([1, 2, 3]);
    for (const v of batch.vouchers) expect(v.code).toMatch(/^[0-9A-Z*~$=]{4}(-[0-9A-Z*~$=]{4}){3}$/);
    const [v] = batch.vouchers;
    if (!v) throw new Error('no voucher');
    const { walletId } = await seedCustomerAndWallet(t);

    await signInAs(t, cashier);
    const saleId = newId();
    const sold = expectOk<{ amountMinor: number; replayed: boolean; serial: number }>(await sell(t, v.code, saleId));
    expect(sold).toMatchObject({ amountMinor: 5000, replayed: false, serial: 1 });
    expect(await merchantBalance(t, 'voucher_liability')).toBe(5000);
    expect(await merchantBalance(t, 'cash_drawer')).toBe(-5000);

    const redemptionId = newId();
    // Typed as printed, in lower case: case and hyphens are forgiven.
    const done = expectOk<{ walletId: string; amountMinor: number; replayed: boolean }>(await redeem(t, v.code.toLowerCase(), walletId, redemptionId));
    expect(done).toMatchObject({ walletId, amountMinor: 5000, replayed: false });
    expect(await walletBalance(t, walletId)).toBe(5000);
    expect(await merchantBalance(t, 'voucher_liability')).toBe(0);

    // The same operation id answers the first outcome; a new one is refused.
    expect(expectOk(await redeem(t, v.code, walletId, redemptionId))).toMatchObject({ ...done, replayed: true });
    expect(code(await redeem(t, v.code, walletId))).toBe('voucher_already_redeemed');
    expect(await walletBalance(t, walletId)).toBe(5000);

    const records = await t.db.tx.read(async (tx) => [...(await recordsOf(tx, saleId)), ...(await recordsOf(tx, redemptionId))]);
    expect(records.map((r) => [r.kind, r.body])).toEqual([
      ['voucher.sold', { voucherId: v.voucherId, batchId: batch.batch.batchId, serial: 1, currency: 'CNY', amountMinor: 5000, tender: { kind: 'cash' } }],
      ['voucher.redeemed', { voucherId: v.voucherId, batchId: batch.batch.batchId, serial: 1, walletId, currency: 'CNY', amountMinor: 5000 }],
    ]);
    expect(records.every((r) => r.actorId === cashier.id)).toBe(true);
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('a sale repeated with its operation id is replayed; with another voucher it is a conflict; selling twice is refused', async () => {
    const { vouchers: [a, b] } = await generate(t, { count: 2 });
    if (!a || !b) throw new Error('short batch');
    const op = newId();
    const first = expectOk<Record<string, unknown>>(await sell(t, a.code, op));
    expect(expectOk(await sell(t, a.code, op))).toEqual({ ...first, replayed: true });
    expect(code(await sell(t, b.code, op))).toBe('id_exists_with_different_content');
    expect(code(await t.call('vouchers.sell', { operationId: op, voucher: { code: a.code }, tender: { kind: 'external_card', approvalCode: 'X1' } })))
      .toBe('id_exists_with_different_content');
    expect(code(await sell(t, a.code))).toBe('voucher_already_sold');
    expect(await merchantBalance(t, 'voucher_liability')).toBe(5000);
  });

  it('sells by voucher id with each tender into its own merchant account', async () => {
    const { vouchers } = await generate(t, { count: 3, faceValueMinor: 700 });
    const tenders = [{ kind: 'cash' }, { kind: 'external_card', approvalCode: 'AUTH-77' }, { kind: 'bank_transfer', reference: 'TR 2026/1' }];
    for (const [i, tender] of tenders.entries()) {
      expectOk(await t.call('vouchers.sell', { operationId: newId(), voucher: { voucherId: vouchers[i]?.voucherId }, tender }));
    }
    expect(await merchantBalance(t, 'cash_drawer')).toBe(-700);
    expect(await merchantBalance(t, 'external_card_clearing')).toBe(-700);
    expect(await merchantBalance(t, 'bank_clearing')).toBe(-700);
    expect(await merchantBalance(t, 'voucher_liability')).toBe(2100);
  });

  it('redeems by wallet address, and refuses an unsold voucher and an unknown wallet without moving money', async () => {
    const { vouchers: [a, b] } = await generate(t, { count: 2 });
    if (!a || !b) throw new Error('short batch');
    const { walletId } = await seedCustomerAndWallet(t);
    const address = (await t.db.tx.read((tx) => tx.get('SELECT address FROM wallet LIMIT 1')))?.['address'] as string;
    expect(code(await redeem(t, a.code, walletId))).toBe('voucher_not_sold');
    expectOk(await sell(t, a.code));
    expect(code(await redeem(t, a.code, '01890000-0000-7000-8000-000000000000'))).toBe('not_found');
    const grouped = `${address.slice(0, 4)}-${address.slice(4, 8)}-${address.slice(8)}`.toLowerCase();
    expectOk(await t.call('vouchers.redeem', { operationId: newId(), code: a.code, wallet: { walletAddress: grouped } }));
    expect(await walletBalance(t, walletId)).toBe(5000);
  });

  it('a voucher in another currency opens the wallet’s account in that currency', async () => {
    const { vouchers: [v] } = await generate(t, { count: 1, currency: 'USD', faceValueMinor: 2500 });
    const { walletId } = await seedCustomerAndWallet(t);
    expectOk(await sell(t, v?.code ?? ''));
    expectOk(await redeem(t, v?.code ?? '', walletId));
    expect(await walletBalance(t, walletId, 'USD')).toBe(2500);
    expect(await walletBalance(t, walletId, 'CNY')).toBe(0);
  });
});

describe('two concurrent redemptions of one code', () => {
  it('exactly one succeeds, the other is voucher_already_redeemed, and the wallets hold one credit', async () => {
    const { vouchers: [v] } = await generate(t, { count: 1, faceValueMinor: 8800 });
    if (!v) throw new Error('no voucher');
    const first = await seedCustomerAndWallet(t);
    const second = await seedCustomerAndWallet(t);
    await signInAs(t, cashier);
    expectOk(await sell(t, v.code));
    const replies = await Promise.all([redeem(t, v.code, first.walletId), redeem(t, v.code, second.walletId)]);
    expect(replies.map(code).sort()).toEqual(['ok', 'voucher_already_redeemed']);
    const credited = [await walletBalance(t, first.walletId), await walletBalance(t, second.walletId)];
    expect(credited.sort((x, y) => x - y)).toEqual([0, 8800]);
    expect(await merchantBalance(t, 'voucher_liability')).toBe(0);
    const summary = expectOk<{ counts: Record<string, number> }>(await (async () => {
      await signInAs(t, manager);
      return t.call('vouchers.summary', {});
    })());
    expect(summary.counts).toMatchObject({ redeemed: 1, sold: 0 });
  });
});

describe('check characters', () => {
  it('every single-symbol substitution and adjacent swap of a real code is invalid_voucher_code, and the reply never echoes it', async () => {
    const { vouchers: [v] } = await generate(t, { count: 1 });
    if (!v) throw new Error('no voucher');
    const canonical = v.code.replaceAll('-', '');
    const typos = new Set<string>();
    for (let i = 0; i < canonical.length; i += 1) {
      for (const s of i === canonical.length - 1 ? CHECK_ALPHABET : CHECK_ALPHABET.slice(0, 32)) {
        if (s !== canonical[i]) typos.add(canonical.slice(0, i) + s + canonical.slice(i + 1));
      }
      if (i > 0 && canonical[i] !== canonical[i - 1]) {
        typos.add(canonical.slice(0, i - 1) + canonical[i] + canonical[i - 1] + canonical.slice(i + 1));
      }
    }
    // A data symbol from the check-only set is not a code either; all of them are refused before any lookup.
    let checked = 0;
    for (const typo of typos) {
      if (parseVoucherCode(typo).ok) throw new Error(`typo accepted: ${typo.length}`);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(500);
    const sample = [...typos].slice(0, 40);
    for (const typo of sample) {
      const reply = await t.call('vouchers.redeem', { operationId: newId(), code: formatVoucherCode(typo as never), wallet: { walletId: newId() } });
      expect(code(reply)).toBe('invalid_voucher_code');
      const message = reply.ok ? '' : reply.error.message;
      expect(message.toUpperCase()).not.toContain(typo.slice(0, 8));
    }
  });
});

describe('expiry by the clock', () => {
  it('refuses selling and redeeming from the expiry instant on, still allows a void, and counts them as expired', async () => {
    const now = t.clock.nowMs();
    const { batch, vouchers: [a, b, c] } = await generate(t, { count: 3, expiresAtMs: now + 60_000 });
    if (!a || !b || !c) throw new Error('short batch');
    const { walletId } = await seedCustomerAndWallet(t);
    expectOk(await sell(t, a.code));
    expectOk(await sell(t, b.code));
    t.clock.advance(59_999);
    expectOk(await redeem(t, b.code, walletId)); // one millisecond before the expiry
    t.clock.advance(1);
    expect(code(await redeem(t, a.code, walletId))).toBe('voucher_expired');
    expect(code(await sell(t, c.code))).toBe('voucher_expired');
    const summary = expectOk<{ counts: Record<string, number>; liabilities: unknown[] }>(await t.call('vouchers.summary', { batchId: batch.batchId }));
    expect(summary.counts).toEqual({ unsold: 0, sold: 0, redeemed: 1, voided: 0, expired: 2 });
    expect(summary.liabilities).toEqual([
      { currency: 'CNY', outstandingMinor: 5000, expiredOutstandingMinor: 5000, ledgerBalanceMinor: null, agrees: null },
    ]);
    // The manager books the expired sold voucher as breakage.
    const voided = expectOk<{ releasedMinor: number; wasSold: boolean }>(
      await t.call('vouchers.void', { operationId: newId(), voucher: { code: a.code }, reason: 'expired' }),
    );
    expect(voided).toMatchObject({ wasSold: true, releasedMinor: 5000 });
    expect(await merchantBalance(t, 'voucher_liability')).toBe(0);
    expect(await merchantBalance(t, 'merchant_sales')).toBe(5000);
  });
});

describe('void', () => {
  it('an unsold voucher moves no money; a sold one releases its face value to merchant sales; a redeemed one is refused', async () => {
    const { vouchers: [a, b, c] } = await generate(t, { count: 3, faceValueMinor: 1200 });
    if (!a || !b || !c) throw new Error('short batch');
    const { walletId } = await seedCustomerAndWallet(t);
    expectOk(await sell(t, b.code));
    expectOk(await sell(t, c.code));
    expectOk(await redeem(t, c.code, walletId));
    const op = newId();
    const unsold = expectOk<Record<string, unknown>>(await t.call('vouchers.void', { operationId: op, voucher: { voucherId: a.voucherId }, reason: 'damaged' }));
    expect(unsold).toMatchObject({ wasSold: false, releasedMinor: 0, replayed: false });
    expect(expectOk(await t.call('vouchers.void', { operationId: op, voucher: { voucherId: a.voucherId }, reason: 'damaged' })))
      .toEqual({ ...unsold, replayed: true });
    expect(code(await t.call('vouchers.void', { operationId: op, voucher: { voucherId: a.voucherId }, reason: 'lost' }))).toBe('id_exists_with_different_content');
    expect(code(await t.call('vouchers.void', { operationId: newId(), voucher: { voucherId: a.voucherId }, reason: 'damaged' }))).toBe('voucher_voided');
    expect(code(await sell(t, a.code))).toBe('voucher_voided');
    expect(expectOk(await t.call('vouchers.void', { operationId: newId(), voucher: { code: b.code }, reason: 'stolen' })))
      .toMatchObject({ wasSold: true, releasedMinor: 1200 });
    expect(code(await redeem(t, b.code, walletId))).toBe('voucher_voided');
    expect(code(await t.call('vouchers.void', { operationId: newId(), voucher: { voucherId: c.voucherId }, reason: 'other' }))).toBe('voucher_already_redeemed');
    expect(await merchantBalance(t, 'voucher_liability')).toBe(0);
    expect(await merchantBalance(t, 'merchant_sales')).toBe(1200);
    expect(await walletBalance(t, walletId)).toBe(1200);
  });

  it('a batch whose codes were lost: the repeat is refused, voidBatch voids the unsold ones, a sold one stays valid', async () => {
    const input = { batchId: newId(), currency: 'CNY', faceValueMinor: 900, count: 4 };
    const { vouchers: [sold] } = expectOk<{ vouchers: { code: string }[] }>(await t.call('vouchers.generateBatch', input));
    expectOk(await sell(t, sold?.code ?? ''));
    const again = await t.call('vouchers.generateBatch', input);
    expect(code(again)).toBe('voucher_batch_exists');
    expect(JSON.stringify(again)).not.toContain(sold?.code);
    const op = newId();
    const voided = expectOk<Record<string, unknown>>(await t.call('vouchers.voidBatch', { operationId: op, batchId: input.batchId, reason: 'lost' }));
    expect(voided).toMatchObject({ voidedCount: 3, soldRemaining: 1, replayed: false });
    expect(expectOk(await t.call('vouchers.voidBatch', { operationId: op, batchId: input.batchId, reason: 'lost' }))).toEqual({ ...voided, replayed: true });
    expect(expectOk(await t.call('vouchers.voidBatch', { operationId: newId(), batchId: input.batchId, reason: 'lost' })))
      .toMatchObject({ voidedCount: 0, soldRemaining: 1 });
    const summary = expectOk<{ counts: Record<string, number> }>(await t.call('vouchers.summary', { batchId: input.batchId }));
    expect(summary.counts).toEqual({ unsold: 0, sold: 1, redeemed: 0, voided: 3, expired: 0 });
    const { walletId } = await seedCustomerAndWallet(t);
    expectOk(await redeem(t, sold?.code ?? '', walletId));
    expect(await merchantBalance(t, 'voucher_liability')).toBe(0);
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('a cashier may sell and redeem but not generate or void', async () => {
    const { vouchers: [v] } = await generate(t, { count: 1 });
    await signInAs(t, cashier);
    expect(code(await t.call('vouchers.generateBatch', { batchId: newId(), currency: 'CNY', faceValueMinor: 100, count: 1 }))).toBe('forbidden');
    expect(code(await t.call('vouchers.void', { operationId: newId(), voucher: { voucherId: v?.voucherId }, reason: 'lost' }))).toBe('forbidden');
    expect(code(await t.call('vouchers.voidBatch', { operationId: newId(), batchId: newId(), reason: 'lost' }))).toBe('forbidden');
    expectOk(await sell(t, v?.code ?? ''));
  });
});

describe('vouchers: face values past 2^31 minor units', () => {
  it('a batch of 5,000,000,000 minor units is stored as an integer and sells for exactly that', async () => {
    const batch = await generate(t, { count: 1, faceValueMinor: 5_000_000_000 });
    const [v] = batch.vouchers;
    if (!v) throw new Error('no voucher');
    const stored = await t.db.tx.read((tx) => tx.get('SELECT typeof(face_value_minor) AS type, face_value_minor AS value FROM voucher_batch'));
    expect(stored).toEqual({ type: 'integer', value: 5_000_000_000 });
    await signInAs(t, cashier);
    expect(expectOk(await sell(t, v.code, newId()))).toMatchObject({ amountMinor: 5_000_000_000 });
    expect(await merchantBalance(t, 'voucher_liability')).toBe(5_000_000_000);
  });
});
