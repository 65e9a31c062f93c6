import { STATEMENT_PAGE_MAX } from '../../domain/statement';
import type { MethodSpec } from '../method';
import { currencyCode, timeMs, uuidV7 } from '../schemas';
import { z } from '../zod';
import { statementLine } from './statement-line';


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
