import type { CardLimitsValue, CardState, CloseReason } from '../../../../shared/domain/cards';
import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';
import { limitsFrom } from './card-program.repo';

/**
 * Card rows. Every write here is followed by `chainState(tx, mac, 'card.state', id, nowMs)` in the
 * same transaction (the use cases do it, through app/cards/card-writes.ts). The PAN leaves this
 * file only as ciphertext and keyed index; decrypting is db/card-crypto.ts's job, asked for by
 * issuance and reveal alone.
 */
export type CardPin = { readonly salt: Uint8Array; readonly hash: Uint8Array; readonly params: string };

export type CardRow = {
  readonly id: string;
  readonly programId: string;
  readonly walletId: string;
  readonly panCiphertext: Uint8Array;
  readonly panHmac: Uint8Array;
  readonly keyVersion: number;
  readonly bin: string;
  readonly last4: string;
  readonly expMonth: number;
  readonly expYear: number;
  readonly state: CardState;
  readonly closeReason: CloseReason | null;
  readonly replacedBy: string | null;
  readonly pin: CardPin | null;
  readonly pinFailures: number;
  readonly pinBlocked: boolean;
  readonly limits: CardLimitsValue;
  readonly createdAtMs: number;
};

export type NewCard = Omit<CardRow, 'state' | 'closeReason' | 'replacedBy' | 'pin' | 'pinFailures' | 'pinBlocked'>;

/** A new card, waiting for its PIN (`pending_activation`). */
export async function insertCard(tx: WriteTx, c: NewCard): Promise<void> {
  await tx.run(
    `INSERT INTO card (id, program_id, wallet_id, pan_ct, pan_hmac, key_version, bin, last4, exp_month, exp_year, state, limits, created_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending_activation', ?, ?)`,
    [
      uuidToBytes(c.id), uuidToBytes(c.programId), uuidToBytes(c.walletId), c.panCiphertext, c.panHmac, int(c.keyVersion),
      c.bin, c.last4, int(c.expMonth), int(c.expYear), JSON.stringify(c.limits), int(c.createdAtMs),
    ],
  );
}

const COLUMNS = `id, program_id, wallet_id, pan_ct, pan_hmac, key_version, bin, last4, exp_month, exp_year, state, close_reason,
  replaced_by, pin_salt, pin_hash, pin_params, pin_failures, pin_blocked, limits, created_at_ms`;

function cardFrom(row: Row): CardRow {
  const salt = row['pin_salt'];
  const hash = row['pin_hash'];
  const params = row['pin_params'];
  const reason = row['close_reason'];
  const replacedBy = row['replaced_by'];
  return {
    id: bytesToUuid(readBytes(row, 'id')), programId: bytesToUuid(readBytes(row, 'program_id')),
    walletId: bytesToUuid(readBytes(row, 'wallet_id')), panCiphertext: readBytes(row, 'pan_ct'), panHmac: readBytes(row, 'pan_hmac'),
    keyVersion: readInt(row, 'key_version'), bin: readText(row, 'bin'), last4: readText(row, 'last4'),
    expMonth: readInt(row, 'exp_month'), expYear: readInt(row, 'exp_year'), state: readText(row, 'state') as CardState,
    closeReason: typeof reason === 'string' ? (reason as CloseReason) : null,
    replacedBy: replacedBy instanceof Uint8Array ? bytesToUuid(replacedBy) : null,
    pin: salt instanceof Uint8Array && hash instanceof Uint8Array && typeof params === 'string' ? { salt, hash, params } : null,
    pinFailures: readInt(row, 'pin_failures'), pinBlocked: readInt(row, 'pin_blocked') === 1,
    limits: limitsFrom(row), createdAtMs: readInt(row, 'created_at_ms'),
  };
}

export async function findCard(tx: ReadTx, id: string): Promise<CardRow | undefined> {
  const row = await tx.get(`SELECT ${COLUMNS} FROM card WHERE id = ?`, [uuidToBytes(id)]);
  return row ? cardFrom(row) : undefined;
}

/** By the keyed PAN index (unique): the only way a typed or scanned PAN finds its card. */
export async function findCardByPanHmac(tx: ReadTx, panHmac: Uint8Array): Promise<CardRow | undefined> {
  const row = await tx.get(`SELECT ${COLUMNS} FROM card WHERE pan_hmac = ?`, [panHmac]);
  return row ? cardFrom(row) : undefined;
}

