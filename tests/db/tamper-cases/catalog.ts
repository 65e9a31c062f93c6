import { newId } from '../../../shared/domain/ids';
import { expectOk, type TestApp } from '../../support/test-app';

/**
 * Writes one entry of every audit kind of the catalog domain through its use cases (the caller is
 * signed in as a manager or the owner): a category, a product, and a one-row CSV import. The
 * catalog adds no state or record kinds: its audit kinds get the generic case of the audit table.
 */
export async function seedCatalogKinds(t: TestApp): Promise<void> {
  const categoryId = newId();
  expectOk(await t.call('catalog.upsertCategory', { categoryId, name: 'Tea' }));
  expectOk(await t.call('catalog.upsertProduct', {
    productId: newId(), sku: 'TAMPER-1', name: '乌龙茶', categoryId, barcodes: ['6900000000017'], taxClass: 'standard', unit: 'each',
    active: true, prices: [{ currency: 'CNY', unitPriceMinor: 1200 }],
  }));
  expectOk(await t.call('catalog.importCsv', {
    importId: newId(), mode: 'valid_rows', part: 0, last: true,
    csv: 'sku,name,category,barcodes,tax_class,unit,active,price_CNY\nTAMPER-2,红茶,Tea,,standard,each,1,9.90\n',
  }));
}
