/** Error codes of pricing and tax settings (part of the closed union in shared/domain/errors.ts). */
export const SALES_PRICING_ERROR_CODES = [
  /** A line's amount discount is more than the line, or the order's more than the discounted lines. */
  'discount_exceeds_amount',
  /** A line's tax class is not one of the shop's tax profile (or a rate override names such a class). */
  'unknown_tax_class',
  /** Settings: the base currency cannot change once a completed sale exists. */
  'base_currency_locked',
] as const;
