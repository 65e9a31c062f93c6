import { exportCsv, type ExportCsv } from './export-csv';
import type { CatalogPorts } from './catalog-ports';
import { importCsv, type ImportCsv } from './import-csv';
import { ImportStaging } from './import-staging';
import { listCategories, type ListCategories } from './list-categories';
import { productByBarcode, type ProductByBarcode } from './product-by-barcode';
import { productDetail, type ProductDetail } from './product-detail';
import { searchProducts, type SearchProducts } from './search-products';
import { upsertCategory, type UpsertCategory } from './upsert-category';
import { upsertProduct, type UpsertProduct } from './upsert-product';

/** The bound use cases of the catalog domain. */
export type CatalogUseCases = {
  readonly search: SearchProducts;
  readonly byBarcode: ProductByBarcode;
  readonly product: ProductDetail;
  readonly categories: ListCategories;
  readonly upsertProduct: UpsertProduct;
  readonly upsertCategory: UpsertCategory;
  readonly importCsv: ImportCsv;
  readonly exportCsv: ExportCsv;
};

export function assembleCatalogUseCases(ports: CatalogPorts): CatalogUseCases {
  return {
    search: searchProducts(ports),
    byBarcode: productByBarcode(ports),
    product: productDetail(ports),
    categories: listCategories(ports),
    upsertProduct: upsertProduct(ports),
    upsertCategory: upsertCategory(ports),
    importCsv: importCsv(ports, new ImportStaging(ports.clock)),
    exportCsv: exportCsv(ports),
  };
}
