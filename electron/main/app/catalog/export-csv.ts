import { formatMinor } from '../../../../shared/domain/money';
import { ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { CSV_EXPORT_PAGE_ROWS } from '../../../../shared/ipc/contract/catalog-schemas';
import { CSV_BASE_COLUMNS, PRICE_PREFIX } from '../../core/catalog/csv-header';
import { priceCurrencies, productPage, type ExportedProduct } from '../../db/repositories/product-export.repo';
import type { CatalogPorts } from './catalog-ports';
import { writeCsv } from './csv-text';

export type ExportCsv = (input: Input<'catalog.exportCsv'>) => Promise<Result<Output<'catalog.exportCsv'>>>;

function cellsOf(p: ExportedProduct, currencies: readonly string[]): string[] {
  const price = new Map(p.prices.map((x) => [x.currency, x.unitPriceMinor]));
  return [
    p.sku, p.name, p.categoryName ?? '', p.barcodes.join('|'), p.taxClass, p.unit, p.active ? '1' : '0',
    ...currencies.map((c) => {
      const minor = price.get(c);
      return minor === undefined ? '' : formatMinor(minor, c);
    }),
  ];
}

/**
 * One page of the catalog as CSV, by SKU, in the import's columns (prices in major units, exact):
 * what it writes, catalog.importCsv reads back to the same catalog. The first page carries the
 * header and fixes the price columns; the renderer passes them back for the next pages.
 */
export function exportCsv(ports: Pick<CatalogPorts, 'db'>): ExportCsv {
  return async (input) => ports.db.tx.read(async (tx) => {
    const currencies = input.currencies ?? (await priceCurrencies(tx));
    const page = await productPage(tx, input.afterSku ?? null, CSV_EXPORT_PAGE_ROWS + 1);
    const rows = page.slice(0, CSV_EXPORT_PAGE_ROWS);
    const header = input.afterSku === undefined ? [[...CSV_BASE_COLUMNS, ...currencies.map((c) => `${PRICE_PREFIX}${c}`)]] : [];
    const last = rows[rows.length - 1];
    return ok({
      csv: writeCsv([...header, ...rows.map((p) => cellsOf(p, currencies))]),
      currencies: [...currencies],
      rows: rows.length,
      nextAfterSku: page.length > CSV_EXPORT_PAGE_ROWS && last ? last.sku : null,
    });
  });
}
