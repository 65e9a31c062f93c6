import fc from 'fast-check';
import type { PricingCart, PricingLine } from '../../../../electron/main/core/sales/pricing/price-cart';
import { newId } from '../../../../shared/domain/ids';
import { AMOUNT_MINOR_MAX } from '../../../../shared/domain/limits';
import type { Discount } from '../../../../shared/domain/sales/cart';
import {
  TAX_PROFILE_IDS, TAX_ROUNDING_LEVELS, TAX_ROUNDING_MODES, taxProfileFor, type TaxProfile,
} from '../../../../shared/domain/sales/tax-profiles';

/** A shipped profile with any rounding mode and level and, sometimes, its rates overridden. */
export const profileArb: fc.Arbitrary<TaxProfile> = fc
  .record({
    id: fc.constantFrom(...TAX_PROFILE_IDS),
    rounding: fc.constantFrom(...TAX_ROUNDING_MODES),
    roundingLevel: fc.constantFrom(...TAX_ROUNDING_LEVELS),
    rates: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 4, maxLength: 4 }),
    override: fc.boolean(),
  })
  .map(({ id, rounding, roundingLevel, rates, override }) => {
    const shipped = taxProfileFor(id);
    const overrides = override ? shipped.classes.map((c, i) => ({ taxClass: c.code, rateBp: rates[i] ?? 0 })) : [];
    return { ...taxProfileFor(id, overrides), rounding, roundingLevel };
  });

/** Mostly shop-sized prices, sometimes huge ones (overflow must be refused, never rounded). */
const priceArb = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 50_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: AMOUNT_MINOR_MAX }) },
);
const quantityArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }).map((n) => n * 1000) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 100_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 1_000_000_000 }) },
);
/** Amount discounts are drawn small enough to fit usually and large enough to exceed sometimes. */
export const discountArb: fc.Arbitrary<Discount | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 10_000 }).map((bp): Discount => ({ kind: 'percent', bp })) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((amountMinor): Discount => ({ kind: 'amount', amountMinor })) },
);

function lineArb(profile: TaxProfile): fc.Arbitrary<PricingLine> {
  return fc
    .record({ price: priceArb, quantityMilli: quantityArb, klass: fc.constantFrom(...profile.classes), discount: discountArb })
    .map(({ price, quantityMilli, klass, discount }) => ({
      lineId: newId(), productId: newId(), sku: 'SKU', name: 'Item',
      unitPriceMinor: price, quantityMilli, taxClass: klass.code, taxRateBp: klass.rateBp, discount, overridden: false,
    }));
}

export type PricingCase = { profile: TaxProfile; cart: PricingCart; increment: number };

export const caseArb: fc.Arbitrary<PricingCase> = profileArb.chain((profile) =>
  fc
    .record({
      lines: fc.array(lineArb(profile), { maxLength: 30 }),
      orderDiscount: discountArb,
      increment: fc.constantFrom(1, 5, 10, 50, 100),
    })
    .map(({ lines, orderDiscount, increment }) => ({
      profile, increment, cart: { cartId: newId(), currency: 'CHF', lines, orderDiscount },
    })),
);
