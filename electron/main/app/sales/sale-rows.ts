import type { RecordBody } from '../../../../shared/domain/records';
import type { PricedCart } from '../../../../shared/domain/sales/priced-cart';
import type { SaleLineRow, SaleRow, SaleTenderRow, StoredSale } from '../../db/repositories/sale.repo';
import type { PricedForSale } from './price-for-sale';
import type { ResolvedTender } from './resolve-tenders';

export type SaleFacts = {
  readonly saleId: string;
  readonly receiptNo: number;
  readonly terminalId: string;
  readonly shiftId: string;
  readonly staffId: string;
  readonly atMs: number;
  readonly demo: boolean;
  readonly requestHash: Uint8Array;
  readonly changeMinor: number;
  readonly cashRoundingMinor: number;
};

/** The rows of a sale: its header, its lines (with catalog category at the time of sale) and its tenders. */
export function saleRows(
  facts: SaleFacts, priced: PricedForSale, tenders: readonly ResolvedTender[], paidMinor: readonly number[],
  balances: ReadonlyMap<string, number>,
): StoredSale {
  const cart = priced.priced;
  const sale: SaleRow = {
    id: facts.saleId, receiptNo: facts.receiptNo, terminalId: facts.terminalId, shiftId: facts.shiftId, staffId: facts.staffId,
    completedAtMs: facts.atMs, currency: cart.currency, subtotalMinor: cart.subtotalMinor, discountMinor: cart.discountMinor,
    netMinor: cart.netMinor, taxMinor: cart.taxMinor, totalMinor: cart.totalMinor, cashRoundingMinor: facts.cashRoundingMinor,
    changeMinor: facts.changeMinor, status: 'completed', demo: facts.demo, pricesIncludeTax: cart.pricesIncludeTax, requestHash: facts.requestHash,
  };
  const lines: SaleLineRow[] = cart.lines.map((l, lineNo) => {
    const product = priced.products.get(l.productId);
    const override = [...priced.overrides.values()].find((o) => o.lineId === l.lineId && l.overridden);
    return {
      lineId: l.lineId, lineNo, productId: l.productId, sku: l.sku, name: l.name, categoryId: product?.categoryId ?? null,
      categoryName: product?.categoryName ?? null, quantityMilli: l.quantityMilli, unitPriceMinor: l.unitPriceMinor, grossMinor: l.grossMinor,
      discountMinor: l.discountMinor, netMinor: l.netMinor, taxMinor: l.taxMinor, totalMinor: l.totalMinor,
      taxClass: l.taxClass, taxRateBp: l.taxRateBp, overrideId: override?.id ?? null,
    };
  });
  const tenderRows: SaleTenderRow[] = tenders.map((t, tenderNo) => ({
    tenderId: t.tenderId, tenderNo, kind: t.kind, amountMinor: paidMinor[tenderNo] ?? 0,
    cashHandedMinor: t.kind === 'cash' ? t.amountMinor : null, reference: t.reference, cardId: t.cardId, last4: t.last4,
    authorizationId: t.authorizationId, walletId: t.walletId, accountId: t.source.kind === 'merchant' ? null : t.source.accountId,
    paymentId: t.paymentId, balanceAfterMinor: balances.get(t.tenderId) ?? null,
  }));
  return { sale, lines, tenders: tenderRows };
}

/** The sale.completed record: the outbox wire body (ids and minor units; a card by id and last 4). */
export function saleCompletedBody(stored: StoredSale, cart: PricedCart, tenders: readonly ResolvedTender[]): RecordBody<'sale.completed'> {
  const { sale } = stored;
  const byId = new Map(tenders.map((t) => [t.tenderId, t]));
  return {
    saleId: sale.id, receiptNumber: sale.receiptNo, shiftId: sale.shiftId, currency: sale.currency, pricesIncludeTax: sale.pricesIncludeTax,
    subtotalMinor: sale.subtotalMinor, discountMinor: sale.discountMinor, netMinor: sale.netMinor, taxMinor: sale.taxMinor,
    totalMinor: sale.totalMinor, cashRoundingMinor: sale.cashRoundingMinor, changeMinor: sale.changeMinor, demo: sale.demo,
    lines: stored.lines.map((l) => ({
      lineId: l.lineId, productId: l.productId, sku: l.sku, name: l.name, quantityMilli: l.quantityMilli, unitPriceMinor: l.unitPriceMinor,
      overridden: l.overrideId !== null, overrideId: l.overrideId, grossMinor: l.grossMinor, discountMinor: l.discountMinor,
      netMinor: l.netMinor, taxMinor: l.taxMinor, totalMinor: l.totalMinor, taxClass: l.taxClass, taxRateBp: l.taxRateBp,
    })),
    taxes: cart.taxes.map((t) => ({ taxClass: t.taxClass, rateBp: t.rateBp, netMinor: t.netMinor, taxMinor: t.taxMinor, totalMinor: t.totalMinor })),
    tenders: stored.tenders.map((t) => ({
      tenderId: t.tenderId, kind: t.kind, amountMinor: t.amountMinor, cashHandedMinor: t.cashHandedMinor, cardId: t.cardId, last4: t.last4,
      authorizationId: t.authorizationId, walletId: t.walletId, paymentId: t.paymentId, method: byId.get(t.tenderId)?.method ?? null,
      reference: t.reference,
    })),
  };
}
