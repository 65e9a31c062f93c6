import { z } from './zod';

const uuid = z.string().length(36);
const count = z.int().min(0).max(1_000_000);

/** What of a product a manager changed (never the values: the product rows hold those). */
export const PRODUCT_FIELDS = ['sku', 'name', 'category', 'taxClass', 'unit', 'active'] as const;

/**
 * The catalog's audit kinds (spread into AUDIT_DETAILS, shared/domain/audit-kinds.ts). Product and
 * price rows are plain data: a sale snapshots the name, tax class and price it used, so the
 * chain records who changed the catalog and how much, not every row.
 */
export const CATALOG_AUDIT_DETAILS = {
  /** A product created or changed by hand (catalog.upsertProduct); a call that changes nothing writes none. */
  'audit.catalogProductSaved': z.strictObject({
    productId: uuid,
    sku: z.string().max(40),
    created: z.boolean(),
    fields: z.array(z.enum(PRODUCT_FIELDS)).max(PRODUCT_FIELDS.length),
    /** Currencies whose price was added, changed or removed. */
    pricesChanged: z.int().min(0).max(40),
    /** Barcodes added or removed. */
    barcodesChanged: z.int().min(0).max(40),
  }),
  /** A category created or renamed. */
  'audit.catalogCategorySaved': z.strictObject({ categoryId: uuid, created: z.boolean() }),
  /** A CSV import's outcome, once per import that reached its last part (written or not). */
  'audit.catalogImported': z.strictObject({
    importId: uuid,
    mode: z.enum(['all_or_nothing', 'valid_rows']),
    committed: z.boolean(),
    rows: count, created: count, updated: count, unchanged: count, rejected: count, categoriesCreated: count,
  }),
} as const;
