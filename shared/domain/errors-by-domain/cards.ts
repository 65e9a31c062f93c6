/** Error codes of the cards domain (part of the closed union in shared/domain/errors.ts). */
export const CARD_ERROR_CODES = [
  /** No unused PAN found in the bounded retries: the program is nearly full. */
  'pan_collision_limit',
  /** A typed or scanned card number that is not 13–19 digits with a valid check digit. */
  'invalid_pan',
  /** The card id was issued already; its number is shown once and never again (reveal needs a manager). */
  'card_already_issued',
  /** The lifecycle does not allow this move from the card's state (core/cards/lifecycle.ts). */
  'illegal_transition',
  /** A plain close with money still on the card. */
  'balance_not_zero',
  /** Open authorisations on the card: capture or release them first. */
  'card_has_open_holds',
  'card_not_activated',
  'card_frozen',
  'card_expired',
  'card_closed',
  'wrong_pin',
  /** Three wrong PINs in a row: a manager unblocks it. */
  'pin_blocked',
  'pin_not_blocked',
  /** A per-transaction, day, month, balance or top-up limit of the card; the message names it. */
  'card_limit_exceeded',
  /** More than was captured, less the refunds already made. */
  'refund_exceeds_payment',
] as const;
