import type { Database } from '../../../electron/main/db/connection';
import { diffProduct, type ProductRecord } from '../../../electron/main/core/catalog/product-diff';
import { insertCategory } from '../../../electron/main/db/repositories/product-category.repo';
import { saveProduct, storedProduct } from '../../../electron/main/db/repositories/product-write.repo';
import { newId } from '../../../shared/domain/ids';

/** A product record with defaults; `over` replaces any field. */
export function product(over: Partial<ProductRecord> = {}): ProductRecord {
  return {
    productId: newId(), sku: `SKU-${Math.random().toString(36).slice(2, 8)}`, name: 'Green tea', categoryId: null, taxClass: 'standard',
    unit: 'each', active: true, barcodes: [], prices: [{ currency: 'CNY', unitPriceMinor: 1250 }], ...over,
  };
}

/** Saves (creates or replaces) products through the repository, as the use cases do. */
export async function saveProducts(db: Database, records: readonly ProductRecord[], nowMs = 1000): Promise<void> {
  await db.tx.write(async (tx) => {
    for (const next of records) await saveProduct(tx, next, diffProduct(await storedProduct(tx, next.productId), next), nowMs);
  });
}

export async function addCategory(db: Database, name: string): Promise<string> {
  const id = newId();
  await db.tx.write((tx) => insertCategory(tx, id, name, 1000));
  return id;
}
