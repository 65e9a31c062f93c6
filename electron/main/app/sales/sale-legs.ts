import { newId } from '../../../../shared/domain/ids';
import type { MovementLeg, TransferLeg } from '../../../../shared/domain/ledger-types';
import type { PricedTax } from '../../../../shared/domain/sales/priced-cart';
import type { WriteTx } from '../../db/tx';
import { CARD_TRANSFER_CODES } from '../cards/card-money';
import type { Actor, LedgerWritePorts } from '../ledger/ports';
import { ensureAccountIn } from '../ledger/owned-accounts';
import type { TenderSource } from './resolve-tenders';

/** Transfer codes of sales movements (statements and reports group by them). */
export const SALE_CODES = {
  tender: 'sale_tender',
  tax: 'sale_tax',
  rounding: 'sale_cash_rounding',
  refund: 'sale_refund',
  refundTax: 'sale_refund_tax',
  void: 'sale_void',
} as const;

/** The account a tender's money is taken from (or given back to): a customer's, or the merchant's tender account. */
export async function tenderAccount(tx: WriteTx, ports: LedgerWritePorts, source: TenderSource, currency: string, actor: Actor): Promise<string> {
  if (source.kind === 'merchant') return ensureAccountIn(tx, ports, { name: source.name, currency }, actor);
  return source.accountId;
}

const taxOwner = (taxClass: string, rateBp: number): string => `tax:${taxClass}:${rateBp}`;

export function single(currency: string, debitAccountId: string, creditAccountId: string, amountMinor: number, code: string): MovementLeg {
  return { kind: 'single', id: newId(), currency, debitAccountId, creditAccountId, amountMinor, code };
}

export type SaleLegsInput = {
  readonly currency: string;
  readonly tenders: readonly { readonly source: TenderSource; readonly paidMinor: number }[];
  readonly taxes: readonly PricedTax[];
  readonly cashRoundingMinor: number;
};

/**
 * One linked batch for a sale: every tender into merchant sales (a card's hold posted in full, a
 * wallet debited, cash / external card / provider from the merchant's tender account), then the
 * tax of each (class, rate) from merchant sales to its tax-payable account, and cash rounding
 * between merchant sales and the rounding account. What stays in merchant sales is the net.
 */
export async function saleLegs(tx: WriteTx, ports: LedgerWritePorts, input: SaleLegsInput, actor: Actor): Promise<TransferLeg[]> {
  const { currency } = input;
  const sales = await ensureAccountIn(tx, ports, { name: 'merchantSales', currency }, actor);
  const legs: TransferLeg[] = [];
  for (const t of input.tenders) {
    if (t.paidMinor === 0) continue;
    if (t.source.kind === 'hold') {
      legs.push({ kind: 'post', id: newId(), pendingId: t.source.holdId, amountMinor: t.paidMinor, code: CARD_TRANSFER_CODES.capture });
    } else {
      legs.push(single(currency, await tenderAccount(tx, ports, t.source, currency, actor), sales, t.paidMinor, SALE_CODES.tender));
    }
  }
  for (const tax of input.taxes) {
    if (tax.taxMinor === 0) continue;
    const payable = await ensureAccountIn(tx, ports, { name: 'salesTaxPayable', ownerId: taxOwner(tax.taxClass, tax.rateBp), currency }, actor);
    legs.push(single(currency, sales, payable, tax.taxMinor, SALE_CODES.tax));
  }
  if (input.cashRoundingMinor !== 0) {
    const rounding = await ensureAccountIn(tx, ports, { name: 'cashRounding', currency }, actor);
    const r = input.cashRoundingMinor;
    legs.push(r > 0 ? single(currency, sales, rounding, r, SALE_CODES.rounding) : single(currency, rounding, sales, -r, SALE_CODES.rounding));
  }
  return legs;
}

export type RefundLegsInput = {
  readonly currency: string;
  readonly tenders: readonly { readonly source: TenderSource; readonly amountMinor: number }[];
  readonly taxes: readonly { readonly taxClass: string; readonly rateBp: number; readonly taxMinor: number }[];
  readonly cashRoundingMinor: number;
  readonly code: string;
};

/**
 * The reverse of a sale's movements for what is given back: merchant sales → each tender's
 * account (a card or wallet is credited, cash leaves the drawer, external card and provider go
 * back through their clearing), the tax back from each tax-payable account, and for a void the
 * cash rounding reversed.
 */
export async function refundLegs(tx: WriteTx, ports: LedgerWritePorts, input: RefundLegsInput, actor: Actor): Promise<TransferLeg[]> {
  const { currency } = input;
  const sales = await ensureAccountIn(tx, ports, { name: 'merchantSales', currency }, actor);
  const legs: TransferLeg[] = [];
  for (const t of input.tenders) {
    if (t.amountMinor === 0) continue;
    const to = t.source.kind === 'hold' ? t.source.accountId : await tenderAccount(tx, ports, t.source, currency, actor);
    legs.push(single(currency, sales, to, t.amountMinor, input.code));
  }
  for (const tax of input.taxes) {
    if (tax.taxMinor === 0) continue;
    const payable = await ensureAccountIn(tx, ports, { name: 'salesTaxPayable', ownerId: taxOwner(tax.taxClass, tax.rateBp), currency }, actor);
    legs.push(single(currency, payable, sales, tax.taxMinor, SALE_CODES.refundTax));
  }
  if (input.cashRoundingMinor !== 0) {
    const rounding = await ensureAccountIn(tx, ports, { name: 'cashRounding', currency }, actor);
    const r = input.cashRoundingMinor;
    legs.push(r > 0 ? single(currency, rounding, sales, r, SALE_CODES.rounding) : single(currency, sales, rounding, -r, SALE_CODES.rounding));
  }
  return legs;
}
