import type { Discount } from '../../../../../shared/domain/sales/cart';

/**
 * One line as the pricing engine takes it: the catalog's (or an approved override's) unit price,
 * the quantity in thousandths and the tax class with its rate. The rate is used as given, so a
 * stored sale re-prices at the rate it was sold at; the class must still be one of the profile's
 * (`taxRateFor` in shared/domain/sales/tax-profiles.ts gives a new line its rate).
 */
export type PricingLine = {
  readonly lineId: string;
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly unitPriceMinor: number;
  readonly quantityMilli: number;
  readonly taxClass: string;
  readonly taxRateBp: number;
  readonly discount?: Discount | undefined;
  readonly overridden: boolean;
};

export type PricingCart = {
  readonly cartId: string;
  readonly currency: string;
  readonly lines: readonly PricingLine[];
  readonly orderDiscount?: Discount | undefined;
};
