import { uuidToBytes } from '../../../../shared/domain/ids';
import { int } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

/** Whether a receipt was printed before: every later print is a copy. */
export async function wasPrinted(tx: ReadTx, receiptId: string): Promise<boolean> {
  return (await tx.get('SELECT 1 AS one FROM receipt_print WHERE receipt_id = ? LIMIT 1', [uuidToBytes(receiptId)])) !== undefined;
}

export async function notePrint(tx: WriteTx, receiptId: string, staffId: string, atMs: number): Promise<void> {
  await tx.run('INSERT OR IGNORE INTO receipt_print (receipt_id, printed_at_ms, staff_id) VALUES (?, ?, ?)', [
    uuidToBytes(receiptId), int(atMs), uuidToBytes(staffId),
  ]);
}
