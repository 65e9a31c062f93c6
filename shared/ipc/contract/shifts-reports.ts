import type { MethodSpec } from '../method';
import {
  salesReportInput, salesReportOutput, storedValueOutput, taxesReportInput, taxesReportOutput,
} from './reports-schemas';
import { empty } from '../schemas';

/**
 * The reports calls (issue 9 §6), read-only over the sales tables and the ledger accounts. Hour
 * and day buckets are in the host's time zone (named in the answer).
 */
export const reportsContract = {
  /** Sales less refunds and voids in [fromMs, toMs), grouped by hour, day, product, category, tender or staff. */
  'reports.sales': { input: salesReportInput, output: salesReportOutput, access: 'manager', errors: [] },
  /** Taxes collected in [fromMs, toMs) per currency, class and rate (refunds and voids deducted). */
  'reports.taxes': { input: taxesReportInput, output: taxesReportOutput, access: 'manager', errors: [] },
  /** Outstanding card, wallet and voucher balances per currency, from the ledger accounts now. */
  'reports.storedValue': { input: empty, output: storedValueOutput, access: 'manager', errors: [] },
} as const satisfies Record<string, MethodSpec>;
