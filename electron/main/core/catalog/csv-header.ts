import { isCurrencyCode } from '../../../../shared/domain/currency';
import { err, ok, type Result } from '../../../../shared/domain/result';

/** The catalog CSV's columns besides the prices, in the order the export writes them. */
export const CSV_BASE_COLUMNS = ['sku', 'name', 'category', 'barcodes', 'tax_class', 'unit', 'active'] as const;
export type CsvBaseColumn = (typeof CSV_BASE_COLUMNS)[number];
export const PRICE_PREFIX = 'price_';

/** Where each column sits in a row: the base columns by name, the price columns by currency. */
export type CsvHeader = {
  readonly base: { readonly [C in CsvBaseColumn]: number };
  readonly prices: readonly { readonly currency: string; readonly index: number; readonly column: string }[];
  readonly width: number;
};

/**
 * Reads the header row: every base column once (any order, any ASCII case, spaces around
 * ignored), then any number of price_<ISO currency> columns. An unknown or repeated column is
 * refused, so a typo ("price_RMB", "barcode") never silently drops a column of data.
 */
export function readCsvHeader(cells: readonly string[]): Result<CsvHeader> {
  const base: Partial<Record<CsvBaseColumn, number>> = {};
  const prices: { currency: string; index: number; column: string }[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of cells.entries()) {
    const name = raw.trim().toLowerCase();
    if (seen.has(name)) return err('csv_invalid', `the column "${name}" appears twice`);
    seen.add(name);
    if ((CSV_BASE_COLUMNS as readonly string[]).includes(name)) {
      base[name as CsvBaseColumn] = index;
    } else if (name.startsWith(PRICE_PREFIX) && isCurrencyCode(name.slice(PRICE_PREFIX.length).toUpperCase())) {
      const currency = name.slice(PRICE_PREFIX.length).toUpperCase();
      prices.push({ currency, index, column: `${PRICE_PREFIX}${currency}` });
    } else {
      return err('csv_invalid', `unknown column "${raw.trim().slice(0, 40)}" (expected ${CSV_BASE_COLUMNS.join(', ')}, price_<currency>)`);
    }
  }
  const missing = CSV_BASE_COLUMNS.filter((c) => base[c] === undefined);
  if (missing.length > 0) return err('csv_invalid', `missing column(s): ${missing.join(', ')}`);
  return ok({ base: base as CsvHeader['base'], prices, width: cells.length });
}
