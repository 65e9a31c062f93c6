import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { inList, powerOfTwoRuns } from '../in-list';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

export type SaleTenderKind = 'cash' | 'card' | 'wallet' | 'external_card' | 'provider';

export type SaleRow = {
  readonly id: string;
  readonly receiptNo: number;
  readonly terminalId: string;
  readonly shiftId: string;
  readonly staffId: string;
  readonly completedAtMs: number;
  readonly currency: string;
  readonly subtotalMinor: number;
  readonly discountMinor: number;
  readonly netMinor: number;
  readonly taxMinor: number;
  readonly totalMinor: number;
  readonly cashRoundingMinor: number;
  readonly changeMinor: number;
  readonly status: 'completed' | 'voided';
  readonly demo: boolean;
  readonly pricesIncludeTax: boolean;
  readonly requestHash: Uint8Array;
};

export type SaleLineRow = {
  readonly lineId: string;
  readonly lineNo: number;
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly categoryId: string | null;
  readonly categoryName: string | null;
  readonly quantityMilli: number;
  readonly unitPriceMinor: number;
  readonly grossMinor: number;
  readonly discountMinor: number;
  readonly netMinor: number;
  readonly taxMinor: number;
  readonly totalMinor: number;
  readonly taxClass: string;
  readonly taxRateBp: number;
  readonly overrideId: string | null;
};

export type SaleTenderRow = {
  readonly tenderId: string;
  readonly tenderNo: number;
  readonly kind: SaleTenderKind;
  /** What it paid towards the sale (cash: the cash due). */
  readonly amountMinor: number;
  readonly cashHandedMinor: number | null;
  readonly reference: string | null;
  readonly cardId: string | null;
  readonly last4: string | null;
  readonly authorizationId: string | null;
  readonly walletId: string | null;
  /** The ledger account the tender's money came from (card, wallet) or the merchant's tender account. */
  readonly accountId: string | null;
  readonly paymentId: string | null;
  /** A card's or wallet's balance just after the sale (printed on the receipt). */
  readonly balanceAfterMinor: number | null;
};

export type StoredSale = { readonly sale: SaleRow; readonly lines: readonly SaleLineRow[]; readonly tenders: readonly SaleTenderRow[] };

const idOrNull = (value: string | null): Uint8Array | null => (value === null ? null : uuidToBytes(value));
const optId = (row: Row, column: string): string | null => (row[column] instanceof Uint8Array ? bytesToUuid(readBytes(row, column)) : null);
const optText = (row: Row, column: string): string | null => (typeof row[column] === 'string' ? readText(row, column) : null);
const optInt = (row: Row, column: string): number | null => (typeof row[column] === 'number' ? readInt(row, column) : null);

/**
 * The next receipt number of this terminal: MAX + 1, read inside the write transaction (BEGIN
 * IMMEDIATE holds the write lock from the start, so no other writer can take the same number);
 * the UNIQUE (terminal_id, receipt_no) constraint refuses a second one anyway.
 */
export async function nextReceiptNo(tx: WriteTx, terminalId: string): Promise<number> {
  const row = await tx.get('SELECT coalesce(max(receipt_no), 0) + 1 AS n FROM sale WHERE terminal_id = ?', [terminalId]);
  return row ? readInt(row, 'n') : 1;
}

const SALE_LINE_VALUES = '(?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER), ' +
  'CAST(? AS INTEGER), CAST(? AS INTEGER), ?, ?, ?)';

