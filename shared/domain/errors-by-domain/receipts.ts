/** Error codes of the receipts domain (part of the closed union in shared/domain/errors.ts). */
export const RECEIPT_ERROR_CODES = [
  /**
   * A PDF was asked for, but the CJK font it is set in is not on this machine (fonts-noto-cjk, or
   * TILLBOOK_RECEIPT_FONT): the thermal and on-screen receipts still work.
   */
  'receipt_font_missing',
  /**
   * The page cannot be printed by the app here (browser mode: the browser prints it with its own
   * dialog instead).
   */
  'print_unavailable',
  /** The printer refused the job, or the cashier cancelled the print dialog. */
  'print_failed',
] as const;
