import { AMOUNT_MINOR_MAX } from '../limits';
import { currencyCode, uuidV7 } from '../../ipc/schemas';
import { z } from '../zod';

/** Quantities are integer thousandths: 1000 is one item, a weighed line counts grams. */
export const QUANTITY_MILLI_PER_UNIT = 1000;
/** One million items (or tonnes) on one line: far beyond a counter, still exact in BigInt. */
export const QUANTITY_MILLI_MAX = 1_000_000_000;
/** The most lines one cart may hold (one receipt; the Sell screen's 200-line budget fits). */
export const CART_LINES_MAX = 500;
/** 10000 basis points = 100 %. */
export const DISCOUNT_BP_MAX = 10_000;

/**
 * A discount on one line or on the whole order: a percentage in basis points (rounded half-up by
 * the pricing engine) or a fixed amount in minor units of the cart's currency (never more than
 * what it discounts: the engine answers `discount_exceeds_amount`).
 */
export const discount = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percent'), bp: z.int().min(1).max(DISCOUNT_BP_MAX) }),
  z.strictObject({ kind: z.literal('amount'), amountMinor: z.int().min(1).max(AMOUNT_MINOR_MAX) }),
]);
export type Discount = z.infer<typeof discount>;

/** One line as the till sends it: what and how much; prices and tax come from core, never from here. */
export const cartLineInput = z.strictObject({
  lineId: uuidV7,
  productId: uuidV7,
  quantityMilli: z.int().min(1).max(QUANTITY_MILLI_MAX),
  discount: discount.optional(),
  /** An approved price override (sales.overridePrice) that this line uses. */
  overrideId: uuidV7.optional(),
});
export type CartLineInput = z.infer<typeof cartLineInput>;

/** A line id names one line of a receipt (refunds point at it), so it appears once per cart. */
const uniqueLineIds = (lines: readonly CartLineInput[]): boolean =>
  new Set(lines.map((line) => line.lineId)).size === lines.length;

export const cartInput = z.strictObject({
  cartId: uuidV7,
  currency: currencyCode,
  lines: z.array(cartLineInput).max(CART_LINES_MAX).refine(uniqueLineIds, 'line ids must be unique'),
  orderDiscount: discount.optional(),
});
export type CartInput = z.infer<typeof cartInput>;
