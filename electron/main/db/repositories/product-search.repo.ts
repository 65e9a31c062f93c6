import { BARCODE_PATTERN, SKU_PATTERN } from '../../../../shared/ipc/contract/catalog-schemas';
import { uuidToBytes } from '../../../../shared/domain/ids';
import type { SqlValue } from '../driver';
import { int, readInt } from '../sql-value';
import type { ReadTx } from '../tx';
import { PRODUCT_COLUMNS, PRODUCT_JOINS, withBarcodes, type ProductRow } from './product.repo';

export type ProductSearch = {
  /** Trimmed; empty lists every product by name. */
  readonly text: string;
  readonly categoryId: string | null;
  readonly currency: string;
  readonly limit: number;
  readonly activeOnly: boolean;
};

/** The trigram tokenizer indexes runs of 3 characters: shorter fragments go to the name index instead. */
const TRIGRAM = 3;
// Above every character a name can hold (NOCASE compares UTF-8 bytes after folding ASCII).
const TOP = '\u{10FFFF}';
// SKUs are ASCII up to 'z'; DEL sorts after all of them.
const SKU_TOP = '\u007F';

type Filter = { readonly sql: string; readonly params: SqlValue[] };

function filterOf(q: ProductSearch): Filter {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (q.activeOnly) parts.push('p.active = 1');
  if (q.categoryId !== null) {
    parts.push('p.category_id = ?');
    params.push(uuidToBytes(q.categoryId));
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/** Collects product rowids in rank order, each once, up to the limit. */
class Hits {
  readonly pks: number[] = [];
  private readonly seen = new Set<number>();
  constructor(readonly limit: number) {}
  get full(): boolean {
    return this.pks.length >= this.limit;
  }
  get room(): number {
    return this.limit - this.pks.length;
  }
  add(rows: readonly Record<string, unknown>[]): void {
    for (const row of rows) {
      const pk = readInt(row, 'pk');
      if (this.full || this.seen.has(pk)) continue;
      this.seen.add(pk);
      this.pks.push(pk);
    }
  }
}

/** One FTS5 phrase per whitespace-separated fragment of 3+ characters (quotes doubled, so nothing is syntax). */
function ftsQuery(fragments: readonly string[]): string {
  return fragments.map((f) => `"${f.replaceAll('"', '""')}"`).join(' AND ');
}

const chars = (s: string): number => [...s].length;

async function byCode(tx: ReadTx, q: ProductSearch, f: Filter, hits: Hits): Promise<void> {
  if (BARCODE_PATTERN.test(q.text)) {
    hits.add(await tx.all(
      `SELECT p.pk FROM product_barcode b JOIN product p ON p.id = b.product_id WHERE b.barcode = ?${f.sql}`, [q.text, ...f.params]));
  }
  if (!SKU_PATTERN.test(q.text) || hits.full) return;
  hits.add(await tx.all(`SELECT p.pk FROM product p WHERE p.sku = ?${f.sql}`, [q.text, ...f.params]));
  if (hits.full) return;
  hits.add(await tx.all(
    `SELECT p.pk FROM product p WHERE p.sku >= ? AND p.sku < ?${f.sql} ORDER BY p.sku LIMIT ?`,
    [q.text, q.text + SKU_TOP, ...f.params, int(hits.limit)]));
}

async function byNamePrefix(tx: ReadTx, q: ProductSearch, f: Filter, hits: Hits): Promise<void> {
  hits.add(await tx.all(
    `SELECT p.pk FROM product p WHERE p.name COLLATE NOCASE >= ? AND p.name COLLATE NOCASE < ?${f.sql}
      ORDER BY p.name COLLATE NOCASE LIMIT ?`,
    [q.text, q.text + TOP, ...f.params, int(hits.limit)]));
}

/**
 * 1–2 characters of a CJK name are a word ("苹果"), rarely its start: after the prefixes, names
 * containing them, by a scan that stops at the limit.
 */
async function byShortContains(tx: ReadTx, q: ProductSearch, f: Filter, hits: Hits): Promise<void> {
  if (hits.full || /^[\x00-\x7F]*$/.test(q.text)) return;
  hits.add(await tx.all(
    `SELECT p.pk FROM product p WHERE instr(p.name, ?) > 1${f.sql} ORDER BY p.name COLLATE NOCASE LIMIT ?`,
    [q.text, ...f.params, int(hits.room)]));
}

/** Names (and SKUs, barcodes) containing every fragment of 3+ characters; shorter fragments must be in the name. */
async function byFullText(tx: ReadTx, q: ProductSearch, f: Filter, hits: Hits): Promise<void> {
  const fragments = q.text.split(/\s+/).filter((s) => s.length > 0);
  const long = fragments.filter((s) => chars(s) >= TRIGRAM);
  const short = fragments.filter((s) => chars(s) < TRIGRAM);
  const shortSql = short.map(() => ' AND instr(lower(p.name), lower(?)) > 0').join('');
  // Names that start with the query first, then the full-text rank (bm25), then by name.
  hits.add(await tx.all(
    `SELECT p.pk FROM product_fts JOIN product p ON p.pk = product_fts.rowid
      WHERE product_fts MATCH ?${shortSql}${f.sql}
      ORDER BY (p.name COLLATE NOCASE >= ? AND p.name COLLATE NOCASE < ?) DESC, product_fts.rank, p.name COLLATE NOCASE LIMIT ?`,
    [ftsQuery(long), ...short, ...f.params, q.text, q.text + TOP, int(hits.limit)]));
}

/**
 * The catalog search (catalog.search): an exact barcode, then an exact SKU, then SKU prefixes,
 * then names — by the FTS5 trigram index for fragments of 3+ characters, by the name index
 * (prefix) for 1–2 characters. Active products only when `activeOnly`.
 */
export async function searchProducts(tx: ReadTx, q: ProductSearch): Promise<ProductRow[]> {
  const f = filterOf(q);
  const hits = new Hits(q.limit);
  if (q.text === '') {
    hits.add(await tx.all(`SELECT p.pk FROM product p WHERE 1 = 1${f.sql} ORDER BY p.name COLLATE NOCASE LIMIT ?`, [...f.params, int(q.limit)]));
  } else {
    await byCode(tx, q, f, hits);
    const hasLongFragment = q.text.split(/\s+/).some((s) => chars(s) >= TRIGRAM);
    if (!hits.full && hasLongFragment) await byFullText(tx, q, f, hits);
    if (!hits.full && !hasLongFragment) {
      await byNamePrefix(tx, q, f, hits);
      await byShortContains(tx, q, f, hits);
    }
  }
  return rowsInOrder(tx, hits.pks, q.currency);
}

async function rowsInOrder(tx: ReadTx, pks: readonly number[], currency: string): Promise<ProductRow[]> {
  if (pks.length === 0) return [];
  const rows = await tx.all(
    `SELECT ${PRODUCT_COLUMNS} FROM product p ${PRODUCT_JOINS} WHERE p.pk IN (${pks.map(() => '?').join(',')})`,
    [currency, ...pks.map(int)]);
  const rank = new Map(pks.map((pk, i) => [pk, i]));
  rows.sort((a, b) => (rank.get(readInt(a, 'pk')) ?? 0) - (rank.get(readInt(b, 'pk')) ?? 0));
  return withBarcodes(tx, rows);
}
