/** Error codes of the customer-display domain (part of the closed union in shared/domain/errors.ts). */
export const DISPLAY_ERROR_CODES = [
  /**
   * A display pairing code that is unknown, already used, expired or burnt by too many wrong
   * tries: one code for all of them, so a guesser learns nothing about which.
   */
  'display_code_invalid',
] as const;
