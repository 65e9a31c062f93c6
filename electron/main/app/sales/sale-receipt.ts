import type { Receipt, ReceiptTax } from '../../../../shared/domain/sales/receipt';
import { refundRounding } from '../../core/sales/refund-amounts';
import { findPayment, type PaymentMethod } from '../../db/repositories/payment.repo';
import { findStaffById } from '../../db/repositories/staff.repo';
import type { StoredRefund } from '../../db/repositories/refund.repo';
import type { SaleLineRow, SaleTenderRow, StoredSale } from '../../db/repositories/sale.repo';
import type { ReadTx } from '../../db/tx';
import type { ReceiptHeader } from './sales-ports';

/** '13%', '5.5%': the rate in basis points as printed. */
export function rateLabel(rateBp: number): string {
  return `${rateBp / 100}%`;
}

/** How a card may be printed: masked, the last 4 only. */
export function maskedLast4(last4: string | null): string | undefined {
  return last4 === null ? undefined : `•••• ${last4}`;
}

export const saleReceiptNumber = (receiptNo: number): string => String(receiptNo);
export const refundReceiptNumber = (receiptNo: number): string => `R${receiptNo}`;

async function staffFirstName(tx: ReadTx, staffId: string): Promise<string> {
  const staff = await findStaffById(tx, staffId);
  return staff?.displayName.trim().split(/\s+/u)[0] ?? '—';
}

function merchantOf(header: ReceiptHeader): Receipt['merchant'] {
  return {
    name: header.merchantName,
    ...(header.address === undefined ? {} : { address: header.address }),
    ...(header.taxId === undefined ? {} : { taxId: header.taxId }),
  };
}

/** One tax row per (class, rate), from the lines it covers. */
function taxRows(rows: readonly { readonly line: SaleLineRow; readonly netMinor: number; readonly taxMinor: number }[]): ReceiptTax[] {
  const byKey = new Map<string, ReceiptTax>();
  for (const { line, netMinor, taxMinor } of rows) {
    const key = `${line.taxClass}:${line.taxRateBp}`;
    const prior = byKey.get(key);
    byKey.set(key, {
      label: `${line.taxClass} ${rateLabel(line.taxRateBp)}`, taxClass: line.taxClass, rateBp: line.taxRateBp,
      netMinor: (prior?.netMinor ?? 0) + netMinor, taxMinor: (prior?.taxMinor ?? 0) + taxMinor,
    });
  }
  return [...byKey.values()];
}

function tenderLine(t: SaleTenderRow, amountMinor: number, withBalance: boolean): Receipt['tenders'][number] {
  const masked = maskedLast4(t.last4);
  return {
    kind: t.kind, amountMinor,
    ...(masked === undefined ? {} : { maskedCard: masked }),
    ...(t.kind === 'external_card' && t.reference !== null ? { approvalCode: t.reference } : {}),
    ...(t.kind === 'provider' && t.reference !== null ? { providerReference: t.reference } : {}),
    ...(withBalance && t.balanceAfterMinor !== null ? { remainingBalanceMinor: Math.max(0, t.balanceAfterMinor) } : {}),
  };
}

/** The receipt of a sale, as printed (cash shows what was handed over; change on its own line). */
export async function saleReceipt(tx: ReadTx, header: ReceiptHeader, stored: StoredSale, copy: boolean): Promise<Receipt> {
  const { sale } = stored;
  const methods = new Map<string, PaymentMethod>();
  for (const t of stored.tenders) {
    const payment = t.paymentId === null ? undefined : await findPayment(tx, t.paymentId);
    if (payment) methods.set(payment.id, payment.method);
  }
  return {
    receiptId: sale.id, kind: 'sale', receiptNumber: saleReceiptNumber(sale.receiptNo), copy, merchant: merchantOf(header),
    terminalName: header.terminalName, staffFirstName: await staffFirstName(tx, sale.staffId), atMs: sale.completedAtMs, currency: sale.currency,
    lines: stored.lines.map((l) => ({
      name: l.name, quantityMilli: l.quantityMilli, unitPriceMinor: l.unitPriceMinor, discountMinor: l.discountMinor, totalMinor: l.totalMinor,
      taxLabel: rateLabel(l.taxRateBp),
    })),
    taxes: taxRows(stored.lines.map((line) => ({ line, netMinor: line.netMinor, taxMinor: line.taxMinor }))),
    subtotalMinor: sale.subtotalMinor, discountMinor: sale.discountMinor, totalMinor: sale.totalMinor, cashRoundingMinor: sale.cashRoundingMinor,
    tenders: stored.tenders.map((t) => {
      const line = tenderLine(t, t.cashHandedMinor ?? t.amountMinor, true);
      const provider = t.paymentId === null ? undefined : methods.get(t.paymentId);
      return provider === undefined ? line : { ...line, provider };
    }),
    changeMinor: sale.changeMinor, code: sale.id,
  };
}

/** The slip of a refund or void: what was given back, per line and per tender, with the sale's number. */
export async function refundReceipt(tx: ReadTx, header: ReceiptHeader, sale: StoredSale, stored: StoredRefund, copy: boolean): Promise<Receipt> {
  const { refund } = stored;
  const lineById = new Map(sale.lines.map((l) => [l.lineId, l]));
  const tenderById = new Map(sale.tenders.map((t) => [t.tenderId, t]));
  const lines = stored.lines.flatMap((r) => {
    const line = lineById.get(r.lineId);
    return line ? [{ line, refund: r }] : [];
  });
  // cash paid back in whole coins (a void: the sale's own rounding)
  const rounding = refundRounding(stored.tenders, refund.totalMinor);
  return {
    receiptId: refund.id, kind: refund.kind, receiptNumber: refundReceiptNumber(refund.receiptNo),
    originalReceiptNumber: saleReceiptNumber(sale.sale.receiptNo), copy, merchant: merchantOf(header), terminalName: header.terminalName,
    staffFirstName: await staffFirstName(tx, refund.staffId), atMs: refund.atMs, currency: sale.sale.currency,
    lines: lines.map(({ line, refund: r }) => ({
      name: line.name, quantityMilli: r.quantityMilli, unitPriceMinor: line.unitPriceMinor, discountMinor: 0, totalMinor: r.totalMinor,
      taxLabel: rateLabel(line.taxRateBp),
    })),
    taxes: taxRows(lines.map(({ line, refund: r }) => ({ line, netMinor: r.netMinor, taxMinor: r.taxMinor }))),
    subtotalMinor: refund.totalMinor, discountMinor: 0, totalMinor: refund.totalMinor, cashRoundingMinor: rounding,
    tenders: stored.tenders.flatMap((rt) => {
      const t = tenderById.get(rt.tenderId);
      return t ? [tenderLine(t, rt.amountMinor, false)] : [];
    }),
    changeMinor: 0, code: refund.id,
  };
}
