import { err, ok, type Result } from '../../../../shared/domain/result';
import { isUuidV7 } from '../../../../shared/domain/ids';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { lineRefundable, refundRounding, type RefundableLine } from '../../core/sales/refund-amounts';
import { findRefund, refundsOfSale, type StoredRefund } from '../../db/repositories/refund.repo';
import { findSale, saleIdByReceiptNo, type StoredSale } from '../../db/repositories/sale.repo';
import type { ReadTx } from '../../db/tx';
import { maskedLast4, refundReceiptNumber } from './sale-receipt';
import type { SalesPorts } from './sales-ports';

/** A sale with its refunds and what each line and tender has given back so far. */
export type SaleState = {
  readonly stored: StoredSale;
  readonly refunds: readonly StoredRefund[];
  readonly refundedQuantity: ReadonlyMap<string, number>;
  /** What each tender paid back so far (a cash tender: what left the drawer, whole coins). */
  readonly refundedByTender: ReadonlyMap<string, number>;
  /** The cash rounding of the refunds so far (their tenders less their totals): only cash rounds. */
  readonly refundRoundingMinor: number;
};

export async function saleState(tx: ReadTx, saleId: string): Promise<SaleState | undefined> {
  const stored = await findSale(tx, saleId);
  if (!stored) return undefined;
  const refunds = await refundsOfSale(tx, saleId);
  const refundedQuantity = new Map<string, number>();
  const refundedByTender = new Map<string, number>();
  for (const r of refunds) {
    for (const l of r.lines) refundedQuantity.set(l.lineId, (refundedQuantity.get(l.lineId) ?? 0) + l.quantityMilli);
    for (const t of r.tenders) refundedByTender.set(t.tenderId, (refundedByTender.get(t.tenderId) ?? 0) + t.amountMinor);
  }
  const refundRoundingMinor = refunds.reduce((sum, r) => sum + refundRounding(r.tenders, r.refund.totalMinor), 0);
  return { stored, refunds, refundedQuantity, refundedByTender, refundRoundingMinor };
}

export function refundableLine(state: SaleState, lineId: string): RefundableLine | undefined {
  const line = state.stored.lines.find((l) => l.lineId === lineId);
  return line && {
    lineId, quantityMilli: line.quantityMilli, netMinor: line.netMinor, taxMinor: line.taxMinor,
    refundedQuantityMilli: state.refundedQuantity.get(lineId) ?? 0,
  };
}

/**
 * The sale a lookup names: its printed number on this terminal, its id, or a scanned receipt
 * code (a sale's id, or a refund's id, which leads to its sale).
 */
export async function saleIdOf(tx: ReadTx, input: Input<'sales.find'>, terminalId: string): Promise<string | undefined> {
  if (input.receiptNumber !== undefined) return saleIdByReceiptNo(tx, terminalId, input.receiptNumber);
  const id = input.saleId ?? input.code?.trim().toLowerCase() ?? '';
  if (!isUuidV7(id)) return undefined;
  if (await findSale(tx, id)) return id;
  return (await findRefund(tx, id))?.refund.saleId;
}

/** The sale as the refund screen shows it: each line and tender with what may still be given back. */
export function saleDetail(state: SaleState): Output<'sales.find'> {
  const { sale, lines, tenders } = state.stored;
  const voided = sale.status === 'voided';
  const lineViews = lines.map((l) => {
    const refundable = voided ? { quantityMilli: 0, totalMinor: 0 } : lineRefundable(refundableLineOrThrow(state, l.lineId));
    return {
      lineId: l.lineId, productId: l.productId, sku: l.sku, name: l.name, quantityMilli: l.quantityMilli, unitPriceMinor: l.unitPriceMinor,
      discountMinor: l.discountMinor, netMinor: l.netMinor, taxMinor: l.taxMinor, totalMinor: l.totalMinor, taxClass: l.taxClass,
      taxRateBp: l.taxRateBp, refundedQuantityMilli: state.refundedQuantity.get(l.lineId) ?? 0,
      refundableQuantityMilli: refundable.quantityMilli, refundableMinor: refundable.totalMinor,
    };
  });
  return {
    saleId: sale.id, receiptNumber: sale.receiptNo, status: sale.status, completedAtMs: sale.completedAtMs, currency: sale.currency,
    staffId: sale.staffId, totalMinor: sale.totalMinor, cashRoundingMinor: sale.cashRoundingMinor, lines: lineViews,
    tenders: tenders.map((t) => {
      const refunded = state.refundedByTender.get(t.tenderId) ?? 0;
      return {
        tenderId: t.tenderId, kind: t.kind, amountMinor: t.amountMinor, refundedMinor: refunded,
        refundableMinor: voided ? 0 : t.amountMinor - refunded, maskedCard: maskedLast4(t.last4) ?? null, reference: t.reference,
      };
    }),
    refunds: state.refunds.map((r) => ({
      refundId: r.refund.id, kind: r.refund.kind, atMs: r.refund.atMs, totalMinor: r.refund.totalMinor, receiptNumber: refundReceiptNumber(r.refund.receiptNo),
    })),
    refundableMinor: lineViews.reduce((sum, l) => sum + l.refundableMinor, 0),
  };
}

function refundableLineOrThrow(state: SaleState, lineId: string): RefundableLine {
  const line = refundableLine(state, lineId);
  if (!line) throw new Error(`line ${lineId} vanished from its sale`);
  return line;
}

export type FindSale = (input: Input<'sales.find'>) => Promise<Result<Output<'sales.find'>>>;

export function findSaleDetail(ports: Pick<SalesPorts, 'db' | 'terminalId'>): FindSale {
  return async (input) =>
    ports.db.tx.read(async (tx) => {
      const saleId = await saleIdOf(tx, input, ports.terminalId);
      const state = saleId === undefined ? undefined : await saleState(tx, saleId);
      return state ? ok(saleDetail(state)) : err('sale_not_found', 'no sale has this number or code');
    });
}
