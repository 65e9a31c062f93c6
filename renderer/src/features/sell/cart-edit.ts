import { newId } from '../../../../shared/domain/ids';
import type { CartInput, CartLineInput, Discount } from '../../../../shared/domain/sales/cart';

/**
 * What the cashier changes in a cart, as pure functions from one `cartInput` to the next. They
 * touch ids, product ids, quantities and discount *requests* only: every money figure of the
 * cart comes back from `sales.price`, never from here.
 */

/** One item: quantities are thousandths (weighed goods in grams). */
export const ONE_ITEM_MILLI = 1000;
/** The contract's bounds (shared/domain/sales/cart.ts). */
export const CART_LINES_MAX = 500;
export const QUANTITY_MILLI_MAX = 1_000_000_000;

export function emptyCart(currency: string, cartId: string = newId()): CartInput {
  return { cartId, currency, lines: [] };
}

/**
 * The product once more: +1 on its last plain line (no discount, no override, which are the
 * cashier's decisions about that line), else a new line at the end. Null when the cart is full
 * or the quantity would pass its bound: the caller says so and the cart stays as it was.
 */
export function addProduct(cart: CartInput, productId: string, lineId: string = newId()): CartInput | null {
  const at = plainLineOf(cart, productId);
  const existing = at === -1 ? undefined : cart.lines[at];
  if (existing !== undefined) {
    const quantityMilli = existing.quantityMilli + ONE_ITEM_MILLI;
    if (quantityMilli > QUANTITY_MILLI_MAX) return null;
    return replaceLine(cart, at, { ...existing, quantityMilli });
  }
  if (cart.lines.length >= CART_LINES_MAX) return null;
  return { ...cart, lines: [...cart.lines, { lineId, productId, quantityMilli: ONE_ITEM_MILLI }] };
}

/** The line an add of `productId` counts up: its last line without a discount or an approved price (-1: none). */
function plainLineOf(cart: CartInput, productId: string): number {
  return cart.lines.findLastIndex((line) => line.productId === productId && line.discount === undefined && line.overrideId === undefined);
}

/** The line `addProduct` created or counted up in `after`. */
export function addedLineOf(after: CartInput, productId: string): string | undefined {
  return after.lines[plainLineOf(after, productId)]?.lineId;
}

function replaceLine(cart: CartInput, at: number, line: CartLineInput): CartInput {
  const lines = cart.lines.slice();
  lines[at] = line;
  return { ...cart, lines };
}

function editLine(cart: CartInput, lineId: string, edit: (line: CartLineInput) => CartLineInput | null): CartInput {
  const at = cart.lines.findIndex((line) => line.lineId === lineId);
  const line = cart.lines[at];
  if (line === undefined) return cart;
  const edited = edit(line);
  if (edited === null) return { ...cart, lines: cart.lines.filter((l) => l.lineId !== lineId) };
  return replaceLine(cart, at, edited);
}

/** A new quantity; zero or less removes the line. */
export function setQuantity(cart: CartInput, lineId: string, quantityMilli: number): CartInput {
  if (!Number.isSafeInteger(quantityMilli) || quantityMilli > QUANTITY_MILLI_MAX) return cart;
  return editLine(cart, lineId, (line) => (quantityMilli <= 0 ? null : { ...line, quantityMilli }));
}

export function removeLine(cart: CartInput, lineId: string): CartInput {
  return editLine(cart, lineId, () => null);
}

/** A line discount, or none (the property left out, as the strict schema wants). */
export function setLineDiscount(cart: CartInput, lineId: string, discount: Discount | null): CartInput {
  return editLine(cart, lineId, ({ discount: _old, ...line }) => (discount === null ? line : { ...line, discount }));
}

export function setOrderDiscount(cart: CartInput, discount: Discount | null): CartInput {
  const { orderDiscount: _old, ...rest } = cart;
  return discount === null ? rest : { ...rest, orderDiscount: discount };
}

/** The line now sells at the manager-approved price recorded under `overrideId` by sales.overridePrice. */
export function setOverride(cart: CartInput, lineId: string, overrideId: string): CartInput {
  return editLine(cart, lineId, (line) => ({ ...line, overrideId }));
}

/** One more or one less (a delta in thousandths); down to zero removes the line. */
export function stepQuantity(cart: CartInput, lineId: string, deltaMilli: number): CartInput {
  const line = cart.lines.find((l) => l.lineId === lineId);
  return line === undefined ? cart : setQuantity(cart, lineId, line.quantityMilli + deltaMilli);
}
