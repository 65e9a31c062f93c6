import { describe, expect, it } from 'vitest';
import { csvParts } from '../../renderer/src/features/catalog/csv-parts';
import { CSV_PART_CHARS_MAX } from '../../shared/ipc/contract/catalog-schemas';

const bytes = (s: string) => new TextEncoder().encode(JSON.stringify(s)).length;
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The import's parts: consecutive slices that join back to the file, each fitting one call. */
describe('csvParts', () => {
  it.each([
    ['ASCII rows', 'sku,name\n' + 'P00001,"Green tea, 500ml",x\n'.repeat(9000)],
    ['Chinese names with quotes and CRLF', 'sku,name\r\n' + 'P1,"光明纯牛奶 ""1L""",饮料\r\n'.repeat(9000)],
    ['emoji (surrogate pairs) at every cut', '😀'.repeat(40_000)],
  ])('%s: joined back exactly, each part within the byte budget and the character bound, no lone surrogate', (_name, text) => {
    const parts = csvParts(text, 20_000);
    expect(parts.join('')).toBe(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(bytes(part)).toBeLessThanOrEqual(20_000);
      expect(part.length).toBeLessThanOrEqual(CSV_PART_CHARS_MAX);
      expect(LONE.test(part)).toBe(false);
    }
  });

  it('keeps a small file in one part and an empty one in none', () => {
    expect(csvParts('sku\nA\n')).toEqual(['sku\nA\n']);
    expect(csvParts('')).toEqual([]);
  });
});
