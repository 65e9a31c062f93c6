import type { MethodSpec } from '../method';
import {
  generateBatchInput, generateBatchOutput, listBatchesInput, listBatchesOutput, redeemInput, redeemOutput, sellInput, sellOutput,
  summaryInput, summaryOutput, voidBatchInput, voidBatchOutput, voidInput, voidOutput,
} from './vouchers-schemas';

/**
 * The contract entries of the vouchers domain (docs/ledger.md §11, "Vouchers"): prepaid top-up
 * vouchers that a manager generates in batches, the counter sells, and a customer (or staff on
 * their behalf) redeems into a wallet exactly once. Money moves are idempotent by `operationId`.
 */
export const voucherDomainContract = {
  /**
   * A manager generates `count` vouchers of one face value and currency. The clear codes are in
   * this response only (for the printed sheet and the CSV) and are never stored or shown again.
   */
  'vouchers.generateBatch': {
    input: generateBatchInput,
    output: generateBatchOutput,
    access: 'manager',
    // voucher_batch_exists: this batch id was generated before (a retry after a lost reply): its
    // codes are not shown twice, so the manager voids the batch (vouchers.voidBatch) and generates anew;
    // id_exists_with_different_content: the batch id was used with other figures;
    // voucher_expiry_in_past: expiresAtMs is not after now.
    errors: ['voucher_batch_exists', 'id_exists_with_different_content', 'voucher_expiry_in_past'],
  },
  /** Sells one voucher at the counter: the tender's money becomes the voucher liability. */
  'vouchers.sell': {
    input: sellInput,
    output: sellOutput,
    access: 'signedIn',
    errors: [
      'invalid_voucher_code', 'voucher_not_found', 'voucher_already_sold', 'voucher_already_redeemed', 'voucher_voided',
      'voucher_expired', 'id_exists_with_different_content',
    ],
  },
  /** Credits a sold voucher's face value to a wallet, once. */
  'vouchers.redeem': {
    input: redeemInput,
    output: redeemOutput,
    access: 'signedIn',
    // not_found: no wallet has this id or address (a mistyped address is invalid_wallet_address first).
    errors: [
      'invalid_voucher_code', 'voucher_not_found', 'voucher_not_sold', 'voucher_already_redeemed', 'voucher_voided', 'voucher_expired',
      'invalid_wallet_address', 'not_found', 'id_exists_with_different_content',
    ],
  },
  /**
   * A manager voids an unsold or a sold, unredeemed voucher (expired or not). A sold one's face
   * value leaves the voucher liability for merchant sales: nothing is refunded by this call.
   */
  'vouchers.void': {
    input: voidInput,
    output: voidOutput,
    access: 'manager',
    errors: ['invalid_voucher_code', 'voucher_not_found', 'voucher_already_redeemed', 'voucher_voided', 'id_exists_with_different_content'],
  },
  /**
   * A manager voids every still-unsold voucher of a batch (its codes were lost, or never printed):
   * no money moves; sold vouchers stay valid and are counted in `soldRemaining`.
   */
  'vouchers.voidBatch': {
    input: voidBatchInput,
    output: voidBatchOutput,
    access: 'manager',
    errors: ['voucher_batch_not_found', 'id_exists_with_different_content'],
  },
  /** Counts per state and the outstanding liability, from the voucher rows and from the ledger. */
  'vouchers.summary': {
    input: summaryInput,
    output: summaryOutput,
    access: 'manager',
    errors: ['voucher_batch_not_found'],
  },
  /** The batches, newest first, with their counts. */
  'vouchers.listBatches': { input: listBatchesInput, output: listBatchesOutput, access: 'manager', errors: [] },
} as const satisfies Record<string, MethodSpec>;
