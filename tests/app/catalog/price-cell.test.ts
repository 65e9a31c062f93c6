import { describe, expect, it } from 'vitest';
import { priceCell } from '../../../electron/main/core/catalog/csv-row';

/** Prices in the CSV are major units, parsed exactly by the currency's exponent: never through a float, never rounded. */
describe('priceCell', () => {
  it.each([
    ['12.5', 'CNY', 1250], ['12.50', 'CNY', 1250], ['0.01', 'CNY', 1], ['100', 'JPY', 100], ['1.234', 'KWD', 1234], ['19.99', 'EUR', 1999],
    ['1000000000', 'CNY', 100_000_000_000], ['0.1', 'CNY', 10], ['007.30', 'CNY', 730],
  ])('%s %s → %i minor units', (text, currency, minor) => {
    expect(priceCell(text, currency)).toEqual({ minor });
  });

  it.each([
    ['12.345', 'CNY', 'price_too_precise'], ['100.5', 'JPY', 'price_too_precise'], ['1.2345', 'KWD', 'price_too_precise'],
    ['1,000.00', 'CNY', 'invalid_price'], ['12,50', 'EUR', 'invalid_price'], ['1e3', 'CNY', 'invalid_price'], ['.5', 'CNY', 'invalid_price'],
    ['5.', 'CNY', 'invalid_price'], ['¥12', 'CNY', 'invalid_price'], ['+1', 'CNY', 'invalid_price'], ['NaN', 'CNY', 'invalid_price'],
    ['0', 'CNY', 'price_out_of_range'], ['0.00', 'CNY', 'price_out_of_range'], ['-1', 'CNY', 'price_out_of_range'],
    ['1000000000.01', 'CNY', 'price_out_of_range'], ['99999999999999999999', 'CNY', 'price_out_of_range'],
  ])('%s %s is refused as %s', (text, currency, code) => {
    expect(priceCell(text, currency)).toMatchObject({ code });
  });
});
