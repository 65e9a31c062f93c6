import { STATEMENT_PAGE_MAX } from '../../domain/statement';
import type { MethodSpec } from '../method';
import { currencyCode, timeMs, uuidV7 } from '../schemas';
import { z } from '../zod';

/** One movement of a wallet's account (shared/domain/statement.ts: StatementLine). */
export const statementLine = z.strictObject({
  /** The paging key (seq × 1024 + leg): pass the page's `nextBeforeKey` to go on. */
  key: z.int().min(0),
  seq: z.int().min(0),
  transferId: uuidV7,
  /** The operation (top-up, transfer, conversion, payment, …) that made it: its record explains it. */
  operationId: uuidV7,
  atMs: timeMs,
  kind: z.enum(['single', 'pending', 'post', 'void', 'expire']),
  direction: z.enum(['in', 'out']),
  amountMinor: z.int().min(0),
  currency: currencyCode,
  code: z.string().max(40),
  counterAccountId: uuidV7,
  counterAccountKind: z.string().max(40),
  memo: z.string().max(500).nullable(),
  pendingId: uuidV7.nullable(),
});

export const walletStatementContract = {
  /**
   * A page of one wallet's movements in one currency, newest first, optionally between two times
   * (inclusive). A currency the wallet never held has an empty statement.
   */
  'wallets.statement': {
    input: z
      .strictObject({
        walletId: uuidV7,
        currency: currencyCode,
        fromMs: timeMs.optional(),
        toMs: timeMs.optional(),
        beforeKey: z.int().min(1).optional(),
        limit: z.int().min(1).max(STATEMENT_PAGE_MAX),
      })
      .refine((v) => v.fromMs === undefined || v.toMs === undefined || v.fromMs <= v.toMs, 'fromMs must not be after toMs'),
    output: z.strictObject({
      walletId: uuidV7,
      currency: currencyCode,
      lines: z.array(statementLine).max(STATEMENT_PAGE_MAX),
      nextBeforeKey: z.int().min(1).nullable(),
    }),
    access: 'signedIn',
    errors: ['not_found'],
  },
} as const satisfies Record<string, MethodSpec>;
