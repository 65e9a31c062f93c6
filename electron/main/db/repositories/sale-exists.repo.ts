import type { ReadTx } from '../tx';

/**
 * Whether any sale was ever recorded on this terminal (completed, or completed and voided since:
 * a void reverses a sale, it does not erase it). The base currency is locked from then on.
 * Before the sales migration (120) there is no `sale` table, and so no sale.
 */
export async function hasCompletedSales(tx: ReadTx): Promise<boolean> {
  const table = await tx.get("SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = 'sale'");
  if (table === undefined) return false;
  const row = await tx.get('SELECT EXISTS (SELECT 1 FROM sale) AS found');
  return Number(row?.['found'] ?? 0) === 1;
}
