import { newId } from '../../../../shared/domain/ids';
import type { CsvProductDraft } from '../../core/catalog/csv-row';
import { diffProduct, type ProductPrice, type ProductRecord } from '../../core/catalog/product-diff';
import { categoryIdsByName, categoryKey, insertCategory } from '../../db/repositories/product-category.repo';
import { saveProduct, storedProduct } from '../../db/repositories/product-write.repo';
import type { WriteTx } from '../../db/tx';
import type { CheckedImport } from './import-rows';

export type ImportCounts = { created: number; updated: number; unchanged: number; categoriesCreated: number };

/** The file's prices over the stored ones: a cell sets or (empty) removes; a currency without a column stays. */
function mergedPrices(stored: readonly ProductPrice[], file: ReadonlyMap<string, number | null>): ProductPrice[] {
  const out = new Map(stored.map((p) => [p.currency, p.unitPriceMinor]));
  for (const [currency, minor] of file) {
    if (minor === null) out.delete(currency);
    else out.set(currency, minor);
  }
  return [...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, unitPriceMinor]) => ({ currency, unitPriceMinor }));
}

async function categoryFor(tx: WriteTx, name: string | null, known: Map<string, string>, counts: ImportCounts, nowMs: number): Promise<string | null> {
  if (name === null) return null;
  const key = categoryKey(name);
  const found = known.get(key);
  if (found !== undefined) return found;
  const id = newId();
  await insertCategory(tx, id, name, nowMs);
  known.set(key, id);
  counts.categoriesCreated += 1;
  return id;
}

async function applyRow(tx: WriteTx, draft: CsvProductDraft, productId: string | null, categoryId: string | null, nowMs: number): Promise<'created' | 'updated' | 'unchanged'> {
  const stored = productId === null ? null : await storedProduct(tx, productId);
  const next: ProductRecord = {
    productId: stored?.productId ?? newId(), sku: draft.sku, name: draft.name, categoryId, taxClass: draft.taxClass, unit: draft.unit,
    active: draft.active, barcodes: draft.barcodes, prices: mergedPrices(stored?.prices ?? [], draft.prices),
  };
  const diff = diffProduct(stored, next);
  await saveProduct(tx, next, diff, nowMs);
  return diff.created ? 'created' : diff.changed ? 'updated' : 'unchanged';
}

/** Writes the checked rows in file order inside the caller's transaction, creating the categories they name. */
export async function applyImport(tx: WriteTx, good: CheckedImport['good'], nowMs: number): Promise<ImportCounts> {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, categoriesCreated: 0 };
  const known = await categoryIdsByName(tx);
  for (const { draft, productId } of good) {
    const categoryId = await categoryFor(tx, draft.categoryName, known, counts, nowMs);
    counts[await applyRow(tx, draft, productId, categoryId, nowMs)] += 1;
  }
  return counts;
}
