import type { Input, Output } from '../../../../shared/ipc/contract';

export type SaleDetail = Output<'sales.find'>;
export type SaleLine = SaleDetail['lines'][number];
/** lineId → quantity to refund, in thousandths (0: not refunded). */
export type Selection = Readonly<Record<string, number>>;

/**
 * What the cashier typed or scanned → the sales.find input: digits are a printed receipt number;
 * anything else is a receipt's code (its barcode/QR holds the receipt id of a sale or a refund).
 */
export function findInputFor(typed: string): Input<'sales.find'> | null {
  const text = typed.trim();
  if (text === '') return null;
  if (/^\d{1,15}$/.test(text)) {
    const receiptNumber = Number(text);
    return receiptNumber >= 1 ? { receiptNumber } : null;
  }
  return text.length <= 64 ? { code: text } : null;
}

/** The refund request's lines: every line with a quantity, in the sale's order. */
export function selectedLines(sale: SaleDetail, selection: Selection): { lineId: string; quantityMilli: number }[] {
  return sale.lines.flatMap((line) => {
    const quantityMilli = selection[line.lineId] ?? 0;
    return quantityMilli > 0 ? [{ lineId: line.lineId, quantityMilli }] : [];
  });
}

/** Every refundable line at its whole refundable quantity ("refund everything left"). */
export function selectAll(sale: SaleDetail): Selection {
  return Object.fromEntries(sale.lines.filter((l) => l.refundableQuantityMilli > 0).map((l) => [l.lineId, l.refundableQuantityMilli]));
}

/**
 * The amount the manager approves, from core's own figures: a line taken whole gives back its
 * `refundableMinor` exactly. A part of a line is split by core at refund time (it allocates tax
 * and discounts), so then the figure is an upper bound and `exact` is false: the modal says
 * "at most", and the refund slip shows what core returned.
 */
export function approvalAmount(sale: SaleDetail, selection: Selection): { amountMinor: number; exact: boolean } {
  let amountMinor = 0;
  let exact = true;
  for (const line of sale.lines) {
    const quantityMilli = selection[line.lineId] ?? 0;
    if (quantityMilli <= 0) continue;
    amountMinor += line.refundableMinor;
    if (quantityMilli !== line.refundableQuantityMilli) exact = false;
  }
  return { amountMinor, exact };
}

/** A quantity typed in items (weighed goods: kilograms, up to 3 decimals) → thousandths, or null. */
export function parseQuantity(typed: string, maxMilli: number): number | null {
  const match = /^(\d{1,9})(?:[.,](\d{1,3}))?$/.exec(typed.trim());
  if (match === null) return null;
  const milli = Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
  return milli <= maxMilli ? milli : null;
}

/** A sale can be voided whole only while nothing was refunded and it is not voided already. */
export const canVoid = (sale: SaleDetail): boolean => sale.status === 'completed' && sale.refunds.length === 0;