export async function insertSale(tx: WriteTx, stored: StoredSale): Promise<void> {
  const s = stored.sale;
  await tx.run(
    `INSERT INTO sale (id, receipt_no, terminal_id, shift_id, staff_id, completed_at_ms, currency, subtotal_minor, discount_minor,
       net_minor, tax_minor, total_minor, cash_rounding_minor, change_minor, status, demo, prices_include_tax, request_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER), ?, ?, ?, ?)`,
    [
      uuidToBytes(s.id), int(s.receiptNo), s.terminalId, uuidToBytes(s.shiftId), uuidToBytes(s.staffId), int(s.completedAtMs), s.currency,
      int(s.subtotalMinor), int(s.discountMinor), int(s.netMinor), int(s.taxMinor), int(s.totalMinor), int(s.cashRoundingMinor),
      int(s.changeMinor), s.status, s.demo ? 1 : 0, s.pricesIncludeTax ? 1 : 0, s.requestHash,
    ],
  );
  // One statement per run of lines (a 10-line sale is two), not one per line: each statement is a
  // round trip to the driver's thread, which costs more than the row.
  for (const run of powerOfTwoRuns(stored.lines)) {
    await tx.run(
      `INSERT INTO sale_line (line_id, sale_id, line_no, product_id, sku, name, category_id, category_name, quantity_milli,
         unit_price_minor, gross_minor, discount_minor, net_minor, tax_minor, total_minor, tax_class, tax_rate_bp, override_id)
       VALUES ${run.map(() => SALE_LINE_VALUES).join(', ')}`,
      run.flatMap((l) => [
        uuidToBytes(l.lineId), uuidToBytes(s.id), int(l.lineNo), uuidToBytes(l.productId), l.sku, l.name, idOrNull(l.categoryId),
        l.categoryName, int(l.quantityMilli), int(l.unitPriceMinor), int(l.grossMinor), int(l.discountMinor), int(l.netMinor),
        int(l.taxMinor), int(l.totalMinor), l.taxClass, int(l.taxRateBp), idOrNull(l.overrideId),
      ]),
    );
  }
  for (const t of stored.tenders) {
    await tx.run(
      `INSERT INTO sale_tender (tender_id, sale_id, tender_no, kind, amount_minor, cash_handed_minor, reference, card_id, last4,
         authorization_id, wallet_id, account_id, payment_id, balance_after_minor) VALUES (?, ?, ?, ?, CAST(? AS INTEGER), CAST(? AS INTEGER), ?, ?, ?, ?, ?, ?, ?, CAST(? AS INTEGER))`,
      [
        uuidToBytes(t.tenderId), uuidToBytes(s.id), int(t.tenderNo), t.kind, int(t.amountMinor),
        t.cashHandedMinor === null ? null : int(t.cashHandedMinor), t.reference, idOrNull(t.cardId), t.last4,
        idOrNull(t.authorizationId), idOrNull(t.walletId), idOrNull(t.accountId), idOrNull(t.paymentId),
        t.balanceAfterMinor === null ? null : int(t.balanceAfterMinor),
      ],
    );
  }
}

function saleFrom(row: Row): SaleRow {
  return {
    id: bytesToUuid(readBytes(row, 'id')), receiptNo: readInt(row, 'receipt_no'), terminalId: readText(row, 'terminal_id'),
    shiftId: bytesToUuid(readBytes(row, 'shift_id')), staffId: bytesToUuid(readBytes(row, 'staff_id')),
    completedAtMs: readInt(row, 'completed_at_ms'), currency: readText(row, 'currency'), subtotalMinor: readInt(row, 'subtotal_minor'),
    discountMinor: readInt(row, 'discount_minor'), netMinor: readInt(row, 'net_minor'), taxMinor: readInt(row, 'tax_minor'),
    totalMinor: readInt(row, 'total_minor'), cashRoundingMinor: readInt(row, 'cash_rounding_minor'), changeMinor: readInt(row, 'change_minor'),
    status: readText(row, 'status') === 'voided' ? 'voided' : 'completed', demo: readInt(row, 'demo') === 1,
    pricesIncludeTax: readInt(row, 'prices_include_tax') === 1, requestHash: readBytes(row, 'request_hash'),
  };
}

