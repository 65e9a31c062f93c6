import { newId } from '../../../shared/domain/ids';
import type { catalogDomainContract } from '../../../shared/ipc/contract/catalog-domain';
import { CSV_IMPORT_ROWS_MAX, CSV_PART_CHARS_MAX } from '../../../shared/ipc/contract/catalog-schemas';
import { expectOk, signInAs } from '../../support/test-app';
import { NOBODY_ID } from '../samples';
import { ROLE_GATED, SIGNED_IN, type DomainReachers, type World } from './common';

const HEADER = 'sku,name,category,barcodes,tax_class,unit,active,price_CNY';

/** A product saved by the manager (who stays signed in). */
async function saved(w: World, over: Record<string, unknown> = {}): Promise<{ productId: string; sku: string; barcode: string }> {
  await signInAs(w.t, w.manager);
  const productId = newId();
  const sku = `R-${productId.slice(-8)}`;
  const barcode = `B${productId.slice(-12)}`;
  expectOk(await w.t.call('catalog.upsertProduct', {
    productId, sku, name: 'Oolong', categoryId: null, barcodes: [barcode], taxClass: 'standard', unit: 'each', active: true,
    prices: [{ currency: 'CNY', unitPriceMinor: 800 }], ...over,
  }));
  return { productId, sku, barcode };
}

const upsert = (w: World, over: Record<string, unknown>) => w.t.call('catalog.upsertProduct', {
  productId: newId(), sku: `N-${newId().slice(-8)}`, name: 'New', categoryId: null, barcodes: [], taxClass: 'standard', unit: 'each',
  active: true, prices: [], ...over,
});

const importPart = (w: World, importId: string, part: number, csv: string, last: boolean) =>
  w.t.call('catalog.importCsv', { importId, mode: 'all_or_nothing', part, csv, last });

/** A way to reach every declared code of the catalog domain's methods (see declared-errors.test.ts). */
export const catalogReach: DomainReachers<typeof catalogDomainContract> = {
  'catalog.search': {
    ...SIGNED_IN,
    category_not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('catalog.search', { query: 'tea', categoryId: NOBODY_ID, currency: 'CNY' });
    },
  },
  'catalog.byBarcode': {
    ...SIGNED_IN,
    product_not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('catalog.byBarcode', { barcode: '0000000000000', currency: 'CNY' });
    },
    product_inactive: async (w) => {
      const { barcode } = await saved(w, { active: false });
      return w.t.call('catalog.byBarcode', { barcode, currency: 'CNY' });
    },
    no_price_in_currency: async (w) => {
      const { barcode } = await saved(w);
      return w.t.call('catalog.byBarcode', { barcode, currency: 'EUR' });
    },
  },
  'catalog.product': {
    ...SIGNED_IN,
    product_not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('catalog.product', { productId: NOBODY_ID });
    },
  },
  'catalog.categories': SIGNED_IN,
  'catalog.upsertProduct': {
    ...ROLE_GATED,
    sku_taken: async (w) => upsert(w, { sku: (await saved(w)).sku.toLowerCase() }),
    barcode_taken: async (w) => upsert(w, { barcodes: [(await saved(w)).barcode] }),
    category_not_found: async (w) => {
      await signInAs(w.t, w.manager);
      return upsert(w, { categoryId: NOBODY_ID });
    },
    unknown_tax_class: async (w) => {
      await signInAs(w.t, w.manager);
      return upsert(w, { taxClass: 'luxury' });
    },
  },
  'catalog.upsertCategory': {
    ...ROLE_GATED,
    category_name_taken: async (w) => {
      await signInAs(w.t, w.manager);
      expectOk(await w.t.call('catalog.upsertCategory', { categoryId: newId(), name: 'Snacks' }));
      return w.t.call('catalog.upsertCategory', { categoryId: newId(), name: 'SNACKS' });
    },
  },
  'catalog.importCsv': {
    ...ROLE_GATED,
    csv_invalid: async (w) => {
      await signInAs(w.t, w.manager);
      return importPart(w, newId(), 0, 'sku,name,price_RMB\nA,B,1\n', true);
    },
    import_not_found: async (w) => {
      await signInAs(w.t, w.manager);
      return importPart(w, newId(), 3, `${HEADER}\n`, true);
    },
    import_out_of_order: async (w) => {
      await signInAs(w.t, w.manager);
      const importId = newId();
      expectOk(await importPart(w, importId, 0, `${HEADER}\n`, false));
      return importPart(w, importId, 2, 'A,B,,,standard,each,1,1\n', true);
    },
    import_too_large: async (w) => {
      await signInAs(w.t, w.manager);
      const importId = newId();
      const text = `${HEADER}\n${'x\n'.repeat(CSV_IMPORT_ROWS_MAX + 1)}`;
      const parts = Math.ceil(text.length / CSV_PART_CHARS_MAX);
      for (let i = 0; i < parts - 1; i += 1) expectOk(await importPart(w, importId, i, text.slice(i * CSV_PART_CHARS_MAX, (i + 1) * CSV_PART_CHARS_MAX), false));
      return importPart(w, importId, parts - 1, text.slice((parts - 1) * CSV_PART_CHARS_MAX), true);
    },
  },
  'catalog.exportCsv': ROLE_GATED,
};