export async function panHmacExists(tx: ReadTx, panHmac: Uint8Array): Promise<boolean> {
  return (await tx.get('SELECT 1 AS found FROM card WHERE pan_hmac = ?', [panHmac])) !== undefined;
}

/** A wallet's cards, newest first. */
export async function cardsOfWallet(tx: ReadTx, walletId: string, limit: number): Promise<CardRow[]> {
  const rows = await tx.all(`SELECT ${COLUMNS} FROM card WHERE wallet_id = ? ORDER BY created_at_ms DESC, id DESC LIMIT ?`, [
    uuidToBytes(walletId), int(limit),
  ]);
  return rows.map(cardFrom);
}

/**
 * Cards ending in `last4` whose holder's folded name holds `nameKey` (folded the way the customer
 * row's `search_key` is: shared/domain/customer-fields.ts), newest first, with the holder's display
 * name. Only the key's first field, the name, is searched: not the phone digits or the email.
 */
export async function cardsByLast4AndName(
  tx: ReadTx, last4: string, nameKey: string, limit: number,
): Promise<{ card: CardRow; holderName: string }[]> {
  const rows = await tx.all(
    `SELECT ${COLUMNS.split(',').map((c) => `k.${c.trim()}`).join(', ')}, c.display_name AS holder_name
     FROM card k JOIN wallet w ON w.id = k.wallet_id JOIN customer c ON c.id = w.customer_id
     WHERE k.last4 = ? AND instr(substr(c.search_key, 1, instr(c.search_key || char(10), char(10)) - 1), ?) > 0
     ORDER BY k.created_at_ms DESC, k.id DESC LIMIT ?`,
    [last4, nameKey, int(limit)],
  );
  return rows.map((row) => ({ card: cardFrom(row), holderName: readText(row, 'holder_name') }));
}

/** The display name of a wallet's customer, for views that name the holder. */
export async function holderNameOf(tx: ReadTx, walletId: string): Promise<string | undefined> {
  const row = await tx.get('SELECT c.display_name FROM wallet w JOIN customer c ON c.id = w.customer_id WHERE w.id = ?', [uuidToBytes(walletId)]);
  return row ? readText(row, 'display_name') : undefined;
}

export type CardStateChange = { readonly state: CardState; readonly closeReason: CloseReason | null; readonly replacedBy: string | null };

/**
 * A lifecycle move. Activation sets the first PIN in the same statement: the schema allows a PIN
 * exactly when the card has left `pending_activation`, and a CHECK judges each statement's row.
 */
export async function updateCardState(tx: WriteTx, id: string, change: CardStateChange, pin?: CardPin): Promise<void> {
  const replacedBy = change.replacedBy === null ? null : uuidToBytes(change.replacedBy);
  if (pin) {
    await tx.run(
      `UPDATE card SET state = ?, close_reason = ?, replaced_by = ?, pin_salt = ?, pin_hash = ?, pin_params = ?, pin_failures = 0,
       pin_blocked = 0 WHERE id = ?`,
      [change.state, change.closeReason, replacedBy, pin.salt, pin.hash, pin.params, uuidToBytes(id)],
    );
    return;
  }
  await tx.run('UPDATE card SET state = ?, close_reason = ?, replaced_by = ? WHERE id = ?', [change.state, change.closeReason, replacedBy, uuidToBytes(id)]);
}

/** A new PIN hash; the try counter and the block start afresh. */
export async function updateCardPin(tx: WriteTx, id: string, pin: CardPin): Promise<void> {
  await tx.run('UPDATE card SET pin_salt = ?, pin_hash = ?, pin_params = ?, pin_failures = 0, pin_blocked = 0 WHERE id = ?', [
    pin.salt, pin.hash, pin.params, uuidToBytes(id),
  ]);
}

export async function updateCardPinTries(tx: WriteTx, id: string, failures: number, blocked: boolean): Promise<void> {
  await tx.run('UPDATE card SET pin_failures = ?, pin_blocked = ? WHERE id = ?', [int(failures), blocked ? 1 : 0, uuidToBytes(id)]);
}
