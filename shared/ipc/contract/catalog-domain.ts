import type { MethodSpec } from '../method';
import { empty } from '../schemas';
import {
  byBarcodeInput, categoriesOutput, exportCsvInput, exportCsvOutput, importCsvInput, importCsvOutput, productDetail, productInput,
  productView, searchInput, searchOutput, upsertCategoryInput, upsertCategoryOutput, upsertProductInput, upsertProductOutput,
} from './catalog-schemas';

/**
 * The contract entries of the catalog domain (issue 9 §1): products with a SKU, barcodes, a name,
 * a category, a tax class of the merchant's tax profile, a unit, an active flag and one price per
 * currency. Reads are for anyone signed in (the Sell screen), writes for a manager; every write is
 * audited (a sale keeps the price it used, so prices are not chained row by row).
 */
export const catalogDomainContract = {
  /**
   * Search by barcode (exact), SKU (prefix) and name (any 3+ characters, or the start of the name
   * for 1–2): exact barcode and SKU matches first, then SKU prefixes, then names. Active products
   * only unless `includeInactive`.
   */
  'catalog.search': { input: searchInput, output: searchOutput, access: 'signedIn', errors: ['category_not_found'] },
  /** The product a scanned code names, priced in `currency`: what the Sell screen adds to the cart. */
  'catalog.byBarcode': {
    input: byBarcodeInput,
    output: productView,
    access: 'signedIn',
    // product_inactive: the product exists but is not for sale; no_price_in_currency: it has no price in `currency`.
    errors: ['product_not_found', 'product_inactive', 'no_price_in_currency'],
  },
  /** One product with every price (the manager's edit form). */
  'catalog.product': { input: productInput, output: productDetail, access: 'signedIn', errors: ['product_not_found'] },
  /** The categories by name, with their active product counts. */
  'catalog.categories': { input: empty, output: categoriesOutput, access: 'signedIn', errors: [] },
  /** Creates or replaces one product (its barcodes and prices as sent). */
  'catalog.upsertProduct': {
    input: upsertProductInput,
    output: upsertProductOutput,
    access: 'manager',
    // unknown_tax_class: not a class of the merchant's tax profile.
    errors: ['sku_taken', 'barcode_taken', 'category_not_found', 'unknown_tax_class'],
  },
  'catalog.upsertCategory': { input: upsertCategoryInput, output: upsertCategoryOutput, access: 'manager', errors: ['category_name_taken'] },
  /**
   * Imports a CSV file sent in parts (consecutive slices of its text; see catalog-schemas.ts).
   * Columns: sku, name, category, barcodes ('|' between), tax_class, unit, active, then one
   * price_<CUR> per currency (major units, "12.50"; an empty cell removes that price; a currency
   * without a column keeps its prices). A product is matched by SKU. Every row is checked once the
   * last part arrives; `all_or_nothing` writes nothing when any row is bad, `valid_rows` writes the
   * good rows; either way in one transaction, with a row report.
   */
  'catalog.importCsv': {
    input: importCsvInput,
    output: importCsvOutput,
    access: 'manager',
    // csv_invalid: the file is not CSV (an unclosed quote) or its header is unusable (the message names the column);
    // import_not_found: a part after the first for an import this terminal does not hold (expired, or main restarted);
    // import_out_of_order: not the next part; import_too_large: over CSV_IMPORT_CHARS_MAX characters or CSV_IMPORT_ROWS_MAX rows.
    errors: ['csv_invalid', 'import_not_found', 'import_out_of_order', 'import_too_large'],
  },
  /** One page of the catalog as CSV (the same columns as the import), by SKU. */
  'catalog.exportCsv': { input: exportCsvInput, output: exportCsvOutput, access: 'manager', errors: [] },
} as const satisfies Record<string, MethodSpec>;
