import type { RECEIPT_ERROR_CODES } from '../../../../shared/domain/errors-by-domain/receipts';

/** One message per error code of the receipts domain: what happened, then what to do. */
export const receiptsErrors = {
  receipt_font_missing:
    'The Chinese font for PDF receipts is not installed on this terminal. Print the receipt instead, or ask support to install fonts-noto-cjk.',
} as const satisfies Record<(typeof RECEIPT_ERROR_CODES)[number], string>;
