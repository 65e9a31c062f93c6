import { amountMinor, currencyCode, name, text, uuidV7 } from '../schemas';
import { z } from '../zod';

/** Schemas of the catalog domain's contract entries (shared/ipc/contract/catalog-domain.ts). */

/** The most products one search returns (the Sell screen's grid and the manager's list). */
export const CATALOG_SEARCH_LIMIT_MAX = 60;
export const PRODUCT_BARCODES_MAX = 20;
export const PRODUCT_PRICES_MAX = 20;
export const CATEGORIES_MAX = 1000;
/**
 * An import's file travels in parts: consecutive slices of its text, cut anywhere between two
 * characters, each call under the web host's 64 KiB body (PAYLOAD_BYTES_MAX) and the IPC walk's
 * string bound. Main joins them and reads the CSV once the last part is in.
 */
export const CSV_PART_CHARS_MAX = 60_000;
/** Parts of one import. */
export const CSV_PARTS_MAX = 2000;
/** Characters of one import in all (about 100,000 rows of a typical catalog). */
export const CSV_IMPORT_CHARS_MAX = 20_000_000;
/** Rows of one import in all. */
export const CSV_IMPORT_ROWS_MAX = 100_000;
/** Row errors returned by one import call (the rest are counted in `rejected`). */
export const CSV_ERRORS_SHOWN_MAX = 500;
export const CSV_EXPORT_PAGE_ROWS = 2000;

/** A stock-keeping unit: letters, digits and . _ - / (what label printers and spreadsheets keep intact). */
export const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,39}$/;
export const sku = z.string().max(40).regex(SKU_PATTERN, 'letters, digits and . _ - / (1–40)');
/** A scanned code: printable ASCII without spaces (EAN/UPC digits, Code 128, QR text kept short). */
export const BARCODE_PATTERN = /^[\x21-\x7E]{1,48}$/;
export const barcode = z.string().max(48).regex(BARCODE_PATTERN, 'printable characters without spaces (1–48)');
/** A tax class code of the merchant's tax profile (shared/domain/sales/tax-profiles.ts), e.g. 'standard'. */
export const TAX_CLASS_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;
export const taxClass = z.string().max(32).regex(TAX_CLASS_PATTERN, 'a tax class code');
export const PRODUCT_UNITS = ['each', 'weight'] as const;
/** 'each': quantities count items (1000 = one); 'weight': quantities are grams (1000 = one kilogram). */
export const productUnit = z.enum(PRODUCT_UNITS);
export const productName = name;
export const categoryName = name;

export const productPrice = z.strictObject({ currency: currencyCode, unitPriceMinor: amountMinor });

/** A product as the Sell screen and the search list show it: one price, in the currency asked for. */
export const productView = z.strictObject({
  productId: uuidV7,
  sku,
  name: z.string().max(120),
  categoryId: uuidV7.nullable(),
  categoryName: z.string().max(120).nullable(),
  barcodes: z.array(barcode).max(PRODUCT_BARCODES_MAX),
  taxClass,
  unit: productUnit,
  active: z.boolean(),
  /** Null: the product has no price in `currency` (it cannot be sold in it). */
  unitPriceMinor: amountMinor.nullable(),
  currency: currencyCode,
});

/** A product with every price, for the manager's edit form. */
export const productDetail = z.strictObject({
  productId: uuidV7,
  sku,
  name: z.string().max(120),
  categoryId: uuidV7.nullable(),
  categoryName: z.string().max(120).nullable(),
  barcodes: z.array(barcode).max(PRODUCT_BARCODES_MAX),
  taxClass,
  unit: productUnit,
  active: z.boolean(),
  prices: z.array(productPrice).max(PRODUCT_PRICES_MAX),
  updatedAtMs: z.int().min(0),
});

export const categoryView = z.strictObject({
  categoryId: uuidV7,
  name: z.string().max(120),
  /** Active products in the category. */
  productCount: z.int().min(0),
});

export const searchInput = z.strictObject({
  /** A barcode, the start of a SKU, or part of the name (3+ characters anywhere, 1–2 at the start). Empty: all, by name. */
  query: text(64),
  categoryId: uuidV7.optional(),
  currency: currencyCode,
  /** Default and maximum CATALOG_SEARCH_LIMIT_MAX. */
  limit: z.int().min(1).max(CATALOG_SEARCH_LIMIT_MAX).optional(),
  /** The manager's list shows inactive products too; selling never does. */
  includeInactive: z.boolean().optional(),
});
export const searchOutput = z.strictObject({ items: z.array(productView).max(CATALOG_SEARCH_LIMIT_MAX) });

