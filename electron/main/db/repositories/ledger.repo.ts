import { readInt, readText, int } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

/** A per-currency ledger (book): every account and transfer sits on exactly one. */
export type LedgerRow = { readonly ledgerId: number; readonly currency: string; readonly assetScale: number };

export async function findLedger(tx: ReadTx, currency: string): Promise<LedgerRow | undefined> {
  const row = await tx.get('SELECT id, asset_scale FROM ledger WHERE currency = ?', [currency]);
  return row ? { ledgerId: readInt(row, 'id'), currency, assetScale: readInt(row, 'asset_scale') } : undefined;
}

/** Inserts the ledger named by journal entry `seq` and returns its id. */
export async function insertLedger(tx: WriteTx, currency: string, assetScale: number, seq: number): Promise<number> {
  const { lastId } = await tx.run('INSERT INTO ledger (currency, asset_scale, seq) VALUES (?, ?, ?)', [currency, int(assetScale), int(seq)]);
  return lastId;
}

export async function listLedgers(tx: ReadTx): Promise<LedgerRow[]> {
  const rows = await tx.all('SELECT id, currency, asset_scale FROM ledger ORDER BY id');
  return rows.map((r) => ({ ledgerId: readInt(r, 'id'), currency: readText(r, 'currency'), assetScale: readInt(r, 'asset_scale') }));
}
