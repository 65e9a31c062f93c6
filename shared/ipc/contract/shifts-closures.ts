import { closureBody, monthKey, periodKey, yearKey } from '../../domain/records/closures';
import type { MethodSpec } from '../method';
import { uuidV7 } from '../schemas';
import { z } from '../zod';

/** Closes the next calendar month (`YYYY-MM`) or year (`YYYY`) of this terminal; the closure id makes a retry answer the first. */
export const closePeriodInput = z.strictObject({
  kind: z.enum(['month', 'year']),
  closureId: uuidV7,
  period: periodKey,
}).refine((v) => (v.kind === 'month' ? monthKey : yearKey).safeParse(v.period).success, {
  message: 'a month is YYYY-MM, a year YYYY', path: ['period'],
});

/** A monthly or yearly closure as stored and signed: the record's body plus its journal entry. */
export const closureView = z.strictObject({ ...closureBody.shape, seq: z.int().min(1) });
export type ClosureView = z.infer<typeof closureView>;

export const closePeriodOutput = z.strictObject({ closure: closureView, replayed: z.boolean() });

export const closuresInput = z.strictObject({
  kind: z.enum(['month', 'year']),
  /** The `more` of the previous page (closure numbers below it); omitted for the newest page. */
  beforeNumber: z.int().min(2).optional(),
  limit: z.int().min(1).max(50).optional(),
});

export const closuresOutput = z.strictObject({
  closures: z.array(closureView).max(50),
  more: z.int().min(2).nullable(),
  /**
   * The period to close next, and whether a close would be taken now (`ready`); `waitingFor` says
   * why not: the period is not over yet, or (a year) its December is not closed. Null when there
   * is nothing to close at all (no Z yet; no monthly closure yet, for a year).
   */
  next: z.strictObject({
    period: periodKey,
    ready: z.boolean(),
    waitingFor: z.enum(['period_end', 'months']).nullable(),
  }).nullable(),
});

/**
 * Monthly and yearly closures (NF525; ledger design §6.1): the Zs of a calendar month summed per
 * currency, then the months of a year, each signed, numbered without gaps and chained like a Z,
 * with the perpetual grand totals after them. Periods close in order, once each, when over.
 */
export const closuresContract = {
  /** Takes the closure of the next month or year of this terminal (a manager's act, journaled with the caller). */
  'shifts.closePeriod': {
    input: closePeriodInput,
    output: closePeriodOutput,
    access: 'manager',
    // period_out_of_order: not the next period to close (the message names it);
    // period_not_over: the zone's calendar has not left it yet;
    // period_already_closed: closed before under another closure id (the same id answers it, replayed);
    // nothing_to_close: no Z yet, so no first month; months_not_closed: a year before its December's closure;
    // id_exists_with_different_content: this closure id closed another period.
    errors: ['period_out_of_order', 'period_not_over', 'period_already_closed', 'nothing_to_close', 'months_not_closed', 'id_exists_with_different_content'],
  },
  /** This terminal's closures of a kind, newest first, and the next period to close. */
  'shifts.closures': { input: closuresInput, output: closuresOutput, access: 'signedIn', errors: [] },
} as const satisfies Record<string, MethodSpec>;
