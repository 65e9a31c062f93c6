import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { expectOk, type TestApp } from '../../support/test-app';
import { auditsOf, catalogApp, exportAll, HEADER, importText, type ImportAnswer } from './catalog-world';

let t: TestApp;
beforeEach(async () => {
  t = await catalogApp();
});
afterEach(async () => t.close());

const GOOD = [
  'TEA-1,绿茶 500ml,Drinks,6901234567892|T1,standard,each,1,3.50,0.45',
  '"APL-KG","Apples, Fuji",Fruit,,reduced,weight,yes,12.80,',
  'MUG-1,"Mug ""Tillbook""",,MUG1,standard,each,0,25,3',
];
const BAD = [
  'TEA-1,Duplicate tea,Drinks,,standard,each,1,1.00,', // row 5: duplicate SKU (row 2)
  'BAD SKU,,Drinks,6901234567892,luxury,box,maybe,12.345,-1', // row 6: everything wrong
  'SHORT,row',
];
const file = (rows: readonly string[]) => `${HEADER}\n${rows.join('\n')}\n`;
const codesOf = (a: ImportAnswer) => a.errors.map((e) => `${e.row}:${e.column ?? '-'}:${e.code}`);
const count = async () => (await exportAll(t)).trim().split('\n').length - 1;

