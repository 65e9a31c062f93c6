/** Error codes of the catalog domain (part of the closed union in shared/domain/errors.ts). */
export const CATALOG_ERROR_CODES = [
  /** No product has this id or barcode. */
  'product_not_found',
  /** The product exists but is not for sale (its active flag is off). */
  'product_inactive',
  /** The product has no price in the currency asked for. */
  'no_price_in_currency',
  /** Another product has this SKU. */
  'sku_taken',
  /** Another product has one of these barcodes. */
  'barcode_taken',
  /** No category has this id. */
  'category_not_found',
  /** Another category has this name. */
  'category_name_taken',
  /** A CSV part that cannot be read, or whose header is unusable. */
  'csv_invalid',
  /** An import part for an import this terminal does not hold. */
  'import_not_found',
  /** An import part that is not the next one. */
  'import_out_of_order',
  /** An import over the row limit. */
  'import_too_large',
] as const;
