import type { CatalogErrorCode } from '../../../../shared/domain/errors';

/** One message per error code of the catalog domain: what happened, then what to do. */
export const catalogErrors = {
  product_not_found: 'No product has this code. Check the barcode or search by name.',
  product_inactive: 'This product is not for sale at the moment. Ask a manager to make it active.',
  no_price_in_currency: 'This product has no price in the shop currency. Ask a manager to add one.',
  sku_taken: 'Another product already has this SKU. Choose a different SKU.',
  barcode_taken: 'Another product already has one of these barcodes. Remove it there first, or check the number.',
  category_not_found: 'That category no longer exists. Refresh the list and choose a category.',
  category_name_taken: 'A category with this name already exists. Choose a different name.',
  csv_invalid: 'The file could not be read as a product CSV. Check the header row and the file format.',
  import_not_found: 'This import was interrupted. Start the import again from the beginning.',
  import_out_of_order: 'Parts of the import arrived out of order. Start the import again.',
  import_too_large: 'The file has too many rows for one import. Split it into smaller files.',
} as const satisfies Record<CatalogErrorCode, string>;