function lineFrom(row: Row): SaleLineRow {
  return {
    lineId: bytesToUuid(readBytes(row, 'line_id')), lineNo: readInt(row, 'line_no'), productId: bytesToUuid(readBytes(row, 'product_id')),
    sku: readText(row, 'sku'), name: readText(row, 'name'), categoryId: optId(row, 'category_id'), categoryName: optText(row, 'category_name'),
    quantityMilli: readInt(row, 'quantity_milli'), unitPriceMinor: readInt(row, 'unit_price_minor'), grossMinor: readInt(row, 'gross_minor'),
    discountMinor: readInt(row, 'discount_minor'), netMinor: readInt(row, 'net_minor'), taxMinor: readInt(row, 'tax_minor'),
    totalMinor: readInt(row, 'total_minor'), taxClass: readText(row, 'tax_class'), taxRateBp: readInt(row, 'tax_rate_bp'),
    overrideId: optId(row, 'override_id'),
  };
}

function tenderFrom(row: Row): SaleTenderRow {
  return {
    tenderId: bytesToUuid(readBytes(row, 'tender_id')), tenderNo: readInt(row, 'tender_no'), kind: readText(row, 'kind') as SaleTenderKind,
    amountMinor: readInt(row, 'amount_minor'), cashHandedMinor: optInt(row, 'cash_handed_minor'), reference: optText(row, 'reference'),
    cardId: optId(row, 'card_id'), last4: optText(row, 'last4'), authorizationId: optId(row, 'authorization_id'),
    walletId: optId(row, 'wallet_id'), accountId: optId(row, 'account_id'), paymentId: optId(row, 'payment_id'),
    balanceAfterMinor: optInt(row, 'balance_after_minor'),
  };
}

/** A sale with its lines and tenders, in the order they were sold. */
export async function findSale(tx: ReadTx, saleId: string): Promise<StoredSale | undefined> {
  const key = uuidToBytes(saleId);
  const row = await tx.get('SELECT * FROM sale WHERE id = ?', [key]);
  if (!row) return undefined;
  const lines = await tx.all('SELECT * FROM sale_line WHERE sale_id = ? ORDER BY line_no', [key]);
  const tenders = await tx.all('SELECT * FROM sale_tender WHERE sale_id = ? ORDER BY tender_no', [key]);
  return { sale: saleFrom(row), lines: lines.map(lineFrom), tenders: tenders.map(tenderFrom) };
}

/** The sale id printed under a receipt number on this terminal. */
export async function saleIdByReceiptNo(tx: ReadTx, terminalId: string, receiptNo: number): Promise<string | undefined> {
  const row = await tx.get('SELECT id FROM sale WHERE terminal_id = ? AND receipt_no = ?', [terminalId, int(receiptNo)]);
  return row ? bytesToUuid(readBytes(row, 'id')) : undefined;
}

/** The sale a provider payment or card authorisation already paid, if any. */
export async function saleOfPayment(tx: ReadTx, column: 'payment_id' | 'authorization_id', id: string): Promise<string | undefined> {
  const row = await tx.get(`SELECT sale_id FROM sale_tender WHERE ${column} = ?`, [uuidToBytes(id)]);
  return row ? bytesToUuid(readBytes(row, 'sale_id')) : undefined;
}

/** Whether any of these line or tender ids is already on a sale (ids are unique across sales). */
export async function idsTaken(tx: ReadTx, lineIds: readonly string[], tenderIds: readonly string[]): Promise<boolean> {
  const checks: string[] = [];
  const params: Uint8Array[] = [];
  for (const [table, column, ids] of [['sale_line', 'line_id', lineIds], ['sale_tender', 'tender_id', tenderIds]] as const) {
    if (ids.length === 0) continue;
    const list = inList(ids.map(uuidToBytes));
    checks.push(`EXISTS (SELECT 1 FROM ${table} WHERE ${column} IN (${list.placeholders}))`);
    params.push(...list.params);
  }
  if (checks.length === 0) return false;
  const row = await tx.get(`SELECT ${checks.join(' OR ')} AS taken`, params);
  return row !== undefined && readInt(row, 'taken') === 1;
}

export async function markVoided(tx: WriteTx, saleId: string): Promise<boolean> {
  const info = await tx.run("UPDATE sale SET status = 'voided' WHERE id = ? AND status = 'completed'", [uuidToBytes(saleId)]);
  return info.changes === 1;
}
