import { CARD_EVENT_CHANNELS, CARD_EVENT_TYPES, CARD_STATES, CLOSE_REASONS } from '../cards';
import { AMOUNT_MINOR_MAX } from '../limits';
import { tender } from '../tender';
import { z } from '../zod';
import type { RecordSpec } from './record-spec';

const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const minor = z.int().min(1).max(AMOUNT_MINOR_MAX);
const currency = z.string().regex(/^[A-Z]{3}$/);

/**
 * Records of the cards domain, by journal kind: the wire format a settlement backend applies, one
 * per operation (subject = the operation id, or the card id for issuance and card events). Cards
 * and wallets are named by id, money in minor units of `currency`; never a PAN (at most BIN and
 * last 4 at issuance), a PIN or a security code. `pinVerified` says the PIN was checked, nothing
 * more (security.md §4.3).
 */
export const CARD_RECORDS = {
  /** A card issued to a wallet (also the replacement of a lost, stolen or expired one: `replaces`). */
  'card.issued': {
    version: 1,
    schema: z.strictObject({
      cardId: id, walletId: id, programId: id, currency, bin: z.string().regex(/^[0-9]{6,8}$/), last4: z.string().regex(/^[0-9]{4}$/),
      expMonth: z.int().min(1).max(12), expYear: z.int().min(2000).max(9999), replaces: id.nullable(),
    }),
  },
  /** One lifecycle transition, append-only (design ledger.md §7.5). */
  'card.event': {
    version: 1,
    schema: z.strictObject({
      cardId: id, event: z.enum(CARD_EVENT_TYPES), from: z.enum(CARD_STATES), to: z.enum(CARD_STATES),
      closeReason: z.enum(CLOSE_REASONS).nullable(), channel: z.enum(CARD_EVENT_CHANNELS),
    }),
  },
  /** Money onto the card from a tender (cash drawer, external card clearing, bank clearing). */
  'card.topup': {
    version: 1,
    anchor: 'withBatch',
    schema: z.strictObject({ operationId: id, cardId: id, walletId: id, currency, amountMinor: minor, tender }),
  },
  /**
   * A hold on the card for a payment to the merchant. `authorizationId` is the operation id the
   * capture or release names; `holdId` is the ledger's pending transfer.
   */
  'card.payment.authorized': {
    version: 1,
    anchor: 'withBatch',
    schema: z.strictObject({
      operationId: id, authorizationId: id, holdId: id, cardId: id, walletId: id, currency, amountMinor: minor,
      expiresAtMs: z.int().min(0), pinVerified: z.literal(true),
    }),
  },
  /** The hold taken, in full or in part; the part not taken (`releasedMinor`) went back to the card. */
  'card.payment.captured': {
    version: 1,
    anchor: 'withBatch',
    schema: z.strictObject({
      operationId: id, authorizationId: id, cardId: id, currency, amountMinor: minor, releasedMinor: z.int().min(0).max(AMOUNT_MINOR_MAX),
    }),
  },
  /** The hold given back whole. */
  'card.payment.released': {
    version: 1,
    anchor: 'withBatch',
    schema: z.strictObject({ operationId: id, authorizationId: id, cardId: id, currency, amountMinor: minor }),
  },
  /** Money back onto the card against a captured payment (its capture's operation id). */
  'card.refund': {
    version: 1,
    anchor: 'withBatch',
    schema: z.strictObject({ operationId: id, paymentOperationId: id, cardId: id, currency, amountMinor: minor }),
  },
  /** Money from the card to a wallet's balance in the card's currency. */
  'card.transfer': {
    version: 1,
    anchor: 'withBatch',
    schema: z.strictObject({ operationId: id, cardId: id, toWalletId: id, currency, amountMinor: minor, pinVerified: z.literal(true) }),
  },
  /**
   * A lost, stolen or expired card replaced: the new card took the old one's balance
   * (`movedMinor`, 0 when it was empty) in this operation, whose id is the new card's.
   */
  'card.replaced': {
    version: 1,
    schema: z.strictObject({
      operationId: id, oldCardId: id, newCardId: id, reason: z.enum(['lost', 'stolen', 'expired']), currency,
      movedMinor: z.int().min(0).max(AMOUNT_MINOR_MAX),
    }),
  },
} as const satisfies Record<string, RecordSpec>;
