import { tender } from '../../domain/tender';
import type { MethodSpec } from '../method';
import { amountMinor, timeMs, uuidV7 } from '../schemas';
import { z } from '../zod';
import { cardBalance, cardPin, cardRef, cardStatement, statementInput } from './cards-schemas';

/**
 * Money on cards. Every call is one ledger batch whose id is the client's `operationId` (a UUIDv7,
 * the idempotency key): a repeat answers the first outcome with `replayed: true`; the same id for
 * something else is `id_exists_with_different_content`. A refusal decided before the batch (a
 * frozen card, a wrong PIN, a limit) books nothing and keeps the id free for a retry.
 */
const currency = z.string().length(3);
const base = { operationId: uuidV7, cardId: uuidV7, currency, atMs: timeMs, replayed: z.boolean() };

/** Holds expire after 30 minutes unless the call says otherwise (up to 7 days). */
export const AUTHORIZATION_TTL_MS_DEFAULT = 30 * 60_000;
export const AUTHORIZATION_TTL_MS_MAX = 7 * 86_400_000;

export const cardMoneyContract = {
  /** Tender account → card: respects the card's maximum balance and daily top-up. */
  'cards.topUp': {
    input: z.strictObject({ operationId: uuidV7, cardId: uuidV7, amountMinor, tender }),
    output: z.strictObject({ ...base, amountMinor, tenderKind: z.enum(['cash', 'external_card', 'bank_transfer']), balanceMinor: z.int().min(0) }),
    access: 'signedIn',
    errors: ['not_found', 'card_frozen', 'card_expired', 'card_closed', 'card_limit_exceeded', 'id_exists_with_different_content'],
  },
  /** A hold on the card for a payment (card by number or id, and its PIN); capture or release it later. */
  'cards.authorize': {
    input: z.strictObject({
      operationId: uuidV7, card: cardRef, pin: cardPin, amountMinor,
      expiresInMs: z.int().min(1000).max(AUTHORIZATION_TTL_MS_MAX).optional(),
    }),
    output: z.strictObject({
      ...base, authorizationId: uuidV7, last4: z.string().regex(/^[0-9]{4}$/), amountMinor, expiresAtMs: timeMs, availableMinor: z.int().min(0),
    }),
    access: 'signedIn',
    errors: [
      'not_found', 'invalid_pan', 'card_not_activated', 'card_frozen', 'card_expired', 'card_closed', 'wrong_pin', 'pin_blocked',
      'card_limit_exceeded', 'insufficient_funds', 'id_exists_with_different_content',
    ],
  },
  /** Takes an authorisation, in full or in part (the rest goes back to the card at once). */
  'cards.capture': {
    input: z.strictObject({ operationId: uuidV7, authorizationId: uuidV7, amountMinor: amountMinor.optional() }),
    output: z.strictObject({ ...base, authorizationId: uuidV7, amountMinor, releasedMinor: z.int().min(0) }),
    access: 'signedIn',
    errors: ['hold_not_found', 'hold_already_resolved', 'hold_expired', 'post_exceeds_hold', 'id_exists_with_different_content'],
  },
  /** Gives an authorisation back whole. */
  'cards.release': {
    input: z.strictObject({ operationId: uuidV7, authorizationId: uuidV7 }),
    output: z.strictObject({ ...base, authorizationId: uuidV7, amountMinor }),
    access: 'signedIn',
    errors: ['hold_not_found', 'hold_already_resolved', 'hold_expired', 'id_exists_with_different_content'],
  },
  /** Money back onto the card against a payment: `paymentOperationId` is its capture's operation id. */
  'cards.refund': {
    input: z.strictObject({ operationId: uuidV7, paymentOperationId: uuidV7, amountMinor }),
    output: z.strictObject({ ...base, paymentOperationId: uuidV7, amountMinor, refundableMinor: z.int().min(0) }),
    access: 'signedIn',
    // not_found: no captured card payment has this operation id.
    errors: ['not_found', 'refund_exceeds_payment', 'card_closed', 'id_exists_with_different_content'],
  },
  /** The card's balance: for the holder with the PIN, or for staff by id without it. */
  'cards.balance': {
    input: z.strictObject({ card: cardRef, pin: cardPin.optional() }),
    output: cardBalance,
    access: 'signedIn',
    errors: ['not_found', 'invalid_pan', 'card_not_activated', 'wrong_pin', 'pin_blocked'],
  },
  /** Card → a wallet's balance in the card's currency, with the PIN; counts against the card's spend limits. */
  'cards.transferToWallet': {
    input: z.strictObject({ operationId: uuidV7, cardId: uuidV7, pin: cardPin, toWalletId: uuidV7, amountMinor }),
    output: z.strictObject({ ...base, toWalletId: uuidV7, amountMinor }),
    access: 'signedIn',
    errors: [
      'not_found', 'card_not_activated', 'card_frozen', 'card_expired', 'card_closed', 'wrong_pin', 'pin_blocked',
      'card_limit_exceeded', 'insufficient_funds', 'id_exists_with_different_content',
    ],
  },
  /**
   * A page of the card's movements, newest first, optionally between two times (inclusive): every
   * top-up, hold, capture, release, expiry, refund and transfer, each with its operation id.
   */
  'cards.statement': {
    input: statementInput,
    output: cardStatement,
    access: 'signedIn',
    errors: ['not_found'],
  },
} as const satisfies Record<string, MethodSpec>;
