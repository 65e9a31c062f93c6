import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import type { Output } from '../../../shared/ipc/contract';
import { expectOk, signInAs } from '../../support/test-app';
import { balancesOf, headSeq, kindsAfter, merchantBalance, newCustomer, topUp, walletWorld, type WalletWorld } from './wallet-fixture';

/** fx.setRate, fx.listRates and wallets.convert through the real dispatch (issue 8 §1, cross-border). */
let w: WalletWorld;
beforeEach(async () => {
  w = await walletWorld();
});
afterEach(async () => w.t.close());

type Rate = Output<'fx.setRate'>;
type Conversion = Output<'wallets.convert'>;
const MINUTE = 60_000;

async function setRate(input: Record<string, unknown>): Promise<Rate> {
  await signInAs(w.t, w.manager);
  const rate = expectOk<Rate>(await w.t.call('fx.setRate', {
    base: 'CNY', quote: 'EUR', rate: '0.1284', source: 'Bank of China', asOfMs: w.t.clock.nowMs(), feeBps: 150, ...input,
  }));
  await signInAs(w.t, w.cashier);
  return rate;
}

describe('fx.setRate and fx.listRates', () => {
  it('a manager sets a rate (decimal or ratio); it is chained with who set it; the list marks stale rates', async () => {
    const before = await headSeq(w.t);
    const set = await setRate({ maxAgeMs: 10 * MINUTE });
    expect(set).toEqual({
      base: 'CNY', quote: 'EUR', rate: { numerator: 1_284, denominator: 10_000 }, rateText: '0.1284', source: 'Bank of China',
      asOfMs: w.t.clock.nowMs(), feeBps: 150, maxAgeMs: 10 * MINUTE, setAtMs: w.t.clock.nowMs(), setByStaffId: w.manager.id, stale: false,
    });
    expect(await kindsAfter(w.t, before)).toContain('fx_rate.state');
    await setRate({ base: 'EUR', quote: 'CNY', rate: { numerator: 77_881, denominator: 10_000 }, source: 'manager', feeBps: 0 });
    w.t.clock.advance(4 * MINUTE);
    // Replacing a pair's rate keeps one row; the chain keeps both versions.
    await setRate({ rate: '0.1290', maxAgeMs: 2 * MINUTE, asOfMs: w.t.clock.nowMs() - MINUTE });
    w.t.clock.advance(MINUTE + 1);
    const listed = expectOk<Rate[]>(await w.t.call('fx.listRates', {}));
    expect(listed.map((r) => [r.base, r.quote, r.rateText, r.stale])).toEqual([['CNY', 'EUR', '0.1290', true], ['EUR', 'CNY', '77881/10000', false]]);
    const history = await w.t.db.tx.read((tx) => tx.all(
      "SELECT json_extract(s.state, '$.rateText') AS r FROM state_change s JOIN journal j ON j.seq = s.seq WHERE j.kind = 'fx_rate.state' ORDER BY s.seq"));
    expect(history.map((h) => h['r'])).toEqual(['0.1284', '77881/10000', '0.1290']);
    expect((await w.t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('refuses a cashier, a quote from the future or already stale, a float-like or zero rate, one currency twice', async () => {
    expect(await w.t.call('fx.setRate', { base: 'CNY', quote: 'EUR', rate: '0.1284', source: 'x', asOfMs: w.t.clock.nowMs(), feeBps: 0 }))
      .toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await signInAs(w.t, w.manager);
    const now = w.t.clock.nowMs();
    const base = { base: 'CNY', quote: 'EUR', rate: '0.1284', source: 'bank', asOfMs: now, feeBps: 0 };
    const cases: [Record<string, unknown>, string][] = [
      [{ asOfMs: now + 1 }, 'fx_rate_from_future'],
      [{ asOfMs: now - 24 * 60 * MINUTE - 1 }, 'fx_rate_stale'],
      [{ asOfMs: now - 2 * MINUTE, maxAgeMs: MINUTE }, 'fx_rate_stale'],
      [{ rate: '1e3' }, 'invalid_input'], [{ rate: '0.000' }, 'invalid_input'], [{ rate: '-1.5' }, 'invalid_input'],
      [{ rate: 0.1284 }, 'invalid_input'], [{ rate: { numerator: 1.5, denominator: 2 } }, 'invalid_input'],
      [{ rate: { numerator: 1, denominator: 0 } }, 'invalid_input'], [{ quote: 'CNY' }, 'invalid_input'],
      [{ feeBps: 10_000 }, 'invalid_input'], [{ maxAgeMs: 1 }, 'invalid_input'], [{ source: ' ' }, 'invalid_input'],
    ];
    for (const [extra, code] of cases) {
      expect(await w.t.call('fx.setRate', { ...base, ...extra }), JSON.stringify(extra)).toMatchObject({ ok: false, error: { code } });
    }
    expect(expectOk<Rate[]>(await w.t.call('fx.listRates', {}))).toEqual([]);
  });
});

describe('wallets.convert', () => {
  it('one batch: wallet → FX position and fee income in the source, FX position → wallet in the target; every figure recorded', async () => {
    const c = await newCustomer(w.t, 'Wang Fang');
    await topUp(w.t, c.wallet.id, 100_000);
    await setRate({ feeBps: 150 });
    const operationId = newId();
    const before = await headSeq(w.t);
    const done = expectOk<Conversion>(await w.t.call('wallets.convert', {
      operationId, walletId: c.wallet.id, fromCurrency: 'CNY', toCurrency: 'EUR', debitMinor: 10_001,
    }));
    // fee = 10,001 × 1.5 % = 150.015 → 150; converted 9,851 fen × 0.1284 = 1,264.8684 cents → 1,265 (half_even).
    expect(done).toEqual({
      operationId, walletId: c.wallet.id, fromCurrency: 'CNY', toCurrency: 'EUR', debitedMinor: 10_001, feeMinor: 150,
      convertedMinor: 9_851, creditedMinor: 1_265, feeBps: 150, rate: { numerator: 1_284, denominator: 10_000 }, rateText: '0.1284',
      rateSource: 'Bank of China', rateAsOfMs: w.t.clock.nowMs(), roundingMode: 'half_even', atMs: w.t.clock.nowMs(), replayed: false,
    });
    expect(done.convertedMinor + done.feeMinor).toBe(done.debitedMinor);
    expect(await balancesOf(w.t, c.id)).toEqual({ CNY: 100_000 - 10_001, EUR: 1_265 });
    expect(await merchantBalance(w.t, 'fx_position', 'CNY')).toBe(9_851);
    expect(await merchantBalance(w.t, 'fee_income', 'CNY')).toBe(150);
    expect(await merchantBalance(w.t, 'fx_position', 'EUR')).toBe(-1_265);
    const kinds = await kindsAfter(w.t, before);
    expect(kinds.filter((k) => k === 'ledger.batch' || k === 'wallet.convert')).toEqual(['ledger.batch', 'wallet.convert']);
    const legs = await w.t.db.tx.read((tx) => tx.all(
      "SELECT t.code, t.amount FROM transfer t JOIN journal j ON t.key >> 10 = j.seq WHERE j.kind = 'ledger.batch' AND j.ref_id = ? ORDER BY t.key",
      [Buffer.from(operationId.replace(/-/g, ''), 'hex')]));
    expect(legs.map((l) => [l['code'], l['amount']])).toEqual([['fx.convert.out', 9_851], ['fx.convert.fee', 150], ['fx.convert.in', 1_265]]);
    expect((await w.t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('the stated rounding mode is used and recorded; no fee means no fee leg', async () => {
    const c = await newCustomer(w.t, 'Wang Fang');
    await topUp(w.t, c.wallet.id, 100_000);
    await setRate({ feeBps: 0, rate: '0.5' });
    const convert = async (roundingMode: string) => expectOk<Conversion>(await w.t.call('wallets.convert', {
      operationId: newId(), walletId: c.wallet.id, fromCurrency: 'CNY', toCurrency: 'EUR', debitMinor: 5, roundingMode,
    }));
    // 5 fen × 0.5 = 2.5 cents exactly: the tie shows each mode.
    expect((await convert('half_up')).creditedMinor).toBe(3);
    expect((await convert('half_even')).creditedMinor).toBe(2);
    expect((await convert('down')).creditedMinor).toBe(2);
    expect(await convert('up')).toMatchObject({ creditedMinor: 3, feeMinor: 0, roundingMode: 'up' });
    expect(await merchantBalance(w.t, 'fee_income', 'CNY')).toBe(0);
    expect(await balancesOf(w.t, c.id)).toEqual({ CNY: 100_000 - 20, EUR: 10 });
  });

  it('a repeat answers the first outcome even after the rate changed; other content is refused', async () => {
    const c = await newCustomer(w.t, 'Wang Fang');
    await topUp(w.t, c.wallet.id, 100_000);
    await setRate({});
    const request = { operationId: newId(), walletId: c.wallet.id, fromCurrency: 'CNY', toCurrency: 'EUR', debitMinor: 10_000 };
    const first = expectOk<Conversion>(await w.t.call('wallets.convert', request));
    await setRate({ rate: '0.2' });
    const before = await headSeq(w.t);
    expect(expectOk<Conversion>(await w.t.call('wallets.convert', { ...request, roundingMode: 'half_even' }))).toEqual({ ...first, replayed: true });
    for (const other of [{ debitMinor: 10_001 }, { roundingMode: 'up' }, { toCurrency: 'USD' }]) {
      expect(await w.t.call('wallets.convert', { ...request, ...other })).toMatchObject({ ok: false, error: { code: 'id_exists_with_different_content' } });
    }
    expect(await headSeq(w.t)).toBe(before);
  });

  it('refusals are decided before any batch and stored nowhere: the same id goes through once they are cured', async () => {
    const c = await newCustomer(w.t, 'Wang Fang');
    const request = { operationId: newId(), walletId: c.wallet.id, fromCurrency: 'CNY', toCurrency: 'EUR', debitMinor: 1_000 };
    const refused = async (code: string) => {
      const before = await w.t.mark();
      expect(await w.t.call('wallets.convert', request)).toMatchObject({ ok: false, error: { code } });
      expect(await w.t.mark()).toEqual(before);
    };
    await refused('fx_rate_not_found');
    await setRate({ maxAgeMs: MINUTE });
    await refused('insufficient_funds'); // never held CNY
    await topUp(w.t, c.wallet.id, 999);
    await refused('insufficient_funds');
    await topUp(w.t, c.wallet.id, 1);
    w.t.clock.advance(MINUTE + 1);
    await refused('fx_rate_stale');
    await setRate({ maxAgeMs: MINUTE });
    w.t.clock.advance(-1);
    await refused('fx_rate_from_future');
    w.t.clock.advance(1);
    expect(expectOk<Conversion>(await w.t.call('wallets.convert', request)).replayed).toBe(false);
    expect(await balancesOf(w.t, c.id)).toEqual({ CNY: 0, EUR: expect.any(Number) });
  });
});
