import type { MethodSpec } from '../method';
import { empty, uuidV7 } from '../schemas';
import { z } from '../zod';
import { cardPin, cardProgramView, cardView, issuedCard, lookupInput, programInput } from './cards-schemas';

/**
 * What a manager approves before `cards.unblockPin` and `cards.reveal`: the action and the card,
 * never a PIN or a number (the subject is audited). Main and the renderer build them here, once.
 */
export function cardPinUnblockApproval(cardId: string): { readonly action: 'cards.unblockPin'; readonly subject: string } {
  return { action: 'cards.unblockPin', subject: cardId };
}
export function cardRevealApproval(cardId: string): { readonly action: 'cards.reveal'; readonly subject: string } {
  return { action: 'cards.reveal', subject: cardId };
}

const byCard = z.strictObject({ cardId: uuidV7 });

/** Card programs, issuance, PINs, the lifecycle, lookup and reveal. */
export const cardLifecycleContract = {
  /** A card program: its BIN, PAN length, expiry term, currency and the limits its cards start with. */
  'cards.createProgram': {
    input: programInput,
    output: cardProgramView,
    access: 'manager',
    // id_exists_with_different_content: the program id names another program (the same one again
    // is answered with it, unchanged). The schema's bounds (BIN 6–8, length 13–19) always leave
    // account digits, so core/cards/pan.ts's invalid_card_program cannot happen here.
    errors: ['id_exists_with_different_content'],
  },
  'cards.listPrograms': { input: empty, output: z.array(cardProgramView).max(1000), access: 'signedIn', errors: [] },
  /**
   * A new card for a wallet, `pending_activation`, with a random PAN. The answer is the only one
   * that ever holds its number and security code; a repeat of the same card id is
   * `card_already_issued`, not the number again.
   */
  'cards.issue': {
    input: z.strictObject({ cardId: uuidV7, walletId: uuidV7, programId: uuidV7 }),
    output: issuedCard,
    access: 'signedIn',
    // not_found: no such wallet or program.
    errors: ['not_found', 'card_already_issued', 'pan_collision_limit'],
  },
  /** A wallet's cards, newest first. */
  'cards.list': {
    input: z.strictObject({ walletId: uuidV7 }),
    output: z.array(cardView).max(100),
    access: 'signedIn',
    errors: ['not_found'],
  },
  /** Sets the first PIN: pending_activation → active. */
  'cards.activate': {
    input: z.strictObject({ cardId: uuidV7, pin: cardPin }),
    output: cardView,
    access: 'signedIn',
    errors: ['not_found', 'illegal_transition', 'card_expired'],
  },
  /** A new PIN, for the holder who knows the old one (a wrong old PIN counts as a wrong try). */
  'cards.changePin': {
    input: z.strictObject({ cardId: uuidV7, oldPin: cardPin, newPin: cardPin }),
    output: cardView,
    access: 'signedIn',
    errors: ['not_found', 'card_not_activated', 'card_expired', 'card_closed', 'wrong_pin', 'pin_blocked'],
  },
  /** Clears a PIN block under a second manager's approval for `cardPinUnblockApproval(cardId)`. */
  'cards.unblockPin': {
    input: z.strictObject({ cardId: uuidV7, approvalId: uuidV7 }),
    output: cardView,
    access: 'manager',
    // forbidden (from dispatch's role check) also covers a missing, used, expired or re-targeted approval.
    errors: ['not_found', 'pin_not_blocked'],
  },
  'cards.freeze': { input: byCard, output: cardView, access: 'signedIn', errors: ['not_found', 'illegal_transition', 'card_expired'] },
  'cards.unfreeze': { input: byCard, output: cardView, access: 'signedIn', errors: ['not_found', 'illegal_transition', 'card_expired'] },
  /** Closes a card for good; its balance must be zero (moved or refunded first). */
  'cards.close': { input: byCard, output: cardView, access: 'signedIn', errors: ['not_found', 'illegal_transition', 'balance_not_zero'] },
  /**
   * A lost or stolen card (or an expired one, reissued) replaced by `newCardId`: a new number, the
   * balance moved in the same batch, the old card closed with the reason. The new card's number
   * and security code are shown once, as at issuance.
   */
  'cards.replace': {
    input: z.strictObject({ cardId: uuidV7, newCardId: uuidV7, reason: z.enum(['lost', 'stolen', 'expired']) }),
    output: z.strictObject({ replaced: cardView, issued: issuedCard, movedMinor: z.int().min(0) }),
    access: 'signedIn',
    errors: ['not_found', 'illegal_transition', 'card_already_issued', 'card_has_open_holds', 'pan_collision_limit'],
  },
  'cards.lookup': {
    input: lookupInput,
    output: z.strictObject({ cards: z.array(cardView).max(20) }),
    access: 'signedIn',
    // invalid_pan: a typed number with a wrong check digit, or a scan with no readable number.
    errors: ['invalid_pan'],
  },
  /** The full number of a card, under a second manager's approval for `cardRevealApproval(cardId)`; audited. */
  'cards.reveal': {
    input: z.strictObject({ cardId: uuidV7, approvalId: uuidV7 }),
    output: z.strictObject({
      card: cardView, pan: z.string().regex(/^[0-9]{13,19}$/), expMonth: z.int().min(1).max(12), expYear: z.int().min(2000).max(9999),
    }),
    access: 'manager',
    errors: ['not_found'],
  },
} as const satisfies Record<string, MethodSpec>;
