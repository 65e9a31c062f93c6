/** Error codes of the cards domain (part of the closed union in shared/domain/errors.ts). */
export const CARD_ERROR_CODES = [] as const;
