import { NAME_CHARS_MAX } from '../name';
import { currencyCode, uuidV7 } from '../../ipc/schemas';
import { z } from '../zod';
import { CART_LINES_MAX, QUANTITY_MILLI_MAX } from './cart';
import { taxClassCode, taxRateBp } from './tax-profiles';

/** SKUs as the catalog stores them; the receipt prints them. */
export const SKU_CHARS_MAX = 64;

/** Amounts in a priced cart: integer minor units ≥ 0 (z.int() also refuses anything unsafe). */
const minor = z.int().min(0);

/**
 * One priced line. `grossMinor` is unit price × quantity (rounded half-up to the minor unit)
 * before any discount; `totalMinor` is what the customer pays for the line (= net + tax). With
 * tax-inclusive prices gross − discounts = total; with exclusive prices gross − discounts = net.
 */
export const pricedLine = z.strictObject({
  lineId: uuidV7,
  productId: uuidV7,
  sku: z.string().max(SKU_CHARS_MAX),
  name: z.string().max(NAME_CHARS_MAX),
  quantityMilli: z.int().min(1).max(QUANTITY_MILLI_MAX),
  unitPriceMinor: minor,
  /** The unit price came from an approved override, not from the catalog. */
  overridden: z.boolean(),
  grossMinor: minor,
  lineDiscountMinor: minor,
  /** This line's share of the order discount (allocated in proportion to the discounted lines). */
  orderDiscountMinor: minor,
  /** Both discounts on this line together (line + order share): what the cart and receipt show. */
  discountMinor: minor,
  netMinor: minor,
  taxMinor: minor,
  totalMinor: minor,
  taxClass: taxClassCode,
  taxRateBp,
});
export type PricedLine = z.infer<typeof pricedLine>;

/** One row per (class, rate) of the lines; the rows add up to the document's net, tax and total. */
export const pricedTax = z.strictObject({
  taxClass: taxClassCode,
  rateBp: taxRateBp,
  netMinor: minor,
  taxMinor: minor,
  totalMinor: minor,
});
export type PricedTax = z.infer<typeof pricedTax>;

export const pricedCart = z.strictObject({
  cartId: uuidV7,
  currency: currencyCode,
  pricesIncludeTax: z.boolean(),
  lines: z.array(pricedLine).max(CART_LINES_MAX),
  taxes: z.array(pricedTax).max(CART_LINES_MAX),
  /** Σ line gross. */
  subtotalMinor: minor,
  /** Σ line discounts + Σ order-discount shares. */
  discountMinor: minor,
  netMinor: minor,
  taxMinor: minor,
  /** = netMinor + taxMinor = Σ line totals. */
  totalMinor: minor,
  /** cashTotalMinor − totalMinor: negative when rounded down. Applies to a cash tender only. */
  cashRoundingMinor: z.int(),
  /** The total rounded to the currency's cash increment (what a cash-only customer pays). */
  cashTotalMinor: minor,
});
export type PricedCart = z.infer<typeof pricedCart>;
