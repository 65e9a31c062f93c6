import { expect } from 'vitest';
import type { PricingCart, PricingLine } from '../../../../electron/main/core/sales/pricing/price-cart';
import { newId } from '../../../../shared/domain/ids';
import type { Result } from '../../../../shared/domain/result';
import type { Discount } from '../../../../shared/domain/sales/cart';
import type { PricedCart } from '../../../../shared/domain/sales/priced-cart';
import { taxRateFor, type TaxProfile } from '../../../../shared/domain/sales/tax-profiles';

/** A line of `profile`'s class at that class's rate: one item unless a quantity is given. */
export function line(
  profile: TaxProfile,
  taxClass: string,
  unitPriceMinor: number,
  more: { quantityMilli?: number; discount?: Discount } = {},
): PricingLine {
  const rate = taxRateFor(profile, taxClass);
  if (rate === undefined) throw new Error(`fixture: ${taxClass} not in ${profile.id}`);
  return {
    lineId: newId(),
    productId: newId(),
    sku: `SKU-${taxClass}`,
    name: `Item ${taxClass}`,
    unitPriceMinor,
    quantityMilli: more.quantityMilli ?? 1000,
    taxClass,
    taxRateBp: rate,
    discount: more.discount,
    overridden: false,
  };
}

export function cart(currency: string, lines: PricingLine[], orderDiscount?: Discount): PricingCart {
  return { cartId: newId(), currency, lines, orderDiscount };
}

export function priced(result: Result<PricedCart>): PricedCart {
  if (!result.ok) throw new Error(`expected a priced cart, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The amounts of each line, in order, as [gross, net, tax, total]. */
export const amountsOf = (p: PricedCart): number[][] =>
  p.lines.map((l) => [l.grossMinor, l.netMinor, l.taxMinor, l.totalMinor]);

export function expectError(result: Result<PricedCart>, code: string): void {
  expect(result).toMatchObject({ ok: false, error: { code } });
}
