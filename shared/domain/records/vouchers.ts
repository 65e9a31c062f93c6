import { AMOUNT_MINOR_MAX } from '../limits';
import { tender } from '../tender';
import { z } from '../zod';
import type { RecordSpec } from './record-spec';

const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const currency = z.string().length(3);
const amount = z.int().min(1).max(AMOUNT_MINOR_MAX);

/** Why a manager voided a voucher (a closed list: the backend and the reports branch on it). */
export const VOUCHER_VOID_REASONS = ['damaged', 'lost', 'stolen', 'expired', 'sold_in_error', 'other'] as const;

/**
 * Records of the vouchers domain, by journal kind: the wire bodies a settlement backend applies
 * (the header carries the operation id, terminal, staff and time). Never the voucher code: a
 * voucher is named by its id, its batch and its serial on the printed sheet.
 */
export const VOUCHER_RECORDS = {
  /** Sold at the counter: the face value went from the tender's account to the voucher liability. */
  'voucher.sold': {
    version: 1,
    anchor: 'withBatch',
    schema: z.strictObject({
      voucherId: id, batchId: id, serial: z.int().min(1), currency, amountMinor: amount, tender,
    }),
  },
  /** Redeemed into a wallet: the face value went from the voucher liability to the wallet's account. */
  'voucher.redeemed': {
    version: 1,
    anchor: 'withBatch',
    schema: z.strictObject({ voucherId: id, batchId: id, serial: z.int().min(1), walletId: id, currency, amountMinor: amount }),
  },
  /**
   * Voided by a manager. `releasedMinor` is what left the voucher liability for merchant sales
   * (the face value of a sold voucher, 0 for an unsold one); nothing is refunded by this record.
   */
  'voucher.voided': {
    version: 1,
    schema: z.strictObject({
      voucherId: id, batchId: id, serial: z.int().min(1), currency, faceValueMinor: amount, wasSold: z.boolean(),
      releasedMinor: z.int().min(0).max(AMOUNT_MINOR_MAX), reason: z.enum(VOUCHER_VOID_REASONS),
    }),
  },
  /**
   * A manager voided every voucher of a batch that was still unsold (a batch whose printed codes
   * were lost, or never printed): no money moves. Sold vouchers of the batch are left as they are.
   */
  'voucher.batchVoided': {
    version: 1,
    schema: z.strictObject({
      batchId: id, currency, faceValueMinor: amount, voidedCount: z.int().min(0).max(1000), reason: z.enum(VOUCHER_VOID_REASONS),
    }),
  },
} as const satisfies Record<string, RecordSpec>;
