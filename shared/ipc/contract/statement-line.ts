import { currencyCode, timeMs, uuidV7 } from '../schemas';
import { z } from '../zod';

/**
 * One movement of a wallet's or a card's account, as `accountStatement` returns it
 * (shared/domain/statement.ts: StatementLine): one schema for both statements.
 */
export const statementLine = z.strictObject({
  /** The paging key (seq × 1024 + leg): pass the page's `nextBeforeKey` to go on. */
  key: z.int().min(0),
  seq: z.int().min(0),
  transferId: uuidV7,
  /** The operation (top-up, authorisation, capture, refund, transfer, conversion, …): its record says what it meant. */
  operationId: uuidV7,
  atMs: timeMs,
  kind: z.enum(['single', 'pending', 'post', 'void', 'expire']),
  direction: z.enum(['in', 'out']),
  amountMinor: z.int().min(0),
  currency: currencyCode,
  /** The transfer code (card_topup, card_capture, wallet_transfer, …, expire). */
  code: z.string().max(40),
  counterAccountId: uuidV7,
  counterAccountKind: z.string().max(40),
  memo: z.string().max(500).nullable(),
  pendingId: uuidV7.nullable(),
});
