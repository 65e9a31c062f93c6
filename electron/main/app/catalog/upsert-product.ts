import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { diffProduct, type ProductRecord } from '../../core/catalog/product-diff';
import type { Caller } from '../../core/staff/caller';
import { appendAudit } from '../../db/repositories/audit.repo';
import { categoryById } from '../../db/repositories/product-category.repo';
import { barcodeOwners, productIdBySku, saveProduct, storedProduct } from '../../db/repositories/product-write.repo';
import type { CatalogPorts } from './catalog-ports';
import { productDetail } from './catalog-views';

type UpsertOutput = Output<'catalog.upsertProduct'>;
export type UpsertProduct = (input: Input<'catalog.upsertProduct'>, caller: Caller, origin: string) => Promise<Result<UpsertOutput>>;

/**
 * Creates or replaces one product in one transaction: its SKU and barcodes must not belong to
 * another product, its category must exist and its tax class be one of the tax profile's. A save
 * that changes something writes one `audit.catalogProductSaved` (what changed, as counts); a
 * repeat of the same save changes nothing and writes nothing.
 */
export function upsertProduct(ports: CatalogPorts): UpsertProduct {
  return async (input, caller, origin) => {
    if (!ports.taxClasses().includes(input.taxClass)) return err('unknown_tax_class', `${input.taxClass} is not a class of the tax profile`);
    const nowMs = ports.clock.nowMs();
    return ports.db.tx.write(async (tx): Promise<Result<UpsertOutput>> => {
      const skuOwner = await productIdBySku(tx, input.sku);
      if (skuOwner !== null && skuOwner !== input.productId) return err('sku_taken', `another product has the SKU ${input.sku}`);
      const owners = await barcodeOwners(tx, input.barcodes);
      const taken = input.barcodes.find((b) => (owners.get(b) ?? input.productId) !== input.productId);
      if (taken !== undefined) return err('barcode_taken', `another product has the barcode ${taken}`);
      if (input.categoryId !== null && !(await categoryById(tx, input.categoryId))) return err('category_not_found', 'no category has this id');
      const next: ProductRecord = {
        productId: input.productId, sku: input.sku, name: input.name, categoryId: input.categoryId, taxClass: input.taxClass,
        unit: input.unit, active: input.active, barcodes: input.barcodes, prices: input.prices,
      };
      const diff = diffProduct(await storedProduct(tx, input.productId), next);
      await saveProduct(tx, next, diff, nowMs);
      if (diff.changed) {
        await appendAudit(tx, ports.mac, {
          kind: 'audit.catalogProductSaved', staffId: caller.staffId, origin,
          detail: {
            productId: input.productId, sku: input.sku, created: diff.created, fields: [...diff.fields],
            pricesChanged: diff.pricesSet.length + diff.pricesRemoved.length,
            barcodesChanged: diff.barcodesAdded.length + diff.barcodesRemoved.length,
          },
        }, nowMs);
      }
      const saved = await storedProduct(tx, input.productId);
      if (!saved) throw new Error('a product saved in this transaction is missing');
      return ok({ product: productDetail(saved), created: diff.created, changed: diff.changed });
    });
  };
}
