import { z } from '../zod';

const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const atMs = z.int().min(0);

/**
 * A shift as chained after every change (opened, then closed). The close fills the counted and
 * expected cash and who closed it; nothing else ever changes.
 */
export const shiftState = z.strictObject({
  terminalId: z.string().min(1).max(64),
  currency: z.string().length(3),
  openedBy: id,
  openedAtMs: atMs,
  floatMinor: z.int().min(0),
  closedAtMs: atMs.nullable(),
  closedBy: id.nullable(),
  countedCashMinor: z.int().min(0).nullable(),
  expectedCashMinor: z.int().nullable(),
});

/**
 * A cash movement of a shift (paid in, paid out, or a no-sale drawer opening), chained when it is
 * written: the table is append-only, so a row added, edited or removed with the database key
 * alone is named by verify.
 */
export const cashMovementState = z.strictObject({
  shiftId: id,
  kind: z.enum(['paid_in', 'paid_out', 'no_sale']),
  amountMinor: z.int().min(0),
  reason: z.string().min(1).max(120),
  staffId: id,
  atMs,
});

/** Guarded state of the shifts domain, by journal kind. */
export const SHIFT_STATE_SCHEMAS = {
  'shift.state': shiftState,
  'cash_movement.state': cashMovementState,
} as const;
