import { CARD_STATES, CLOSE_REASONS, cardLimits } from '../cards';
import { z } from '../zod';

const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

/** A card program as chained after every change: its BIN, PAN length, expiry term, currency and default limits. */
export const cardProgramState = z.strictObject({
  name: z.string().min(1).max(120),
  bin: z.string().regex(/^[0-9]{6,8}$/),
  panLength: z.int().min(13).max(19),
  expiryMonths: z.int().min(1).max(120),
  currency: z.string().length(3),
  limits: cardLimits,
  createdAtMs: z.int().min(0),
});

/**
 * A card as chained after every change. The PAN is there only as a SHA-256 digest of its stored
 * ciphertext (so a swapped ciphertext is named without the chain holding it) and its keyed index;
 * the PIN only as its keyed slow hash, like staff.state holds a staff secret. Never a PAN, a PIN
 * or a security code.
 */
export const cardState = z.strictObject({
  programId: id,
  walletId: id,
  panDigest: hex(32),
  panHmac: hex(32),
  keyVersion: z.int().min(1),
  bin: z.string().regex(/^[0-9]{6,8}$/),
  last4: z.string().regex(/^[0-9]{4}$/),
  expMonth: z.int().min(1).max(12),
  expYear: z.int().min(2000).max(9999),
  state: z.enum(CARD_STATES),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  replacedBy: id.nullable(),
  pinSalt: hex(16).nullable(),
  pinHash: hex(32).nullable(),
  pinParams: z.string().max(64).nullable(),
  pinFailures: z.int().min(0).max(3),
  pinBlocked: z.boolean(),
  limits: cardLimits,
  createdAtMs: z.int().min(0),
});

/** Guarded state of the cards domain (card programs, cards), by journal kind. */
export const CARD_STATE_SCHEMAS = {
  'card_program.state': cardProgramState,
  'card.state': cardState,
} as const;
