import type { catalogDomainContract } from '../../../shared/ipc/contract/catalog-domain';
import { NOBODY_ID, type DomainSamples, type SampleIds } from './fixture';

const PRODUCT_ID = '01890000-0000-7000-8000-0000000000d1';
const CATEGORY_ID = '01890000-0000-7000-8000-0000000000d2';
const IMPORT_ID = '01890000-0000-7000-8000-0000000000d3';
export const SAMPLE_CSV = 'sku,name,category,barcodes,tax_class,unit,active,price_CNY\nTEA-1,绿茶 500ml,Drinks,6901234567892|TEA1,standard,each,1,3.50\n';

export const catalogSamples = (_ids: SampleIds): DomainSamples<typeof catalogDomainContract> => ({
  'catalog.search': [
    { query: 'tea', categoryId: NOBODY_ID, currency: 'CNY', limit: 20, includeInactive: true },
    { query: '', currency: 'CNY' },
    { query: '绿茶', currency: 'CNY' },
  ],
  'catalog.byBarcode': [{ barcode: '6901234567892', currency: 'CNY' }],
  'catalog.product': [{ productId: NOBODY_ID }],
  'catalog.categories': [{}],
  'catalog.upsertProduct': [
    {
      productId: PRODUCT_ID, sku: 'TEA-1', name: '绿茶 500ml', categoryId: null, barcodes: ['6901234567892', 'TEA1'], taxClass: 'standard',
      unit: 'each', active: true, prices: [{ currency: 'CNY', unitPriceMinor: 350 }, { currency: 'EUR', unitPriceMinor: 45 }],
    },
    { productId: PRODUCT_ID, sku: 'APPLE-KG', name: 'Apples', categoryId: NOBODY_ID, barcodes: [], taxClass: 'reduced', unit: 'weight', active: false, prices: [] },
  ],
  'catalog.upsertCategory': [{ categoryId: CATEGORY_ID, name: 'Drinks' }],
  'catalog.importCsv': [
    { importId: IMPORT_ID, mode: 'all_or_nothing', part: 0, csv: SAMPLE_CSV, last: true },
    { importId: IMPORT_ID, mode: 'valid_rows', part: 1, csv: 'x', last: false },
  ],
  'catalog.exportCsv': [{ afterSku: 'TEA-1', currencies: ['CNY', 'EUR'] }, {}],
});
