import { CARD_PIN_TRIES_MAX } from '../../../../shared/domain/cards';

/**
 * The PIN try counter (security.md §4.2): a wrong PIN counts one more consecutive failure, and
 * the third blocks the PIN until a manager unblocks it; a right PIN starts the count afresh.
 */
export type PinTries = { readonly failures: number; readonly blocked: boolean };

export function afterWrongPin(failures: number): PinTries {
  const next = Math.min(CARD_PIN_TRIES_MAX, failures + 1);
  return { failures: next, blocked: next >= CARD_PIN_TRIES_MAX };
}

export function afterRightPin(): PinTries {
  return { failures: 0, blocked: false };
}

/** Tries left before the block, for the refusal's message. */
export function triesLeft(failures: number): number {
  return Math.max(0, CARD_PIN_TRIES_MAX - failures);
}
