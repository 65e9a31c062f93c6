import Papa from 'papaparse';
import { err, ok, type Result } from '../../../../shared/domain/result';

/** A CSV document read into records: each record's cells, and its number in the file (header = 1). */
export type CsvRecords = { readonly records: readonly { readonly row: number; readonly cells: readonly string[] }[] };

const BOM = '\uFEFF';
/** What a spreadsheet would run as a formula (OWASP "CSV injection"): such a cell is written with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;

/**
 * Reads CSV text (RFC 4180: comma, double quotes, CRLF or LF) with papaparse. Blank lines are
 * skipped but still counted, so a row number is the line a spreadsheet shows when no cell holds
 * a line break. A quote left open or misplaced makes the whole file unreadable: where its fields
 * end cannot be known, so no row after it could be trusted.
 */
export function readCsv(text: string): Result<CsvRecords> {
  const parsed = Papa.parse<string[]>(text.startsWith(BOM) ? text.slice(BOM.length) : text, {
    delimiter: ',', quoteChar: '"', header: false, skipEmptyLines: false, dynamicTyping: false,
  });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) return err('csv_invalid', `unbalanced quotes near row ${(quoteError.row ?? 0) + 1}: ${quoteError.message}`);
  const records = parsed.data
    // The apostrophe writeCsv puts before a formula-like cell is taken off again, so an export reads back as it was.
    .map((cells, i) => ({ row: i + 1, cells: cells.map((c) => (ESCAPED_FORMULA.test(c) ? c.slice(1) : c)) }))
    .filter((r) => !(r.cells.length === 1 && (r.cells[0] ?? '').trim() === ''));
  return ok({ records });
}

/**
 * Writes records as CSV (fields quoted only where needed, LF line ends, a final line end); a cell
 * a spreadsheet would run as a formula gets a leading apostrophe, which readCsv takes off.
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows.map((r) => [...r]), { delimiter: ',', newline: '\n', quotes: false, escapeFormulae: FORMULA_START })}\n`;
}
