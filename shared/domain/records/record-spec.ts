import type { z } from '../zod';

/**
 * An append-only record: what an operation meant (a top-up with its tender, a card event, a
 * voucher redemption). Its body schema is the wire format a settlement backend applies, so a
 * change to a body is a new version, and old versions stay readable. Bodies name cards and
 * wallets by id: never a PAN, a PIN or a security code.
 */
export type RecordSpec = {
  readonly version: number;
  readonly schema: z.ZodObject;
  /**
   * 'withBatch': the record only describes money that the same commit's ledger batch moved, so the
   * chain anchor follows it on the batch's schedule (docs/security.md §6.1). Without it, the anchor
   * is rewritten before the call returns, as for staff and audit entries.
   */
  readonly anchor?: 'withBatch';
};
