import { BARCODE_PATTERN, SKU_PATTERN } from '../../../../shared/ipc/contract/catalog-schemas';
import { uuidToBytes } from '../../../../shared/domain/ids';
import type { SqlValue } from '../driver';
import { int, readInt } from '../sql-value';
import type { ReadTx } from '../tx';
import { PRODUCT_COLUMNS, PRODUCT_JOINS, withBarcodes, type ProductRow } from './product.repo';
import { inList } from '../in-list';

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

/** Exact barcode, exact SKU, then SKU prefixes; true when the query named a product exactly. */
async function byCode(tx: ReadTx, q: ProductSearch, f: Filter, hits: Hits): Promise<boolean> {
  let exact = false;
  if (BARCODE_PATTERN.test(q.text)) {
    const rows = await tx.all(
      `SELECT p.pk FROM product_barcode b JOIN product p ON p.id = b.product_id WHERE b.barcode = ?${f.sql}`, [q.text, ...f.params]);
    hits.add(rows);
    exact = rows.length > 0;
  }
  if (!SKU_PATTERN.test(q.text) || hits.full) return exact;
  const sku = await tx.all(`SELECT p.pk FROM product p WHERE p.sku = ?${f.sql}`, [q.text, ...f.params]);
  hits.add(sku);
  if (hits.full) return true;
  hits.add(await tx.all(
    `SELECT p.pk FROM product p WHERE p.sku >= ? AND p.sku < ?${f.sql} ORDER BY p.sku LIMIT ?`,
    [q.text, q.text + SKU_TOP, ...f.params, int(hits.limit)]));
  return exact || sku.length > 0;
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

/**
 * Names (and SKUs, barcodes) containing every fragment of 3+ characters; shorter fragments must
 * be in the name. The trigram index is read in its own order and stops at the limit (no rank
 * over every match: a common fragment matches thousands); the page found is then put in name order.
 */
async function byFullText(tx: ReadTx, q: ProductSearch, f: Filter, hits: Hits): Promise<void> {
  const fragments = q.text.split(/\s+/).filter((s) => s.length > 0);
  const long = fragments.filter((s) => chars(s) >= TRIGRAM);
  const short = fragments.filter((s) => chars(s) < TRIGRAM);
  const shortSql = short.map(() => ' AND instr(lower(p.name), lower(?)) > 0').join('');
  const rows = await tx.all(
    `SELECT p.pk, p.name FROM product_fts JOIN product p ON p.pk = product_fts.rowid
      WHERE product_fts MATCH ?${shortSql}${f.sql} LIMIT ?`,
    [ftsQuery(long), ...short, ...f.params, int(hits.limit)]);
  hits.add(rows.sort((a, b) => byName(String(a['name']), String(b['name']))));
}

/** Name order as the NOCASE index sorts: ASCII letters folded, then code units. */
function byName(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The catalog search (catalog.search): an exact barcode, then an exact SKU, then SKU prefixes;
 * unless one of those named a product exactly, then names that start with the query (the name
 * index), then names containing it: by the FTS5 trigram index when a fragment has 3+
 * characters, else (CJK) by a scan that stops at the limit. Active products only when `activeOnly`.
 */
export async function searchProducts(tx: ReadTx, q: ProductSearch): Promise<ProductRow[]> {
  const f = filterOf(q);
  const hits = new Hits(q.limit);
  if (q.text === '') {
    hits.add(await tx.all(`SELECT p.pk FROM product p WHERE 1 = 1${f.sql} ORDER BY p.name COLLATE NOCASE LIMIT ?`, [...f.params, int(q.limit)]));
  } else {
    const exact = await byCode(tx, q, f, hits);
    // A scanned barcode or a typed SKU that names a product is the answer: no name search after it.
    if (!exact && !hits.full) {
      await byNamePrefix(tx, q, f, hits);
      if (q.text.split(/\s+/).some((s) => chars(s) >= TRIGRAM)) await byFullText(tx, q, f, hits);
      else await byShortContains(tx, q, f, hits);
    }
  }
  return rowsInOrder(tx, hits.pks, q.currency);
}

async function rowsInOrder(tx: ReadTx, pks: readonly number[], currency: string): Promise<ProductRow[]> {
  if (pks.length === 0) return [];
  const list = inList(pks.map(int));
  const rows = await tx.all(`SELECT ${PRODUCT_COLUMNS} FROM product p ${PRODUCT_JOINS} WHERE p.pk IN (${list.placeholders})`, [currency, ...list.params]);
  const rank = new Map(pks.map((pk, i) => [pk, i]));
  rows.sort((a, b) => (rank.get(readInt(a, 'pk')) ?? 0) - (rank.get(readInt(b, 'pk')) ?? 0));
  return withBarcodes(tx, rows);
}
