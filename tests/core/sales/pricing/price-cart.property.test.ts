import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceCart } from '../../../../electron/main/core/sales/pricing/price-cart';
import { AMOUNT_MINOR_MAX } from '../../../../shared/domain/limits';
import type { Discount } from '../../../../shared/domain/sales/cart';
import { pricedCart, type PricedCart } from '../../../../shared/domain/sales/priced-cart';
import type { TaxRounding } from '../../../../shared/domain/sales/tax-profiles';
import { fcSeed } from '../../../support/fc-seed';
import { caseArb, type PricingCase } from './pricing-arbitraries';

const RUNS = Number(process.env['PRICING_RUNS'] ?? 400);
const MAX = BigInt(AMOUNT_MINOR_MAX);

/** Is r the exact n/d (n ≥ 0, d > 0) rounded once by mode? Checked by cross-multiplication, not with the engine's code. */
function isRounding(r: number, n: bigint, d: bigint, mode: TaxRounding): boolean {
  const lower = n / d;
  if (n % d === 0n) return BigInt(r) === lower;
  const twice = 2n * (n - lower * d);
  if (twice > d) return BigInt(r) === lower + 1n;
  if (twice < d) return BigInt(r) === lower;
  const even = lower % 2n === 0n ? lower : lower + 1n;
  return BigInt(r) === (mode === 'half_up' ? lower + 1n : even);
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** What the refusal must be, from the input alone: the first line (in order) or the order that is refused. */
function expectedRefusal(c: PricingCase): string | null {
  let base = 0n;
  const off = (amount: bigint, d: Discount | undefined): bigint | 'exceeds' => {
    if (d === undefined) return 0n;
    if (d.kind === 'percent') return (amount * BigInt(d.bp) * 2n + 10_000n) / 20_000n;
    return BigInt(d.amountMinor) > amount ? 'exceeds' : BigInt(d.amountMinor);
  };
  for (const line of c.cart.lines) {
    const gross = (BigInt(line.unitPriceMinor) * BigInt(line.quantityMilli) * 2n + 1000n) / 2000n;
    if (gross > MAX) return 'amount_overflow';
    const d = off(gross, line.discount);
    if (d === 'exceeds') return 'discount_exceeds_amount';
    base += gross - d;
  }
  if (base > MAX) return 'amount_overflow';
  return off(base, c.cart.orderDiscount) === 'exceeds' ? 'discount_exceeds_amount' : null;
}

/** Σ gross above the largest amount, or (tax on top) the discounted total plus its highest possible tax. */
function subtotalOrTaxedTotalTooLarge(c: PricingCase): boolean {
  const gross = c.cart.lines.map((l) => (BigInt(l.unitPriceMinor) * BigInt(l.quantityMilli) * 2n + 1000n) / 2000n);
  const subtotal = gross.reduce((a, b) => a + b, 0n);
  const maxRate = BigInt(Math.max(0, ...c.cart.lines.map((l) => l.taxRateBp)));
  return subtotal > MAX || (!c.profile.pricesIncludeTax && subtotal + (subtotal * maxRate) / 10_000n + BigInt(c.cart.lines.length) > MAX);
}

function checkTotals(p: PricedCart, c: PricingCase): void {
  const lines = p.lines;
  expect(sum(lines.map((l) => l.totalMinor))).toBe(p.totalMinor);
  expect(p.netMinor + p.taxMinor).toBe(p.totalMinor);
  expect(sum(lines.map((l) => l.grossMinor))).toBe(p.subtotalMinor);
  expect(sum(lines.map((l) => l.lineDiscountMinor + l.orderDiscountMinor))).toBe(p.discountMinor);
  for (const l of lines) expect(l.discountMinor).toBe(l.lineDiscountMinor + l.orderDiscountMinor);
  for (const key of ['netMinor', 'taxMinor', 'totalMinor'] as const) expect(sum(p.taxes.map((t) => t[key]))).toBe(p[key]);
  // Cash: a multiple of the increment, nearer than half an increment (an exact half goes up).
  expect(p.cashTotalMinor % c.increment).toBe(0);
  expect(Math.abs(p.cashRoundingMinor)).toBeLessThan(c.increment);
  expect(2 * Math.abs(p.cashRoundingMinor)).toBeLessThanOrEqual(c.increment);
  expect(p.cashTotalMinor - p.totalMinor).toBe(p.cashRoundingMinor);
}

function checkLines(p: PricedCart, c: PricingCase): void {
  const inclusive = c.profile.pricesIncludeTax;
  p.lines.forEach((l, i) => {
    const input = c.cart.lines[i];
    expect(input?.lineId).toBe(l.lineId);
    expect(isRounding(l.grossMinor, BigInt(l.unitPriceMinor) * BigInt(l.quantityMilli), 1000n, 'half_up')).toBe(true);
    const base = l.grossMinor - l.lineDiscountMinor - l.orderDiscountMinor;
    expect(base).toBeGreaterThanOrEqual(0); // discounts never make a line negative
    expect(Math.min(l.lineDiscountMinor, l.orderDiscountMinor, l.netMinor, l.taxMinor, l.totalMinor)).toBeGreaterThanOrEqual(0);
    expect(inclusive ? l.totalMinor : l.netMinor).toBe(base);
    expect(l.netMinor + l.taxMinor).toBe(l.totalMinor);
    if (input?.discount?.kind === 'percent') {
      expect(isRounding(l.lineDiscountMinor, BigInt(l.grossMinor) * BigInt(input.discount.bp), 10_000n, 'half_up')).toBe(true);
    }
  });
}

/** The order discount is exact in total and each share within one unit of its proportional share. */
function checkOrderDiscount(p: PricedCart, c: PricingCase): void {
  const after = p.lines.map((l) => l.grossMinor - l.lineDiscountMinor);
  const base = sum(after);
  const shares = p.lines.map((l) => l.orderDiscountMinor);
  const d = c.cart.orderDiscount;
  const total = d === undefined ? 0 : d.kind === 'amount' ? d.amountMinor : Number((BigInt(base) * BigInt(d.bp) * 2n + 10_000n) / 20_000n);
  expect(sum(shares)).toBe(total);
  if (base === 0) return;
  shares.forEach((share, i) => {
    const exactTimesBase = BigInt(total) * BigInt(after[i] ?? 0);
    expect(BigInt(share) * BigInt(base) - exactTimesBase < BigInt(base)).toBe(true);
    expect(exactTimesBase - BigInt(share) * BigInt(base) < BigInt(base)).toBe(true);
  });
}

/** Per line: each line's tax is its own rounding; per document: each row's tax is its total's rounding. */
function checkTaxRounding(p: PricedCart, c: PricingCase): void {
  const { pricesIncludeTax: inclusive, rounding, roundingLevel } = c.profile;
  const taxed = (base: number, rate: number, tax: number) =>
    isRounding(tax, BigInt(base) * BigInt(rate), inclusive ? 10_000n + BigInt(rate) : 10_000n, rounding);
  if (roundingLevel === 'line') {
    for (const l of p.lines) expect(taxed(inclusive ? l.totalMinor : l.netMinor, l.taxRateBp, l.taxMinor)).toBe(true);
  } else {
    for (const t of p.taxes) expect(taxed(inclusive ? t.totalMinor : t.netMinor, t.rateBp, t.taxMinor)).toBe(true);
  }
  const keys = p.taxes.map((t) => `${t.taxClass}/${t.rateBp}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(new Set(p.lines.map((l) => `${l.taxClass}/${l.taxRateBp}`))).toEqual(new Set(keys));
}

function everyNumberSafe(value: unknown): boolean {
  if (typeof value === 'number') return Number.isSafeInteger(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(everyNumberSafe);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(everyNumberSafe);
  return true;
}

describe('priceCart, property (every profile, rounding mode and level, random carts)', () => {
  it('totals are the sums of their parts; discounts, tax and cash rounding are each exact; refusals are the right ones', () => {
    const seed = fcSeed('sales.priceCart');
    let priced = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = priceCart(c.cart, c.profile, c.increment);
        const refusal = expectedRefusal(c);
        if (!result.ok) {
          expect(result.error.code).toBe(refusal ?? 'amount_overflow');
          // With every line and the order fitting, only the subtotal or the taxed total can be too large.
          if (refusal === null) expect(subtotalOrTaxedTotalTooLarge(c)).toBe(true);
          return;
        }
        expect(refusal).toBeNull();
        priced += 1;
        const p = result.value;
        checkTotals(p, c);
        checkLines(p, c);
        checkOrderDiscount(p, c);
        checkTaxRounding(p, c);
        expect(everyNumberSafe(p)).toBe(true);
        expect(pricedCart.safeParse(p).success).toBe(true);
      }),
      { seed, numRuns: RUNS },
    );
    // The generators must mostly make carts that price, or the checks above prove little.
    expect(priced).toBeGreaterThan(RUNS / 2);
  });
});