describe('catalog.importCsv', () => {
  it('all_or_nothing: a file with bad rows imports nothing and reports every problem with its row and column', async () => {
    const answer = await importText(t, file([...GOOD, ...BAD]), 'all_or_nothing');
    expect(answer).toMatchObject({ done: true, committed: false, rows: 6, created: 0, updated: 0, rejected: 3, errorsTruncated: false });
    expect(codesOf(answer)).toEqual([
      '5:sku:duplicate_sku',
      '6:sku:invalid_sku', '6:name:required', '6:tax_class:unknown_tax_class', '6:unit:invalid_unit', '6:active:invalid_active',
      '6:price_CNY:price_too_precise', '6:price_EUR:price_out_of_range',
      '7:-:wrong_field_count',
    ]);
    expect(await count()).toBe(0);
    expect(await auditsOf(t, 'audit.catalogImported')).toMatchObject([{ mode: 'all_or_nothing', committed: false, rows: 6, rejected: 3, created: 0 }]);
  });

  it('valid_rows: the good rows are written with their categories, the bad ones reported; nothing else changes', async () => {
    const answer = await importText(t, file([...GOOD, ...BAD]), 'valid_rows');
    expect(answer).toMatchObject({ committed: true, rows: 6, created: 3, updated: 0, unchanged: 0, rejected: 3, categoriesCreated: 2 });
    const tea = expectOk<{ barcodes: string[]; unitPriceMinor: number; categoryName: string }>(
      await t.call('catalog.byBarcode', { barcode: 'T1', currency: 'EUR' }));
    expect(tea).toMatchObject({ name: '绿茶 500ml', unitPriceMinor: 45, categoryName: 'Drinks', barcodes: ['6901234567892', 'T1'] });
    const items = expectOk<{ items: { sku: string; name: string; unit: string; active: boolean; unitPriceMinor: number | null }[] }>(
      await t.call('catalog.search', { query: '', currency: 'CNY', includeInactive: true })).items;
    expect(items.map((i) => [i.sku, i.name, i.unit, i.active, i.unitPriceMinor])).toEqual([
      ['APL-KG', 'Apples, Fuji', 'weight', true, 1280],
      ['MUG-1', 'Mug "Tillbook"', 'each', false, 2500],
      ['TEA-1', '绿茶 500ml', 'each', true, 350],
    ]);
  });

  it('matches products by SKU: a second import updates, leaves other currencies alone, and an empty cell removes that price', async () => {
    await importText(t, file(GOOD), 'all_or_nothing');
    const again = await importText(t, 'sku,name,category,barcodes,tax_class,unit,active,price_EUR\ntea-1,绿茶 500ml,Drinks,6901234567892|T1,standard,each,1,\nMUG-1,"Mug ""Tillbook""",,MUG1,standard,each,0,3\n', 'all_or_nothing');
    expect(again).toMatchObject({ committed: true, created: 0, updated: 1, unchanged: 1, rejected: 0 });
    const tea = expectOk<{ prices: unknown[]; sku: string }>(await t.call('catalog.product', {
      productId: expectOk<{ productId: string }>(await t.call('catalog.byBarcode', { barcode: 'T1', currency: 'CNY' })).productId,
    }));
    // Matched without regard to ASCII case, the SKU is then stored as the file spells it.
    expect(tea).toMatchObject({ sku: 'tea-1', prices: [{ currency: 'CNY', unitPriceMinor: 350 }] });
  });

  it('refuses a barcode another product holds, and a barcode twice in the file', async () => {
    await importText(t, file(GOOD), 'all_or_nothing');
    const answer = await importText(t, file(['NEW-1,New,,T1,standard,each,1,1,', 'NEW-2,New 2,,X9,standard,each,1,1,', 'NEW-3,New 3,,X9,standard,each,1,1,']), 'valid_rows');
    expect(codesOf(answer)).toEqual(['2:barcodes:barcode_taken', '4:barcodes:duplicate_barcode']);
    expect(answer).toMatchObject({ created: 1, rejected: 2 });
  });

  it('round trip: the export imports back as unchanged, and exports the same text again', async () => {
    await importText(t, file([...GOOD, 'PROMO-1,=1+1 -20% promo,,,standard,each,1,1,']), 'all_or_nothing');
    const first = await exportAll(t);
    expect(first.split('\n')[0]).toBe('sku,name,category,barcodes,tax_class,unit,active,price_CNY,price_EUR');
    // A name a spreadsheet would run as a formula is written with an apostrophe, and read back without it.
    expect(first).toContain('PROMO-1,"\'=1+1 -20% promo",');
    expect(await importText(t, first, 'all_or_nothing')).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 4, rejected: 0 });
    expect(await exportAll(t)).toBe(first);
  });

  it('joins parts cut anywhere, replays a repeated last part, and refuses parts out of order or of an unknown import', async () => {
    const text = file(GOOD);
    const importId = newId();
    const cut = [0, 7, 40, 41, text.length];
    let last: ImportAnswer | undefined;
    for (let i = 0; i < cut.length - 1; i += 1) {
      const part = { importId, mode: 'all_or_nothing', part: i, csv: text.slice(cut[i], cut[i + 1]), last: i === cut.length - 2 };
      last = expectOk<ImportAnswer>(await t.call('catalog.importCsv', part));
      if (i === 1) expect(expectOk<ImportAnswer>(await t.call('catalog.importCsv', part))).toMatchObject({ done: false, charsReceived: 40 });
    }
    expect(last).toMatchObject({ done: true, committed: true, created: 3, replayed: false, charsReceived: text.length });
    const again = await t.call('catalog.importCsv', { importId, mode: 'all_or_nothing', part: 3, csv: text.slice(41), last: true });
    expect(expectOk(again)).toMatchObject({ created: 3, replayed: true });
    expect((await auditsOf(t, 'audit.catalogImported')).length).toBe(1);
  });

  it('refuses a file whose header is unusable or whose quotes never close, writing nothing', async () => {
    const bad = async (csv: string) => {
      const r = await t.call('catalog.importCsv', { importId: newId(), mode: 'valid_rows', part: 0, csv, last: true });
      return r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`;
    };
    expect(await bad('sku,name\nA,B\n')).toMatch(/^csv_invalid: missing column\(s\): category, barcodes/);
    expect(await bad(`${HEADER},price_RMB\n`)).toMatch(/^csv_invalid: unknown column "price_RMB"/);
    expect(await bad(`${HEADER},PRICE_cny\n`)).toMatch(/^csv_invalid: the column "price_cny" appears twice/);
    expect(await bad(`${HEADER}\nA,"unclosed,,,standard,each,1,1,\nB,b,,,standard,each,1,1,\n`)).toMatch(/^csv_invalid: unbalanced quotes/);
    expect(await bad('\uFEFF\n')).toMatch(/^csv_invalid: the file is empty/);
    expect(await count()).toBe(0);
  });
});
