import { randomBytes } from 'node:crypto';
import type { Database } from '../../../electron/main/db/connection';

/** Whether this build's migrations created the `sale` table (sales migration 120). */
export async function saleTableExists(db: Database): Promise<boolean> {
  return db.tx.read(async (tx) => (await tx.get("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sale'")) !== undefined);
}

/**
 * One completed sale row, written straight into the table with the database key: the lock on the
 * base currency reads only whether a sale exists, so the sale's ledger side is not needed here.
 * The columns are those of migration 120; if it gains a required column, this insert fails loudly.
 */
export async function insertSaleRow(db: Database, currency: string, status: 'completed' | 'voided' = 'completed'): Promise<void> {
  await db.tx.write((tx) => tx.run(
    `INSERT INTO sale (id, receipt_no, terminal_id, shift_id, staff_id, completed_at_ms, currency, subtotal_minor,
       discount_minor, net_minor, tax_minor, total_minor, cash_rounding_minor, change_minor, status, demo,
       prices_include_tax, request_hash)
     VALUES (?, (SELECT coalesce(max(receipt_no), 0) + 1 FROM sale), 'terminal-test', ?, ?, 1, ?, 1130, 0, 1000, 130, 1130, 0, 0, ?, 0, 1, ?)`,
    [randomBytes(16), randomBytes(16), randomBytes(16), currency, status, randomBytes(32)],
  ));
}
