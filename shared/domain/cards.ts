import { z } from './zod';

/**
 * The vocabulary of the cards domain that main, the renderer and the records share: the card
 * states of the lifecycle (electron/main/core/cards/lifecycle.ts holds the transitions), why a
 * card was closed, who moved it, and the limits a card program gives its cards.
 */
export const CARD_STATES = ['pending_activation', 'active', 'frozen', 'expired', 'closed'] as const;
export type CardState = (typeof CARD_STATES)[number];

/** What moves a card between states (the table is electron/main/core/cards/lifecycle.ts). */
export const CARD_EVENT_TYPES = [
  'activate', 'freeze', 'unfreeze', 'expire', 'reissue', 'report_lost', 'report_stolen', 'close',
] as const;
export type CardEventType = (typeof CARD_EVENT_TYPES)[number];

export const CLOSE_REASONS = ['user', 'lost', 'stolen', 'expired'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** Who moved a card from one state to the next (design ledger.md §7.5). */
export const CARD_EVENT_CHANNELS = ['POS', 'USER', 'SYSTEM', 'BACKEND', 'FRAUD'] as const;
export type CardEventChannel = (typeof CARD_EVENT_CHANNELS)[number];

/** A card PIN: 4 to 6 digits (security.md §4); only its slow keyed hash is stored. */
export const CARD_PIN_DIGITS_MIN = 4;
export const CARD_PIN_DIGITS_MAX = 6;
/** Consecutive wrong PINs that block a card's PIN until a manager unblocks it. */
export const CARD_PIN_TRIES_MAX = 3;

const limit = z.int().min(0).max(100_000_000_000).nullable();
const countLimit = z.int().min(0).max(1_000_000).nullable();

/**
 * Limits in minor units of the card's currency (counts for the two `…Count`), inclusive; null is
 * no limit, 0 refuses everything of that kind. Keys in the order core/cards/limits.ts names them.
 */
export const cardLimits = z.strictObject({
  perTransactionMinor: limit,
  dailySpendMinor: limit,
  dailyCount: countLimit,
  monthlySpendMinor: limit,
  monthlyCount: countLimit,
  maxBalanceMinor: limit,
  dailyTopUpMinor: limit,
});
export type CardLimitsValue = z.infer<typeof cardLimits>;
