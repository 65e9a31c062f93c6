import { z } from '../zod';
import type { RecordSpec } from './record-spec';
import { grandTotals, periodTotals, taxTotalsLine, tenderTotalsLine, zSignature } from './shifts';

export const CLOSURE_KINDS = ['month', 'year'] as const;
export type ClosureKind = (typeof CLOSURE_KINDS)[number];

/** A calendar month `YYYY-MM` or year `YYYY` in the closure's time zone. */
export const monthKey = z.string().length(7).regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/);
export const yearKey = z.string().length(4).regex(/^[0-9]{4}$/);
export const periodKey = z.union([monthKey, yearKey]);

const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const signed = z.int();
const count = z.int().min(0);
const zNumberOrZero = z.int().min(0);

/** A month's or year's sales in one currency: the sum of its Zs' periods (more tax and tender lines than one Z may hold). */
export const closureTotals = z.strictObject({
  ...periodTotals.shape,
  byTax: z.array(taxTotalsLine).max(512),
  byTender: z.array(tenderTotalsLine).max(64),
});
export type ClosureTotals = z.infer<typeof closureTotals>;

/**
 * One currency of a closure: how many of its Zs were in that currency, their summed periods and
 * over/short, and the perpetual grand totals after them (the previous closure's of the same kind
 * plus these totals, which is also the last such Z's). A currency stays listed in every later
 * closure once a Z used it, with zero totals when the period had none.
 */
export const closureCurrency = z.strictObject({
  currency: z.string().length(3),
  zCount: count,
  totals: closureTotals,
  overShortMinor: signed,
  grandTotals,
});
export type ClosureCurrency = z.infer<typeof closureCurrency>;

/**
 * Everything a monthly or yearly closure says except its signature (NF525: the daily Zs summed by
 * calendar month, the months by year). It covers the terminal's Zs numbered (afterZ, throughZ]:
 * afterZ is the previous closure's throughZ of the same kind (0 for the first), so the closures of
 * a kind cover every Z once and in order.
 */
export const closureContent = z.strictObject({
  kind: z.enum(CLOSURE_KINDS),
  closureId: id,
  /** Gapless per terminal and kind: month 1, 2, 3…; year 1, 2… */
  number: z.int().min(1),
  terminalId: z.string().min(1).max(64),
  period: periodKey,
  /** The IANA zone whose calendar assigned each Z (by its close time) to a month. */
  timeZone: z.string().min(1).max(64),
  closedAtMs: z.int().min(0),
  closedBy: id,
  afterZ: zNumberOrZero,
  throughZ: zNumberOrZero,
  currencies: z.array(closureCurrency).max(16),
  /** The journal entries before the closure: up to the head when it was taken, and that head's MAC. */
  lastSeq: z.int().min(0),
  headMac: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ClosureContent = z.infer<typeof closureContent>;

export const closureBody = z.strictObject({ ...closureContent.shape, signature: zSignature });
export type ClosureBody = z.infer<typeof closureBody>;

/** The period closures, by journal kind (subject: the closure id). Signed like a Z, never rewritten. */
export const CLOSURE_RECORDS = {
  /** A calendar month's Zs summed, with the grand totals after them. */
  'closure.month': { version: 1, schema: closureBody },
  /** A calendar year's months (their Zs) summed; taken once December is closed. */
  'closure.year': { version: 1, schema: closureBody },
} as const satisfies Record<string, RecordSpec>;
