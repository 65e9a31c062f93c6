import { AMOUNT_MINOR_MAX } from '../limits';
import { z } from '../zod';
import type { RecordSpec } from './record-spec';

const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const currency = z.string().length(3);
const amount = z.int().min(1).max(AMOUNT_MINOR_MAX);
const amountOrZero = z.int().min(0).max(AMOUNT_MINOR_MAX);
/** A sum that may go below zero (a shift whose refunds exceed its sales): any safe integer. */
const signed = z.int();
const count = z.int().min(0);
const atMs = z.int().min(0);
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

/** Why money went into or out of the drawer, or why it was opened: free text, bounded. */
export const CASH_REASON_CHARS_MAX = 120;
export const cashReason = z.string().min(1).max(CASH_REASON_CHARS_MAX);

export const CASH_MOVEMENT_KINDS = ['paid_in', 'paid_out'] as const;

/** Per tax class and rate, over a period: net + tax = total (sales less refunds and voids). */
export const taxTotalsLine = z.strictObject({
  taxClass: z.string().min(1).max(40), rateBp: z.int().min(0).max(100_000), netMinor: signed, taxMinor: signed, totalMinor: signed,
});

/** Per tender kind over a period: what it took in sales and what it gave back in refunds and voids. */
export const tenderTotalsLine = z.strictObject({
  kind: z.string().regex(/^[a-z_]{1,32}$/), salesMinor: signed, refundsMinor: signed,
});

/**
 * A period's sales figures, as SALES's `saleTotals` gives them for one shift. `totalMinor` is
 * sales less refunds and voids; `refundsMinor` is what refunds and voids gave back.
 */
export const periodTotals = z.strictObject({
  saleCount: count, refundCount: count, voidCount: count,
  grossMinor: signed, discountMinor: signed, netMinor: signed, taxMinor: signed, totalMinor: signed, refundsMinor: signed,
  byTax: z.array(taxTotalsLine).max(64),
  byTender: z.array(tenderTotalsLine).max(16),
});
export type PeriodTotals = z.infer<typeof periodTotals>;

/**
 * The drawer over a shift: expected = float + cash taken − cash refunded + paid in − paid out +
 * other cash; over/short = counted − expected (positive: over). `otherCashMinor` is what else moved
 * the drawer's ledger account during the shift (a wallet or card top-up or a voucher sold for cash),
 * so expected is exactly the drawer account's balance. Counted and over/short are null until the close.
 */
export const drawerTotals = z.strictObject({
  floatMinor: amountOrZero, cashTakenMinor: signed, cashRefundedMinor: signed, paidInMinor: signed, paidOutMinor: signed,
  otherCashMinor: signed, expectedMinor: signed, countedMinor: amountOrZero.nullable(), overShortMinor: signed.nullable(),
  paidInCount: count, paidOutCount: count, noSaleCount: count,
});
export type DrawerTotals = z.infer<typeof drawerTotals>;

/**
 * Perpetual grand totals of a terminal in one currency: never reset, each Z's = the previous Z's
 * + this period (verify checks the carry-over). `salesMinor` = totalMinor + refundsMinor of every
 * period; `absoluteMinor` = salesMinor + refundsMinor (the NF525 "grand total in absolute value").
 */
export const grandTotals = z.strictObject({
  saleCount: count, refundCount: count, voidCount: count,
  salesMinor: signed, refundsMinor: signed, totalMinor: signed, netMinor: signed, taxMinor: signed, absoluteMinor: signed,
});
export type GrandTotals = z.infer<typeof grandTotals>;

/** The signature of a Z: Ed25519 over the canonical bytes of everything else in the body. */
export const zSignature = z.strictObject({ algorithm: z.literal('ed25519'), publicKey: hex(32), value: hex(64) });

/** Everything a Z says except its signature: what the signature covers. */
export const zContent = z.strictObject({
  zNumber: z.int().min(1),
  terminalId: z.string().min(1).max(64),
  shiftId: id,
  currency,
  openedAtMs: atMs, closedAtMs: atMs,
  openedBy: id, closedBy: id,
  /** The journal entries of the period: after the previous Z's own entry, up to the head at the close. */
  firstSeq: z.int().min(1), lastSeq: z.int().min(0),
  /** The chain head (the MAC of `lastSeq`) when the Z was taken. */
  headMac: hex(32),
  period: periodTotals,
  drawer: drawerTotals,
  grandTotals,
  /**
   * Outbox entries after the sync cursor when the Z was taken (the ids are the outbox-kind journal
   * entries in (ackedSeq, lastSeq]); a close with some needed `confirmUnsynced`.
   */
  unsynced: z.strictObject({ count, ackedSeq: z.int().min(0) }),
});
export type ZContent = z.infer<typeof zContent>;

export const zBody = z.strictObject({ ...zContent.shape, signature: zSignature });
export type ZBody = z.infer<typeof zBody>;

/**
 * Records of the shifts domain, by journal kind: the wire bodies a settlement backend applies.
 * Subjects: the shift id (opened, closed, Z), the movement id (cash.movement, also the ledger
 * batch id) or the event id (drawer.opened).
 */
export const SHIFT_RECORDS = {
  /** A shift opened with a counted float in the drawer. */
  'shift.opened': {
    version: 1,
    schema: z.strictObject({ shiftId: id, terminalId: z.string().min(1).max(64), currency, floatMinor: amountOrZero, openedBy: id }),
  },
  /** Paid in or paid out: the amount moved between the cash drawer and the cash-movements account. */
  'cash.movement': {
    version: 1,
    schema: z.strictObject({ movementId: id, shiftId: id, kind: z.enum(CASH_MOVEMENT_KINDS), currency, amountMinor: amount, reason: cashReason }),
  },
  /** The drawer opened without a sale (no money moved). */
  'drawer.opened': { version: 1, schema: z.strictObject({ eventId: id, shiftId: id, reason: cashReason }) },
  /** The shift closed: what was counted against what was expected; the difference went to over/short. */
  'shift.closed': {
    version: 1,
    schema: z.strictObject({
      shiftId: id, currency, floatMinor: amountOrZero, countedCashMinor: amountOrZero, expectedCashMinor: signed,
      overShortMinor: signed, closedBy: id, zNumber: z.int().min(1),
    }),
  },
  /** The daily closure (NF525 shape): signed, numbered without gaps per terminal, never rewritten. */
  'closure.z': { version: 1, schema: zBody },
} as const satisfies Record<string, RecordSpec>;
