/**
 * CSV for exports (statements, voucher codes): RFC 4180 quoting, CRLF lines, and a guard against
 * formula injection (OWASP "CSV injection"): a text cell that a spreadsheet would run as a
 * formula (=, +, -, @, a tab or a carriage return first, after any spaces) gets a leading
 * apostrophe. Plain numbers ("-12.50", 3) are left alone so they stay numbers.
 */
export type CsvValue = string | number | null;

const PLAIN_NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;
const FORMULA_START = /^[\s]*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('a CSV number must be finite');
    return String(value);
  }
  const guarded = !PLAIN_NUMBER.test(value) && FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export function csvLine(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * The whole file: a UTF-8 byte order mark (so spreadsheet programs read Chinese names as UTF-8),
 * the header, the rows, CRLF after every line.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[header, ...rows].map((cells) => `${csvLine(cells)}\r\n`).join('')}`;
}

/** Hands the text to the browser as a file download (no server round trip, nothing stored). */
export function downloadCsv(fileName: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // the click has started the download; the blob is not needed after this turn
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export type CsvPage<C> = { readonly rows: readonly (readonly CsvValue[])[]; readonly next: C | null };

export type CollectOptions = {
  /** Rows so far, after every page (for the progress bar). */
  readonly onProgress?: (rows: number) => void;
  /** Stops between pages; what was read is dropped (a half export is not a file). */
  readonly signal?: AbortSignal;
  /** A bound on the whole export; past it the export fails rather than eat the memory. */
  readonly maxRows?: number;
};

export class ExportAborted extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportAborted';
  }
}

/**
 * Pages through a call (a statement, newest first) until it has no next page and returns every
 * row. Pages are fetched one after the other: a long export never floods main.
 */
// a function, so the compiler does not carry the first check's narrowing past an await
const stopped = (signal: AbortSignal | undefined): boolean => signal?.aborted === true;

export async function collectPages<C>(fetchPage: (cursor: C | null) => Promise<CsvPage<C>>, options: CollectOptions = {}): Promise<(readonly CsvValue[])[]> {
  const rows: (readonly CsvValue[])[] = [];
  let cursor: C | null = null;
  for (;;) {
    if (stopped(options.signal)) throw new ExportAborted();
    const page: CsvPage<C> = await fetchPage(cursor);
    if (stopped(options.signal)) throw new ExportAborted();
    rows.push(...page.rows);
    if (options.maxRows !== undefined && rows.length > options.maxRows) throw new RangeError(`more than ${options.maxRows} rows`);
    options.onProgress?.(rows.length);
    if (page.next === null) return rows;
    cursor = page.next;
  }
}
