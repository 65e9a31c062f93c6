import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../electron/main/app/ledger/ports';
import { currencyExponent } from '../../../shared/domain/currency';
import { newId } from '../../../shared/domain/ids';
import { AMOUNT_MINOR_MAX } from '../../../shared/domain/limits';
import type { RoundingMode } from '../../../shared/domain/rate';
import { fcSeed } from '../../support/fc-seed';
import { expectOk } from '../../support/test-app';
import { balancesOf, newCustomer, walletWorld, type WalletWorld } from './wallet-fixture';

/**
 * Property, through the use case and the real ledger: for every rounding mode, a conversion
 * debits the wallet by exactly debited = converted + fee, credits it by exactly credited, and
 * credited (and the fee) are the exact values rounded once by that mode, checked here by
 * cross-multiplication rather than with shared/domain/rate.ts.
 */
const MODES: readonly RoundingMode[] = ['half_up', 'half_even', 'down', 'up'];
const CURRENCIES = ['CNY', 'EUR', 'JPY', 'BHD', 'USD'] as const;
const RUNS = Number(process.env['WALLET_CONVERT_RUNS'] ?? 120);

/** Is r the exact value n/d (n ≥ 0, d > 0) rounded once by mode? */
function isRounding(r: bigint, n: bigint, d: bigint, mode: RoundingMode): boolean {
  const lower = n / d;
  const exact = n % d === 0n;
  const upper = exact ? lower : lower + 1n;
  const twice = 2n * (n - lower * d);
  switch (mode) {
    case 'down': return r === lower;
    case 'up': return r === upper;
    case 'half_up': return r === (twice >= d && !exact ? upper : lower);
    case 'half_even':
      if (exact) return r === lower;
      if (twice > d) return r === upper;
      if (twice < d) return r === lower;
      return r === (lower % 2n === 0n ? lower : upper);
  }
}

let w: WalletWorld;
let walletId: string;
let customerId: string;
let actor: Actor;

beforeAll(async () => {
  w = await walletWorld();
  actor = { staffId: w.manager.id };
  const c = await newCustomer(w.t, 'Property');
  walletId = c.wallet.id;
  customerId = c.id;
  // Enough of every currency for every run.
  for (const currency of CURRENCIES) {
    for (let i = 0; i < 3; i += 1) {
      expectOk(await w.t.app.useCases.wallets.topUp({
        operationId: newId(), walletId, currency, amountMinor: AMOUNT_MINOR_MAX, tender: { kind: 'cash' },
      }, actor));
    }
  }
});
afterAll(async () => w.t.close());

describe('wallets.convert, property', () => {
  it('debited = converted + fee, credited = round(converted × rate) once by the mode, and the balances move by exactly those', async () => {
    const seed = fcSeed('wallets.convert');
    const uc = w.t.app.useCases.wallets;
    let converted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...MODES), fc.constantFrom(...CURRENCIES), fc.constantFrom(...CURRENCIES),
        fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 9_999 }),
        async (mode, from, to, debit, numerator, denominator, feeBps) => {
          fc.pre(from !== to);
          expectOk(await uc.setFxRate({
            base: from, quote: to, rate: { numerator, denominator }, source: 'property', asOfMs: w.t.clock.nowMs(), feeBps,
          }, actor));
          const before = await balancesOf(w.t, customerId);
          const result = await uc.convert({ operationId: newId(), walletId, fromCurrency: from, toCurrency: to, debitMinor: debit, roundingMode: mode }, actor);
          if (!result.ok) {
            expect(['fx_amount_too_small', 'amount_overflow']).toContain(result.error.code);
            expect(await balancesOf(w.t, customerId)).toEqual(before);
            return;
          }
          converted += 1;
          const c = result.value;
          expect(c.debitedMinor).toBe(debit);
          expect(c.convertedMinor + c.feeMinor).toBe(c.debitedMinor);
          expect(isRounding(BigInt(c.feeMinor), BigInt(debit) * BigInt(feeBps), 10_000n, mode)).toBe(true);
          const scale = (currency: string) => 10n ** BigInt(currencyExponent(currency) ?? 0);
          const n = BigInt(c.convertedMinor) * BigInt(numerator) * scale(to);
          const d = BigInt(denominator) * scale(from);
          expect(isRounding(BigInt(c.creditedMinor), n, d, mode), `${c.convertedMinor} ${from}→${to} at ${numerator}/${denominator} ${mode}`).toBe(true);
          const after = await balancesOf(w.t, customerId);
          expect((before[from] ?? 0) - (after[from] ?? 0)).toBe(c.debitedMinor);
          expect((after[to] ?? 0) - (before[to] ?? 0)).toBe(c.creditedMinor);
        },
      ),
      { seed, numRuns: RUNS },
    );
    expect(converted).toBeGreaterThan(RUNS / 4);
    expect((await w.t.app.useCases.verifyLedger()).ok).toBe(true);
  });
});
