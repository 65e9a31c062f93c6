import { createHmac } from 'node:crypto';
import type { VoucherCode } from '../../../shared/domain/voucher-code';
import { deriveSubKey, SUB_KEY_LABELS } from './sub-keys';

/**
 * Voucher codes at rest: only HMAC-SHA256 of the canonical code (16 symbols, upper case, no
 * hyphens) under its own sub-key of the root key. A keyed hash, not a plain one: 75 random bits
 * are out of reach of a guess either way, but a plain hash would let anyone holding a copy of the
 * database test a code found on a receipt or in a photo without the key. The same hash is the
 * unique index that refuses a duplicate code and the lookup of a typed one.
 */
export function voucherCodeKey(root: Uint8Array): Uint8Array {
  return deriveSubKey(root, SUB_KEY_LABELS.voucherCode);
}

export function hashVoucherCode(key: Uint8Array, code: VoucherCode): Uint8Array {
  return new Uint8Array(createHmac('sha256', key).update(code, 'utf8').digest());
}
