import type { PRODUCT_FIELDS } from '../../../../shared/domain/catalog-audit';

export type ProductField = (typeof PRODUCT_FIELDS)[number];
export type ProductPrice = { readonly currency: string; readonly unitPriceMinor: number };

/** A product as the catalog stores it: the whole of what a manager edits. */
export type ProductRecord = {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly categoryId: string | null;
  readonly taxClass: string;
  readonly unit: 'each' | 'weight';
  readonly active: boolean;
  readonly barcodes: readonly string[];
  readonly prices: readonly ProductPrice[];
};

/** What a save changes: the writes to make and the counts the audit records. */
export type ProductDiff = {
  readonly created: boolean;
  readonly fields: readonly ProductField[];
  readonly barcodesAdded: readonly string[];
  readonly barcodesRemoved: readonly string[];
  /** Prices to insert or replace. */
  readonly pricesSet: readonly ProductPrice[];
  /** Currencies whose price goes. */
  readonly pricesRemoved: readonly string[];
  readonly changed: boolean;
};

const FIELD_OF: { readonly [F in ProductField]: (r: ProductRecord) => unknown } = {
  sku: (r) => r.sku, name: (r) => r.name, category: (r) => r.categoryId, taxClass: (r) => r.taxClass, unit: (r) => r.unit,
  active: (r) => r.active,
};

/** Compares the stored product (null: none yet) with the one to save. */
export function diffProduct(before: ProductRecord | null, after: ProductRecord): ProductDiff {
  const fields = (Object.keys(FIELD_OF) as ProductField[]).filter((f) => before === null || FIELD_OF[f](before) !== FIELD_OF[f](after));
  const oldCodes = new Set(before?.barcodes ?? []);
  const newCodes = new Set(after.barcodes);
  const barcodesAdded = after.barcodes.filter((b) => !oldCodes.has(b));
  const barcodesRemoved = [...oldCodes].filter((b) => !newCodes.has(b));
  const oldPrices = new Map((before?.prices ?? []).map((p) => [p.currency, p.unitPriceMinor]));
  const newCurrencies = new Set(after.prices.map((p) => p.currency));
  const pricesSet = after.prices.filter((p) => oldPrices.get(p.currency) !== p.unitPriceMinor);
  const pricesRemoved = [...oldPrices.keys()].filter((c) => !newCurrencies.has(c));
  const created = before === null;
  const changed = created || fields.length > 0 || barcodesAdded.length + barcodesRemoved.length + pricesSet.length + pricesRemoved.length > 0;
  return { created, fields: created ? [] : fields, barcodesAdded, barcodesRemoved, pricesSet, pricesRemoved, changed };
}
