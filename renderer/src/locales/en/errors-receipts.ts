import type { RECEIPT_ERROR_CODES } from '../../../../shared/domain/errors-by-domain/receipts';

/** One message per error code of the receipts domain: what happened, then what to do. */
export const receiptsErrors = {
  receipt_font_missing:
    'The Chinese font for PDF receipts is not installed on this terminal. Print the receipt instead, or ask support to install fonts-noto-cjk.',
  print_unavailable: 'This window cannot print through the till app. Use the browser\'s print dialog.',
  print_failed: 'The receipt was not printed: the printer refused it or the print was cancelled. Check the printer (paper, power, name in Settings) and print again.',
} as const satisfies Record<(typeof RECEIPT_ERROR_CODES)[number], string>;
