import type { z } from '../../../../shared/domain/zod';
import { currencyExponent } from '../../../../shared/domain/currency';
import { AMOUNT_MINOR_MAX } from '../../../../shared/domain/limits';
import { parseMinor } from '../../../../shared/domain/money';
import { nameSchema } from '../../../../shared/domain/name';
import {
  BARCODE_PATTERN, PRODUCT_BARCODES_MAX, SKU_PATTERN, type csvRowError,
} from '../../../../shared/ipc/contract/catalog-schemas';
import type { CsvBaseColumn, CsvHeader } from './csv-header';

export type CsvRowError = z.infer<typeof csvRowError>;

/** A row that passed every check of its own (cross-row and database checks come after). */
export type CsvProductDraft = {
  readonly row: number;
  readonly sku: string;
  readonly name: string;
  readonly categoryName: string | null;
  readonly barcodes: readonly string[];
  readonly taxClass: string;
  readonly unit: 'each' | 'weight';
  readonly active: boolean;
  /** Currency → minor units; null: the cell was empty (the price goes). Currencies without a column are absent. */
  readonly prices: ReadonlyMap<string, number | null>;
};

const TRUE = new Set(['1', 'true', 'yes', 'y']);
const FALSE = new Set(['0', 'false', 'no', 'n']);
const PRICE_SHAPE = /^-?[0-9]+(?:\.([0-9]+))?$/;

class RowCheck {
  readonly errors: CsvRowError[] = [];
  constructor(private readonly row: number, private readonly cells: readonly string[], private readonly header: CsvHeader) {}
  cell(column: CsvBaseColumn): string {
    return (this.cells[this.header.base[column]] ?? '').trim();
  }
  fail(column: string | null, code: CsvRowError['code'], message: string): void {
    this.errors.push({ row: this.row, column, code, message });
  }
  name(column: 'name' | 'category', required: boolean): string | null {
    const raw = this.cell(column);
    if (raw === '') {
      if (required) this.fail(column, 'required', `${column} is empty`);
      return null;
    }
    const parsed = nameSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const tooLong = parsed.error.issues.some((i) => i.code === 'too_big');
    if (column === 'category' && !tooLong) this.fail(column, 'invalid_category', 'the category name holds control characters');
    else this.fail(column, tooLong ? 'too_long' : 'invalid_text', tooLong ? `${column} is over 120 characters` : `${column} holds control characters`);
    return null;
  }
}

function skuOf(c: RowCheck): string {
  const sku = c.cell('sku');
  if (sku === '') c.fail('sku', 'required', 'sku is empty');
  else if (!SKU_PATTERN.test(sku)) c.fail('sku', 'invalid_sku', 'sku: letters, digits and . _ - / only, 1–40 characters');
  return sku;
}

function barcodesOf(c: RowCheck): string[] {
  const codes = c.cell('barcodes').split('|').map((b) => b.trim()).filter((b) => b !== '');
  const bad = codes.find((b) => !BARCODE_PATTERN.test(b));
  if (bad !== undefined) c.fail('barcodes', 'invalid_barcode', `"${bad.slice(0, 48)}" is not a barcode (printable characters, no spaces, 1–48)`);
  if (codes.length > PRODUCT_BARCODES_MAX) c.fail('barcodes', 'too_many_barcodes', `at most ${PRODUCT_BARCODES_MAX} barcodes`);
  if (new Set(codes).size !== codes.length) c.fail('barcodes', 'duplicate_barcode', 'a barcode is listed twice in this row');
  return codes;
}

function unitOf(c: RowCheck): 'each' | 'weight' {
  const unit = c.cell('unit').toLowerCase();
  if (unit === '' || unit === 'each') return 'each';
  if (unit === 'weight') return 'weight';
  c.fail('unit', 'invalid_unit', 'unit is "each" or "weight"');
  return 'each';
}

function activeOf(c: RowCheck): boolean {
  const active = c.cell('active').toLowerCase();
  if (active === '' || TRUE.has(active)) return true;
  if (FALSE.has(active)) return false;
  c.fail('active', 'invalid_active', 'active is 1/0, true/false or yes/no');
  return true;
}

/** A price cell in major units, exactly: "12.5" is 1250 fen; "12.345" is refused for CNY, never rounded. */
export function priceCell(text: string, currency: string): { minor: number } | { code: CsvRowError['code']; message: string } {
  const exponent = currencyExponent(currency) ?? 0;
  const shape = PRICE_SHAPE.exec(text);
  if (!shape) return { code: 'invalid_price', message: `"${text.slice(0, 30)}" is not a plain decimal price (digits and one '.')` };
  if ((shape[1] ?? '').length > exponent) return { code: 'price_too_precise', message: `${currency} prices have at most ${exponent} decimals` };
  const parsed = parseMinor(text, currency);
  if (!parsed.ok || parsed.value <= 0 || parsed.value > AMOUNT_MINOR_MAX) {
    return { code: 'price_out_of_range', message: 'a price is above zero and within the largest amount' };
  }
  return { minor: parsed.value };
}

function pricesOf(c: RowCheck, cells: readonly string[], header: CsvHeader): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const { currency, index, column } of header.prices) {
    const text = (cells[index] ?? '').trim();
    if (text === '') {
      out.set(currency, null);
      continue;
    }
    const price = priceCell(text, currency);
    if ('minor' in price) out.set(currency, price.minor);
    else c.fail(column, price.code, price.message);
  }
  return out;
}

/**
 * Checks one product row on its own: every problem of the row is reported (not just the first),
 * with its column. `taxClasses` are the classes of the merchant's tax profile.
 */
export function checkCsvRow(
  row: number, cells: readonly string[], header: CsvHeader, taxClasses: ReadonlySet<string>,
): { draft: CsvProductDraft } | { errors: CsvRowError[] } {
  const c = new RowCheck(row, cells, header);
  if (cells.length !== header.width) {
    c.fail(null, 'wrong_field_count', `${cells.length} fields where the header has ${header.width}`);
    return { errors: c.errors };
  }
  const sku = skuOf(c);
  const name = c.name('name', true);
  const categoryName = c.name('category', false);
  const barcodes = barcodesOf(c);
  const taxClass = c.cell('tax_class');
  if (taxClass === '') c.fail('tax_class', 'required', 'tax_class is empty');
  else if (!taxClasses.has(taxClass)) c.fail('tax_class', 'unknown_tax_class', `tax_class is one of: ${[...taxClasses].join(', ')}`);
  const unit = unitOf(c);
  const active = activeOf(c);
  const prices = pricesOf(c, cells, header);
  if (c.errors.length > 0 || name === null) return { errors: c.errors };
  return { draft: { row, sku, name, categoryName, barcodes, taxClass, unit, active, prices } };
}
