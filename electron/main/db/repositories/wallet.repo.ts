import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

export type WalletRow = { readonly id: string; readonly customerId: string; readonly address: string; readonly createdAtMs: number };

/** A new wallet row; the caller chains its state (`wallet.state`) in the same transaction. */
export async function insertWallet(tx: WriteTx, w: WalletRow): Promise<void> {
  await tx.run('INSERT INTO wallet (id, customer_id, address, created_at_ms) VALUES (?, ?, ?, ?)', [
    uuidToBytes(w.id), uuidToBytes(w.customerId), w.address, int(w.createdAtMs),
  ]);
}

const WALLET_COLUMNS = 'id, customer_id, address, created_at_ms';

function walletFrom(row: Row): WalletRow {
  return {
    id: bytesToUuid(readBytes(row, 'id')), customerId: bytesToUuid(readBytes(row, 'customer_id')),
    address: readText(row, 'address'), createdAtMs: readInt(row, 'created_at_ms'),
  };
}

export async function findWallet(tx: ReadTx, id: string): Promise<WalletRow | undefined> {
  const row = await tx.get(`SELECT ${WALLET_COLUMNS} FROM wallet WHERE id = ?`, [uuidToBytes(id)]);
  return row ? walletFrom(row) : undefined;
}

/** By its canonical address (parse it with `parseWalletAddress` first: the check symbol is verified there). */
export async function findWalletByAddress(tx: ReadTx, address: string): Promise<WalletRow | undefined> {
  const row = await tx.get(`SELECT ${WALLET_COLUMNS} FROM wallet WHERE address = ?`, [address]);
  return row ? walletFrom(row) : undefined;
}

/** A customer's wallet (one each). */
export async function findWalletOfCustomer(tx: ReadTx, customerId: string): Promise<WalletRow | undefined> {
  const row = await tx.get(`SELECT ${WALLET_COLUMNS} FROM wallet WHERE customer_id = ?`, [uuidToBytes(customerId)]);
  return row ? walletFrom(row) : undefined;
}
