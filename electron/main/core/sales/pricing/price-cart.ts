import { ok, type Result } from '../../../../../shared/domain/result';
import { roundToCashIncrement } from '../../../../../shared/domain/sales/cash-rounding';
import type { PricedCart, PricedLine } from '../../../../../shared/domain/sales/priced-cart';
import type { TaxProfile } from '../../../../../shared/domain/sales/tax-profiles';
import { boundedMinor, sumBig } from './amounts';
import { checkPricingInput } from './check-input';
import { discountOn, lineGross, orderDiscountShares } from './discounts';
import type { PricingCart, PricingLine } from './pricing-line';
import { taxRows } from './tax-rows';
import { lineTaxes } from './taxes';

export type { PricingCart, PricingLine } from './pricing-line';

type Discounted = { readonly line: PricingLine; readonly grossMinor: number; readonly lineDiscountMinor: number };

/** Gross and line discount of every line; the first refusal wins. */
function discountLines(lines: readonly PricingLine[]): Result<Discounted[]> {
  const out: Discounted[] = [];
  for (const line of lines) {
    const gross = lineGross(line);
    if (!gross.ok) return gross;
    const discount = discountOn(gross.value, line.discount, `line ${line.lineId}`);
    if (!discount.ok) return discount;
    out.push({ line, grossMinor: gross.value, lineDiscountMinor: discount.value });
  }
  return ok(out);
}

/** A priced line from its amount after discounts (`baseMinor`) and its tax. */
function pricedLine(d: Discounted, orderDiscountMinor: number, baseMinor: number, taxMinor: number, inclusive: boolean): PricedLine {
  const { line } = d;
  return {
    lineId: line.lineId,
    productId: line.productId,
    sku: line.sku,
    name: line.name,
    quantityMilli: line.quantityMilli,
    unitPriceMinor: line.unitPriceMinor,
    overridden: line.overridden,
    grossMinor: d.grossMinor,
    lineDiscountMinor: d.lineDiscountMinor,
    orderDiscountMinor,
    discountMinor: d.lineDiscountMinor + orderDiscountMinor,
    // Inclusive: the base is what the customer pays and holds the tax; exclusive: tax comes on top.
    netMinor: inclusive ? baseMinor - taxMinor : baseMinor,
    taxMinor,
    totalMinor: inclusive ? baseMinor : baseMinor + taxMinor,
    taxClass: line.taxClass,
    taxRateBp: line.taxRateBp,
  };
}

/**
 * Prices a cart exactly to the minor unit, in this order: gross per line (unit × quantity / 1000,
 * half-up) → line discount (percent half-up, or an amount never above the line) → the order
 * discount allocated over the lines by their discounted amounts → tax by the profile (inclusive
 * or exclusive, half-up or half-even, per line or per (class, rate) on the document and allocated
 * back) → tax rows → the cash total rounded half-up to `cashIncrementMinor` (1 = no rounding).
 * Totals: Σ line totals = totalMinor = netMinor + taxMinor; the rows add up to the document.
 * Errors: `discount_exceeds_amount`, `unknown_tax_class`, `amount_overflow` (any amount above
 * AMOUNT_MINOR_MAX), `invalid_input` / `invalid_amount` for values the contract would refuse.
 */
export function priceCart(cart: PricingCart, profile: TaxProfile, cashIncrementMinor: number): Result<PricedCart> {
  const checked = checkPricingInput(cart, profile, cashIncrementMinor);
  if (!checked.ok) return checked;
  const discounted = discountLines(cart.lines);
  if (!discounted.ok) return discounted;
  const afterLine = discounted.value.map((d) => d.grossMinor - d.lineDiscountMinor);
  const shares = orderDiscountShares(afterLine, cart.orderDiscount);
  if (!shares.ok) return shares;
  const bases = discounted.value.map((d, i) => ({
    taxClass: d.line.taxClass,
    rateBp: d.line.taxRateBp,
    baseMinor: (afterLine[i] ?? 0) - (shares.value[i] ?? 0),
  }));
  const taxes = lineTaxes(bases, profile);
  if (!taxes.ok) return taxes;
  const lines = discounted.value.map((d, i) =>
    pricedLine(d, shares.value[i] ?? 0, bases[i]?.baseMinor ?? 0, taxes.value[i] ?? 0, profile.pricesIncludeTax),
  );
  return documentTotals(cart, profile, lines, cashIncrementMinor);
}

/** The document's sums over its lines and the cash rounding of its total. */
function documentTotals(cart: PricingCart, profile: TaxProfile, lines: PricedLine[], cashIncrementMinor: number): Result<PricedCart> {
  const subtotal = boundedMinor(sumBig(lines.map((l) => l.grossMinor)), 'the subtotal');
  if (!subtotal.ok) return subtotal;
  const total = boundedMinor(sumBig(lines.map((l) => l.totalMinor)), 'the total');
  if (!total.ok) return total;
  const cashTotal = boundedMinor(BigInt(roundToCashIncrement(total.value, cashIncrementMinor)), 'the cash total');
  if (!cashTotal.ok) return cashTotal;
  const sum = (pick: (l: PricedLine) => number): number => lines.reduce((acc, l) => acc + pick(l), 0);
  return ok({
    cartId: cart.cartId,
    currency: cart.currency,
    pricesIncludeTax: profile.pricesIncludeTax,
    lines,
    taxes: taxRows(lines),
    subtotalMinor: subtotal.value,
    discountMinor: sum((l) => l.discountMinor),
    netMinor: sum((l) => l.netMinor),
    taxMinor: sum((l) => l.taxMinor),
    totalMinor: total.value,
    cashRoundingMinor: cashTotal.value - total.value,
    cashTotalMinor: cashTotal.value,
  });
}
