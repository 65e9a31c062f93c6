import { err, ok, type Result } from '../../../../shared/domain/result';
import { parseVoucherCode } from '../../../../shared/domain/voucher-code';
import { hashVoucherCode } from '../../db/voucher-code-hash';
import { findVoucher, findVoucherByCodeHash, type VoucherRow } from '../../db/repositories/voucher.repo';
import type { ReadTx } from '../../db/tx';

/** How a call names its voucher, once the code (if any) is checked and hashed. */
export type VoucherLookup = { readonly voucherId: string } | { readonly codeHash: Uint8Array };

/**
 * A typed code is checked (shape and check symbol) before anything is looked up, and only its
 * keyed hash goes further; the refusal never repeats what was typed.
 */
export function voucherLookup(ref: { readonly code: string } | { readonly voucherId: string }, codeKey: Uint8Array): Result<VoucherLookup> {
  if ('voucherId' in ref) return ok({ voucherId: ref.voucherId });
  const parsed = parseVoucherCode(ref.code);
  if (!parsed.ok) return err(parsed.error.code, parsed.error.message);
  return ok({ codeHash: hashVoucherCode(codeKey, parsed.value) });
}

export async function lookUpVoucher(tx: ReadTx, lookup: VoucherLookup): Promise<VoucherRow | undefined> {
  return 'voucherId' in lookup ? findVoucher(tx, lookup.voucherId) : findVoucherByCodeHash(tx, lookup.codeHash);
}

export const VOUCHER_NOT_FOUND = 'no voucher has this code or id';
