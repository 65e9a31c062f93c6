import { describe, expect, it } from 'vitest';

import { collectPages, csvCell, csvLine, ExportAborted, toCsv } from '../../renderer/src/components/csv';
import type { CsvPage } from '../../renderer/src/components/csv';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
    expect(csvCell('陈美')).toBe('陈美');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1+2')).toBe("'+1+2");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('  =1')).toBe("'  =1");
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('keeps plain numbers numbers, negative ones included', () => {
    expect(csvCell('-12.50')).toBe('-12.50');
    expect(csvCell('1250')).toBe('1250');
    expect(csvCell(-7)).toBe('-7');
    expect(() => csvCell(Number.NaN)).toThrow(RangeError);
  });

  it('writes a file with a BOM, the header and CRLF lines', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,');
    expect(toCsv(['name', 'amount'], [['Mei', '-1.00'], ['=x', '2']])).toBe('\uFEFFname,amount\r\nMei,-1.00\r\n\'=x,2\r\n');
  });
});

describe('collecting pages', () => {
  const pages: Record<string, CsvPage<string>> = {
    start: { rows: [['1'], ['2']], next: 'b' },
    b: { rows: [['3']], next: 'c' },
    c: { rows: [['4'], ['5']], next: null },
  };

  it('follows the cursor to the last page, reporting the rows so far', async () => {
    const seen: (string | null)[] = [];
    const progress: number[] = [];
    const rows = await collectPages<string>(
      async (cursor) => {
        seen.push(cursor);
        return pages[cursor ?? 'start'] as CsvPage<string>;
      },
      { onProgress: (n) => progress.push(n) },
    );
    expect(rows).toEqual([['1'], ['2'], ['3'], ['4'], ['5']]);
    expect(seen).toEqual([null, 'b', 'c']);
    expect(progress).toEqual([2, 3, 5]);
  });

  it('stops when cancelled, and refuses to grow past its bound', async () => {
    const controller = new AbortController();
    const fetchPage = async (cursor: string | null) => {
      if (cursor === 'b') controller.abort();
      return pages[cursor ?? 'start'] as CsvPage<string>;
    };
    await expect(collectPages(fetchPage, { signal: controller.signal })).rejects.toBeInstanceOf(ExportAborted);
    await expect(collectPages(async (c: string | null) => pages[c ?? 'start'] as CsvPage<string>, { maxRows: 3 })).rejects.toBeInstanceOf(RangeError);
  });
});
