/** The cards domain's guarded state (card programs, cards), as verify and the chaining read it. */
export const CARD_STATE_READERS = {} as const;
