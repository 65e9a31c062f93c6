/** Guarded state of the cards domain (card programs, cards), by journal kind. */
export const CARD_STATE_SCHEMAS = {} as const;
