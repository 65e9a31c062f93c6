import {
  CASH_MOVEMENT_KINDS, CASH_REASON_CHARS_MAX, drawerTotals, grandTotals, periodTotals, zSignature,
} from '../../domain/records/shifts';
import { amountMinor, amountMinorOrZero, currencyCode, text, timeMs, uuidV7 } from '../schemas';
import { z } from '../zod';

/** Schemas of the shifts domain's contract entries (shared/ipc/contract/shifts-domain.ts). */

const anyUuid = z.string().length(36).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

/** Why money goes in or out, or why the drawer opens without a sale: 1–120 characters, audited. */
export const cashReasonText = text(CASH_REASON_CHARS_MAX).min(1).refine((v) => v.trim().length > 0, 'a reason is needed');

/** A shift of this terminal, open or closed. */
export const shiftView = z.strictObject({
  shiftId: uuidV7,
  terminalId: z.string().min(1).max(64),
  currency: currencyCode,
  status: z.enum(['open', 'closed']),
  openedBy: anyUuid,
  /** The opener's display name (staff list), for the screen. */
  openedByName: z.string().max(120),
  openedAtMs: timeMs,
  /** The float counted into the drawer at the opening. */
  floatMinor: amountMinorOrZero,
  closedAtMs: timeMs.nullable(),
  closedBy: anyUuid.nullable(),
  countedCashMinor: amountMinorOrZero.nullable(),
  expectedCashMinor: z.int().nullable(),
  /** counted − expected: positive over, negative short; null while open. */
  overShortMinor: z.int().nullable(),
  /** The Z report of the close; null while open. */
  zNumber: z.int().min(1).nullable(),
});
export type ShiftView = z.infer<typeof shiftView>;

export const openInput = z.strictObject({
  /** Client-generated: the idempotency key (a repeat answers the same shift, `replayed`). */
  shiftId: uuidV7,
  /** The cash counted into the drawer; 0 is allowed. */
  floatMinor: amountMinorOrZero,
});
export const openOutput = z.strictObject({ shift: shiftView, replayed: z.boolean() });

export const currentOutput = z.strictObject({
  /** This terminal's open shift, or null (sales are refused until one is opened). */
  shift: shiftView.nullable(),
});

export const cashMovementInput = z.strictObject({
  /** Client-generated: the idempotency key, also the ledger batch id. */
  movementId: uuidV7,
  kind: z.enum(CASH_MOVEMENT_KINDS),
  amountMinor,
  reason: cashReasonText,
});
export const cashMovementOutput = z.strictObject({
  movementId: uuidV7,
  shiftId: uuidV7,
  kind: z.enum(CASH_MOVEMENT_KINDS),
  currency: currencyCode,
  amountMinor,
  reason: z.string().max(CASH_REASON_CHARS_MAX),
  atMs: timeMs,
  /** What the drawer should hold after this movement. */
  expectedCashMinor: z.int(),
  replayed: z.boolean(),
});

export const noSaleInput = z.strictObject({
  /** Client-generated: the idempotency key of this drawer opening. */
  eventId: uuidV7,
  reason: cashReasonText,
});
export const noSaleOutput = z.strictObject({ eventId: uuidV7, shiftId: uuidV7, atMs: timeMs, replayed: z.boolean() });

/** The X report: the open shift's figures now. Not stored, not numbered, not signed. */
/** An X report; before a close, with the counted cash, so core states the over/short of that count. */
export const xReportInput = z.strictObject({ countedCashMinor: amountMinorOrZero.optional() });

export const xReport = z.strictObject({
  shift: shiftView,
  atMs: timeMs,
  currency: currencyCode,
  period: periodTotals,
  drawer: drawerTotals,
  /** Outbox entries not yet acknowledged by the backend: closing with any needs `confirmUnsynced`. */
  unsyncedOutboxCount: z.int().min(0),
});
export type XReport = z.infer<typeof xReport>;

export const closeInput = z.strictObject({
  /** The open shift's id (from shifts.current): a repeat of the same close answers its Z, `replayed`. */
  shiftId: uuidV7,
  /** The cash counted in the drawer at the close. */
  countedCashMinor: amountMinorOrZero,
  /** Close although the outbox holds unacknowledged entries (the Z lists their count). */
  confirmUnsynced: z.boolean().optional(),
});

/** A Z report as stored, signed and chained: the record's body plus where it sits in the journal. */
export const zReportView = z.strictObject({
  zNumber: z.int().min(1),
  terminalId: z.string().min(1).max(64),
  shiftId: uuidV7,
  currency: currencyCode,
  openedAtMs: timeMs,
  closedAtMs: timeMs,
  openedBy: anyUuid,
  closedBy: anyUuid,
  firstSeq: z.int().min(1),
  lastSeq: z.int().min(0),
  headMac: z.string().regex(/^[0-9a-f]{64}$/),
  period: periodTotals,
  drawer: drawerTotals,
  grandTotals,
  unsynced: z.strictObject({ count: z.int().min(0), ackedSeq: z.int().min(0) }),
  signature: zSignature,
  /** The journal entry of the Z itself (a `closure.z` record). */
  seq: z.int().min(1),
});
export type ZReportView = z.infer<typeof zReportView>;

export const closeOutput = z.strictObject({ shift: shiftView, z: zReportView, replayed: z.boolean() });

/** One line of the Z list. */
export const zSummary = z.strictObject({
  zNumber: z.int().min(1),
  shiftId: uuidV7,
  currency: currencyCode,
  openedAtMs: timeMs,
  closedAtMs: timeMs,
  closedBy: anyUuid,
  saleCount: z.int().min(0),
  totalMinor: z.int(),
  overShortMinor: z.int(),
});

export const zReportsInput = z.strictObject({
  /** The `next` of the previous page (Z numbers below it); omitted for the newest page. */
  beforeZNumber: z.int().min(2).optional(),
  limit: z.int().min(1).max(100).optional(),
});
export const zReportsOutput = z.strictObject({ reports: z.array(zSummary).max(100), next: z.int().min(2).nullable() });

export const zReportInput = z.strictObject({ zNumber: z.int().min(1).max(Number.MAX_SAFE_INTEGER) });
