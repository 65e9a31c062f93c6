import { AMOUNT_MINOR_MAX } from '../../../../../shared/domain/limits';
import { err, ok, type Result } from '../../../../../shared/domain/result';
import { CART_LINES_MAX, DISCOUNT_BP_MAX, QUANTITY_MILLI_MAX, type Discount } from '../../../../../shared/domain/sales/cart';
import { TAX_RATE_BP_MAX, taxRateFor, type TaxProfile } from '../../../../../shared/domain/sales/tax-profiles';
import type { PricingCart, PricingLine } from './pricing-line';

const intIn = (value: number, min: number, max: number): boolean =>
  Number.isSafeInteger(value) && value >= min && value <= max;

function discountProblem(discount: Discount | undefined): string | null {
  if (discount === undefined) return null;
  if (discount.kind === 'percent') return intIn(discount.bp, 1, DISCOUNT_BP_MAX) ? null : 'percent discount out of range';
  return intIn(discount.amountMinor, 1, AMOUNT_MINOR_MAX) ? null : 'amount discount out of range';
}

function checkLine(line: PricingLine, profile: TaxProfile): Result<true> {
  if (!Number.isSafeInteger(line.unitPriceMinor) || line.unitPriceMinor < 0) {
    return err('invalid_amount', `line ${line.lineId}: the unit price must be a safe integer ≥ 0`);
  }
  if (line.unitPriceMinor > AMOUNT_MINOR_MAX) return err('amount_overflow', `line ${line.lineId}: unit price too large`);
  if (!intIn(line.quantityMilli, 1, QUANTITY_MILLI_MAX)) return err('invalid_input', `line ${line.lineId}: quantity out of range`);
  if (!intIn(line.taxRateBp, 0, TAX_RATE_BP_MAX)) return err('invalid_input', `line ${line.lineId}: tax rate out of range`);
  if (taxRateFor(profile, line.taxClass) === undefined) {
    return err('unknown_tax_class', `tax class ${line.taxClass} is not in profile ${profile.id}`);
  }
  const problem = discountProblem(line.discount);
  return problem === null ? ok(true) : err('invalid_input', `line ${line.lineId}: ${problem}`);
}

/**
 * What the schemas already promise at the contract boundary, checked again because core is also
 * called from code (re-pricing a stored sale): a bad value is a refusal, never a wrong total.
 */
export function checkPricingInput(cart: PricingCart, profile: TaxProfile, cashIncrementMinor: number): Result<true> {
  if (!intIn(cashIncrementMinor, 1, AMOUNT_MINOR_MAX)) return err('invalid_input', 'cash increment must be a positive integer');
  if (cart.lines.length > CART_LINES_MAX) return err('invalid_input', `at most ${CART_LINES_MAX} lines`);
  for (const line of cart.lines) {
    const checked = checkLine(line, profile);
    if (!checked.ok) return checked;
  }
  const problem = discountProblem(cart.orderDiscount);
  return problem === null ? ok(true) : err('invalid_input', `order: ${problem}`);
}
