import type { SalesPricingErrorCode } from '../../../../shared/domain/errors';

/** One message per error code of pricing and tax settings: what happened, then what to do. */
export const salesPricingErrors = {
  discount_exceeds_amount: 'The discount is larger than the amount it applies to. Enter a smaller discount.',
  unknown_tax_class: 'This product’s tax class is not in the shop’s tax profile. Ask a manager to fix the product or the tax settings.',
  base_currency_locked: 'The base currency cannot be changed once sales have been recorded: every sale, shift and report is kept in it.',
} as const satisfies Record<SalesPricingErrorCode, string>;
