import type { CardErrorCode } from '../../../../shared/domain/errors';

/** One message per error code of the cards domain: what happened, then what to do. */
export const cardsErrors = {
  pan_collision_limit: 'This card program has almost no unused card numbers left. Create a new program for further cards.',
  invalid_pan: 'That is not a valid card number. Scan the card again or check the digits you typed.',
  card_already_issued: 'This card was issued already, and its number is shown only once. A manager can reveal it if needed.',
  illegal_transition: 'The card cannot do that in its current state. Refresh the card to see its state.',
  balance_not_zero: 'The card still holds money. Move or refund the balance before closing it.',
  card_has_open_holds: 'The card has payments waiting to be completed. Capture or release them first.',
  card_not_activated: 'The card is not activated yet. Set its PIN to activate it.',
  card_frozen: 'The card is frozen. Unfreeze it before using it.',
  card_expired: 'The card has expired. Reissue it to move its balance to a new card.',
  card_closed: 'The card is closed. Use another card.',
  wrong_pin: 'The PIN is wrong. Ask the customer to enter it again.',
  pin_blocked: 'The PIN is blocked after too many wrong tries. A manager must unblock it.',
  pin_not_blocked: 'The PIN is not blocked, so there is nothing to unblock.',
  card_limit_exceeded: 'This goes over a limit of the card. Use a smaller amount or try again later.',
  refund_exceeds_payment: 'The refund is more than what is left of the payment. Enter a smaller amount.',
} as const satisfies Record<CardErrorCode, string>;