export const byBarcodeInput = z.strictObject({ barcode, currency: currencyCode });
export const productInput = z.strictObject({ productId: uuidV7 });

const unique = (values: readonly string[]) => new Set(values).size === values.length;

export const upsertProductInput = z.strictObject({
  /** Client-generated for a new product; an existing id updates that product (a repeat changes nothing). */
  productId: uuidV7,
  sku,
  name: productName,
  categoryId: uuidV7.nullable(),
  barcodes: z.array(barcode).max(PRODUCT_BARCODES_MAX).refine(unique, 'a barcode is listed twice'),
  taxClass,
  unit: productUnit,
  active: z.boolean(),
  /** The whole price list: a currency left out loses its price. */
  prices: z.array(productPrice).max(PRODUCT_PRICES_MAX).refine((p) => unique(p.map((x) => x.currency)), 'a currency is listed twice'),
});
export const upsertProductOutput = z.strictObject({ product: productDetail, created: z.boolean(), changed: z.boolean() });

export const upsertCategoryInput = z.strictObject({ categoryId: uuidV7, name: categoryName });
export const upsertCategoryOutput = z.strictObject({ category: categoryView, created: z.boolean() });

export const CSV_IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const;
/** Why a row of a CSV import was refused (the row report; not an error code of a call). */
export const CSV_ROW_ERROR_CODES = [
  'wrong_field_count', 'required', 'too_long', 'invalid_text', 'invalid_sku', 'invalid_barcode', 'too_many_barcodes',
  'invalid_unit', 'invalid_active', 'unknown_tax_class', 'invalid_price', 'price_too_precise', 'price_out_of_range',
  'invalid_category', 'duplicate_sku', 'duplicate_barcode', 'barcode_taken',
] as const;
export const csvRowError = z.strictObject({
  /** The record's number in the file: the header is row 1, the first product row 2. */
  row: z.int().min(1),
  /** The column's header name; null for the row as a whole. */
  column: z.string().max(40).nullable(),
  code: z.enum(CSV_ROW_ERROR_CODES),
  message: z.string().max(300),
});

export const importCsvInput = z.strictObject({
  /** Client-generated; every part of one file carries it. */
  importId: uuidV7,
  mode: z.enum(CSV_IMPORT_MODES),
  /** 0, 1, 2 … in order: the next slice of the file's text (see CSV_PART_CHARS_MAX). */
  part: z.int().min(0).max(CSV_PARTS_MAX - 1),
  csv: text(CSV_PART_CHARS_MAX).min(1),
  /** The file's last part: validate everything received and commit (or refuse) in one transaction. */
  last: z.boolean(),
});
export const importCsvOutput = z.strictObject({
  importId: uuidV7,
  /** Characters received so far. */
  charsReceived: z.int().min(0),
  /** Product rows in the file (0 until the last part is in). */
  rows: z.int().min(0),
  /** True once the last part was handled; false while parts are still awaited. */
  done: z.boolean(),
  /** Rows were written (valid_rows: the good ones; all_or_nothing: all of them, or none and false). */
  committed: z.boolean(),
  created: z.int().min(0),
  updated: z.int().min(0),
  unchanged: z.int().min(0),
  rejected: z.int().min(0),
  errors: z.array(csvRowError).max(CSV_ERRORS_SHOWN_MAX),
  /** Categories the import created (named in the file, unknown before). */
  categoriesCreated: z.int().min(0),
  /** More row errors than `errors` lists. */
  errorsTruncated: z.boolean(),
  /** This last part was answered before (a retried call): nothing was imported twice. */
  replayed: z.boolean(),
});

export const exportCsvInput = z.strictObject({
  /** The last SKU of the previous page; omitted for the first. */
  afterSku: sku.optional(),
  /** The price columns; omitted for the first page (every currency with a price), then the first page's. */
  currencies: z.array(currencyCode).max(PRODUCT_PRICES_MAX).optional(),
});
export const exportCsvOutput = z.strictObject({
  /** This page's rows as CSV; the header line only on the first page. */
  csv: z.string().max(10_000_000),
  currencies: z.array(currencyCode).max(PRODUCT_PRICES_MAX),
  rows: z.int().min(0).max(CSV_EXPORT_PAGE_ROWS),
  /** Pass as `afterSku` for the next page; null when this was the last. */
  nextAfterSku: sku.nullable(),
});

export const categoriesOutput = z.array(categoryView).max(CATEGORIES_MAX);
