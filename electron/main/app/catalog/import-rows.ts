import { checkCsvRow, type CsvProductDraft, type CsvRowError } from '../../core/catalog/csv-row';
import { readCsvHeader } from '../../core/catalog/csv-header';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { CSV_IMPORT_ROWS_MAX } from '../../../../shared/ipc/contract/catalog-schemas';
import { barcodeOwnersMany, productIdsBySku, skuKey } from '../../db/repositories/product-write.repo';
import type { ReadTx } from '../../db/tx';
import { readCsv } from './csv-text';

/** A checked import: the rows that may be written (with the product each one updates) and every row error. */
export type CheckedImport = {
  readonly rows: number;
  readonly good: readonly { readonly draft: CsvProductDraft; readonly productId: string | null }[];
  readonly errors: readonly CsvRowError[];
  readonly priceCurrencies: readonly string[];
};

/** Reads the file and checks each row on its own (no database yet). */
export function readImport(text: string, taxClasses: ReadonlySet<string>): Result<{ rows: number; drafts: CsvProductDraft[]; errors: CsvRowError[]; priceCurrencies: string[] }> {
  const read = readCsv(text);
  if (!read.ok) return read;
  const [head, ...body] = read.value.records;
  if (!head) return err('csv_invalid', 'the file is empty: a header row is expected');
  const header = readCsvHeader(head.cells);
  if (!header.ok) return header;
  if (body.length > CSV_IMPORT_ROWS_MAX) return err('import_too_large', `an import holds at most ${CSV_IMPORT_ROWS_MAX} rows`);
  const drafts: CsvProductDraft[] = [];
  const errors: CsvRowError[] = [];
  for (const record of body) {
    const checked = checkCsvRow(record.row, record.cells, header.value, taxClasses);
    if ('draft' in checked) drafts.push(checked.draft);
    else errors.push(...checked.errors);
  }
  return ok({ rows: body.length, drafts, errors, priceCurrencies: header.value.prices.map((p) => p.currency) });
}

/**
 * The checks across rows and against the catalog: a SKU or a barcode twice in the file (the
 * later row is refused), and a barcode that another product already holds. A row is matched to
 * an existing product by its SKU.
 */
export async function checkAgainstCatalog(tx: ReadTx, drafts: readonly CsvProductDraft[]): Promise<{
  good: CheckedImport['good']; errors: CsvRowError[];
}> {
  const existing = await productIdsBySku(tx, drafts.map((d) => d.sku));
  const owners = await barcodeOwnersMany(tx, [...new Set(drafts.flatMap((d) => d.barcodes))]);
  const skuRow = new Map<string, number>();
  const barcodeRow = new Map<string, number>();
  const good: { draft: CsvProductDraft; productId: string | null }[] = [];
  const errors: CsvRowError[] = [];
  for (const draft of drafts) {
    const rowErrors: CsvRowError[] = [];
    const key = skuKey(draft.sku);
    const firstRow = skuRow.get(key);
    if (firstRow !== undefined) rowErrors.push({ row: draft.row, column: 'sku', code: 'duplicate_sku', message: `the SKU is also on row ${firstRow}` });
    else skuRow.set(key, draft.row);
    const productId = existing.get(key) ?? null;
    for (const code of draft.barcodes) {
      const earlier = barcodeRow.get(code);
      const owner = owners.get(code);
      if (earlier !== undefined) {
        rowErrors.push({ row: draft.row, column: 'barcodes', code: 'duplicate_barcode', message: `${code} is also on row ${earlier}` });
      } else if (owner !== undefined && owner !== productId) {
        rowErrors.push({ row: draft.row, column: 'barcodes', code: 'barcode_taken', message: `${code} belongs to another product` });
      }
      if (earlier === undefined) barcodeRow.set(code, draft.row);
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else good.push({ draft, productId });
  }
  return { good, errors };
}
