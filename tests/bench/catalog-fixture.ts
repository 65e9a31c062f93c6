import { newId } from '../../shared/domain/ids';
import { expectOk, type TestApp } from '../support/test-app';
import { prng } from '../support/prng';

const ADJECTIVES = ['Fresh', 'Organic', 'Classic', 'Premium', 'Spicy', 'Sweet', 'Crispy', 'Smoked', 'Light', 'Golden', 'Wild', 'Dark'];
const NOUNS = ['Apple', 'Banana', 'Green Tea', 'Coffee', 'Noodles', 'Rice', 'Chocolate', 'Yogurt', 'Biscuits', 'Juice', 'Soy Sauce', 'Tofu',
  'Dumplings', 'Honey', 'Peanuts', 'Sausage', 'Cola', 'Water', 'Oolong', 'Mango'];
const CN_BRANDS = ['光明', '蒙牛', '康师傅', '统一', '农夫山泉', '青岛', '海天', '旺旺', '三只松鼠', '李锦记', '伊利', '娃哈哈'];
const CN_NOUNS = ['纯牛奶', '酸奶', '方便面', '绿茶', '矿泉水', '啤酒', '酱油', '饼干', '瓜子', '蚝油', '乳饮料', '八宝粥', '火腿肠', '薯片'];
const SIZES = ['250ml', '500ml', '1L', '100g', '200g', '500g', '1kg', '6-pack', '12-pack'];

/** A seeded catalog row: SKU P00001…, one EAN-13-like barcode, an English or (one in three) Chinese name. */
export type CatalogSeedRow = { sku: string; barcode: string; name: string };

export function seededCatalog(count: number, seed: number): CatalogSeedRow[] {
  const next = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const rows: CatalogSeedRow[] = [];
  for (let i = 1; i <= count; i += 1) {
    const name = i % 3 === 0 ? `${pick(CN_BRANDS)}${pick(CN_NOUNS)} ${pick(SIZES)}` : `${pick(ADJECTIVES)} ${pick(NOUNS)} ${pick(SIZES)}`;
    rows.push({ sku: `P${String(i).padStart(5, '0')}`, barcode: `69${String(1_000_000_000 + i * 7).slice(0, 11)}`, name });
  }
  return rows;
}

const HEADER = 'sku,name,category,barcodes,tax_class,unit,active,price_CNY';
const CATEGORIES = ['Dairy', 'Drinks', 'Snacks', 'Pantry', 'Fresh', '零食', '饮料'];
/** What the renderer does with a file: cuts its text into parts that fit one call. */
const PART_CHARS = 16_000;

/** Imports the rows through catalog.importCsv in parts (the caller is signed in as a manager); returns the import's duration in ms. */
export async function importCatalog(t: TestApp, rows: readonly CatalogSeedRow[]): Promise<number> {
  const lines = rows.map((r, i) => `${r.sku},${r.name},${CATEGORIES[i % CATEGORIES.length] ?? ''},${r.barcode},standard,each,1,${(i % 500) + 1}.${String(i % 100).padStart(2, '0')}`);
  const text = `${HEADER}\n${lines.join('\n')}\n`;
  const importId = newId();
  const parts = Math.ceil(text.length / PART_CHARS);
  const t0 = performance.now();
  for (let i = 0; i < parts; i += 1) {
    const answer = expectOk<{ done: boolean; created: number; rejected: number }>(await t.call('catalog.importCsv', {
      importId, mode: 'all_or_nothing', part: i, csv: text.slice(i * PART_CHARS, (i + 1) * PART_CHARS), last: i === parts - 1,
    }));
    if (answer.done && (answer.created !== rows.length || answer.rejected !== 0)) throw new Error(`import wrote ${answer.created} of ${rows.length}`);
  }
  return performance.now() - t0;
}
