import {
  CARD_PIN_DIGITS_MAX, CARD_PIN_DIGITS_MIN, CARD_STATES, CLOSE_REASONS, cardLimits,
} from '../../domain/cards';
import { STATEMENT_PAGE_MAX } from '../../domain/statement';
import { currencyCode, name, text, timeMs, uuidV7 } from '../schemas';
import { z } from '../zod';
import { statementLine } from './statement-line';

/**
 * The pieces the cards contract is built from. A card appears in every output as `cardView`:
 * last 4 digits at most (security.md §3, PCI DSS 3.4.1). The full number leaves main in exactly
 * two outputs, `issuedCard` (issuance and replacement, once) and `cards.reveal` (a manager's
 * audited, approved reveal).
 */

/** A card PIN, 4–6 digits; it travels once inside the call that checks or sets it. */
export const cardPin = z.string().max(CARD_PIN_DIGITS_MAX)
  .regex(new RegExp(`^[0-9]{${CARD_PIN_DIGITS_MIN},${CARD_PIN_DIGITS_MAX}}$`), `a card PIN is ${CARD_PIN_DIGITS_MIN} to ${CARD_PIN_DIGITS_MAX} digits`);

/** A typed card number: digits, with the spaces or hyphens printed on cards. Luhn is main's check (`invalid_pan`). */
export const typedPan = z.string().min(1).max(64).regex(/^[0-9 -]+$/, 'a card number is digits');

/** How a call names its card: by id (a staff lookup), or by the number on it (typed or scanned). */
export const cardRef = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('id'), cardId: uuidV7 }),
  z.strictObject({ by: z.literal('pan'), pan: typedPan }),
]);
export type CardRef = z.infer<typeof cardRef>;

export const cardProgramView = z.strictObject({
  id: uuidV7,
  name,
  bin: z.string().regex(/^[0-9]{6,8}$/),
  panLength: z.int().min(13).max(19),
  expiryMonths: z.int().min(1).max(120),
  currency: z.string().length(3),
  limits: cardLimits,
  createdAtMs: timeMs,
});

export const cardView = z.strictObject({
  id: uuidV7,
  programId: uuidV7,
  walletId: uuidV7,
  /** The holder's name, as the customer record has it. */
  holderName: z.string().max(120),
  last4: z.string().regex(/^[0-9]{4}$/),
  /** Every digit but the last four as '•', grouped in fours as printed. */
  maskedPan: z.string().max(40),
  expMonth: z.int().min(1).max(12),
  expYear: z.int().min(2000).max(9999),
  state: z.enum(CARD_STATES),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  replacedBy: uuidV7.nullable(),
  pinSet: z.boolean(),
  pinBlocked: z.boolean(),
  pinTriesLeft: z.int().min(0).max(3),
  currency: z.string().length(3),
  limits: cardLimits,
  createdAtMs: timeMs,
});
export type CardView = z.infer<typeof cardView>;

/**
 * The one-time display of a new card: its number, expiry and derived security code. Never
 * stored, never shown again (the security code not even by a reveal).
 */
export const issuedCard = z.strictObject({
  card: cardView,
  pan: z.string().regex(/^[0-9]{13,19}$/),
  expMonth: z.int().min(1).max(12),
  expYear: z.int().min(2000).max(9999),
  securityCode: z.string().regex(/^[0-9]{3}$/),
});

export const cardBalance = z.strictObject({
  card: cardView,
  currency: z.string().length(3),
  /** Posted: what the card holds. */
  balanceMinor: z.int().min(0),
  /** Reserved by open authorisations. */
  heldMinor: z.int().min(0),
  /** What a payment may still take: balance less holds. */
  availableMinor: z.int().min(0),
});

export const programInput = z.strictObject({
  programId: uuidV7,
  name,
  bin: z.string().max(8).regex(/^[0-9]{6,8}$/, 'a BIN is 6 to 8 digits'),
  panLength: z.int().min(13).max(19),
  expiryMonths: z.int().min(1).max(120),
  currency: currencyCode,
  limits: cardLimits,
});

/** Lookup: by the number, by what a keyboard-wedge reader typed, or by last 4 and the holder's name. */
export const lookupInput = z.strictObject({
  query: z.discriminatedUnion('by', [
    z.strictObject({ by: z.literal('pan'), pan: typedPan }),
    /** Raw reader output (track 1, track 2 or a digit burst); parsed in main, never stored or logged. */
    z.strictObject({ by: z.literal('scan'), scannedPan: text(256) }),
    z.strictObject({ by: z.literal('last4'), last4: z.string().max(4).regex(/^[0-9]{4}$/), name: text(120).refine((v) => v.trim().length > 0, 'a name to match') }),
  ]),
});


export const statementInput = z
  .strictObject({
    cardId: uuidV7,
    fromMs: timeMs.optional(),
    toMs: timeMs.optional(),
    beforeKey: z.int().min(1).optional(),
    limit: z.int().min(1).max(STATEMENT_PAGE_MAX),
  })
  .refine((v) => v.fromMs === undefined || v.toMs === undefined || v.fromMs <= v.toMs, 'fromMs must not be after toMs');

export const cardStatement = z.strictObject({
  card: cardView,
  lines: z.array(statementLine).max(STATEMENT_PAGE_MAX),
  nextBeforeKey: z.int().min(1).nullable(),
});
