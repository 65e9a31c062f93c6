import { createHash } from 'node:crypto';
import { stateJson } from '../../../../shared/domain/guarded-state';
import { bytesToUuid } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { tableStateReader } from '../state-reader';

/*
 * Rows are read loosely here: verify reads tables that may have been edited outside the app, and
 * a value of the wrong type must end up in a snapshot that differs (and is named), not in a throw.
 */
const hexOf = (v: unknown): string | null => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : null);
const idOf = (v: unknown): string | null => (v instanceof Uint8Array && v.length === 16 ? bytesToUuid(v) : null);
const digestOf = (v: unknown): string | null => (v instanceof Uint8Array ? createHash('sha256').update(v).digest('hex') : null);
const jsonOf = (v: unknown): unknown => {
  if (typeof v !== 'string') return null;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
};

const PROGRAM_SQL = 'SELECT id, name, bin, pan_length, expiry_months, currency, limits, created_at_ms FROM card_program';
const CARD_SQL = `SELECT id, program_id, wallet_id, pan_ct, pan_hmac, key_version, bin, last4, exp_month, exp_year, state,
  close_reason, replaced_by, pin_salt, pin_hash, pin_params, pin_failures, pin_blocked, limits, created_at_ms FROM card`;

function programJson(row: Row): string {
  return stateJson('card_program.state', {
    name: row['name'], bin: row['bin'], panLength: row['pan_length'], expiryMonths: row['expiry_months'], currency: row['currency'],
    limits: jsonOf(row['limits']), createdAtMs: row['created_at_ms'],
  });
}

/** The ciphertext is chained as its digest, the PIN as the keyed hash the row holds. */
function cardJson(row: Row): string {
  return stateJson('card.state', {
    programId: idOf(row['program_id']), walletId: idOf(row['wallet_id']), panDigest: digestOf(row['pan_ct']),
    panHmac: hexOf(row['pan_hmac']), keyVersion: row['key_version'], bin: row['bin'], last4: row['last4'],
    expMonth: row['exp_month'], expYear: row['exp_year'], state: row['state'], closeReason: row['close_reason'] ?? null,
    replacedBy: row['replaced_by'] === null ? null : idOf(row['replaced_by']),
    pinSalt: hexOf(row['pin_salt']), pinHash: hexOf(row['pin_hash']), pinParams: row['pin_params'] ?? null,
    pinFailures: row['pin_failures'], pinBlocked: row['pin_blocked'] === 1, limits: jsonOf(row['limits']), createdAtMs: row['created_at_ms'],
  });
}

/** The cards domain's guarded state (card programs, cards), as verify and the chaining read it. */
export const CARD_STATE_READERS = {
  'card_program.state': tableStateReader('card program', PROGRAM_SQL, programJson),
  'card.state': tableStateReader('card', CARD_SQL, cardJson),
} as const;
