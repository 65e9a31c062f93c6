import { beforeEach, describe, expect, it } from 'vitest';

import { exportCatalogText, importCatalogFile, loadCatalog } from '../../renderer/src/features/catalog/catalog.actions';
import { useCatalogStore } from '../../renderer/src/features/catalog/catalog.store';
import { resetSessionStores } from '../../renderer/src/lib/session-scope';
import { fakeApi, ok } from './fake-transport';

const PRODUCT = {
  productId: '01890000-0000-7000-8000-0000000000d1', sku: 'TEA-1', name: '绿茶', categoryId: null, categoryName: null, barcodes: ['T1'],
  taxClass: 'standard', unit: 'each', active: true, unitPriceMinor: 350, currency: 'CNY',
};
const answer = (input: unknown) => {
  const { importId, last, csv } = input as { importId: string; last: boolean; csv: string };
  return ok({
    importId, charsReceived: csv.length, rows: last ? 1 : 0, done: last, committed: last, created: last ? 1 : 0, updated: 0, unchanged: 0,
    rejected: 0, categoriesCreated: 0, errors: [], errorsTruncated: false, replayed: false,
  });
};

beforeEach(() => resetSessionStores());

describe('catalog store and actions', () => {
  it('loads the manager list (inactive products too) and the categories', async () => {
    const { api, calls } = fakeApi({ 'catalog.search': () => ok({ items: [PRODUCT] }), 'catalog.categories': () => ok([]) });
    await loadCatalog(api, '  tea ', 'CNY');
    expect(calls[0]).toEqual({ key: 'catalog.search', input: { query: 'tea', currency: 'CNY', includeInactive: true } });
    expect(useCatalogStore.getState()).toMatchObject({ items: [PRODUCT], categories: [], loading: false, error: null });
  });

  it('sends a large file in ordered parts of one import, the last one marked, and keeps the last answer', async () => {
    const { api, calls } = fakeApi({ 'catalog.importCsv': answer });
    const text = `sku,name\n${'P1,绿茶 "500ml"\n'.repeat(20_000)}`;
    const progress: number[] = [];
    const report = await importCatalogFile(api, text, 'valid_rows', (sent) => progress.push(sent));
    const parts = calls.map((c) => c.input as { importId: string; part: number; csv: string; last: boolean; mode: string });
    expect(parts.length).toBeGreaterThan(3);
    expect(new Set(parts.map((p) => p.importId)).size).toBe(1);
    expect(parts.map((p) => p.part)).toEqual(parts.map((_, i) => i));
    expect(parts.map((p) => p.last)).toEqual(parts.map((_, i) => i === parts.length - 1));
    expect(parts.map((p) => p.csv).join('')).toBe(text);
    expect(progress).toEqual(parts.map((_, i) => i + 1));
    expect(report).toMatchObject({ done: true, created: 1 });
  });

  it('joins the export pages, passing the first page’s price columns on', async () => {
    const pages = [
      ok({ csv: 'sku,name\nA,a\n', currencies: ['CNY'], rows: 1, nextAfterSku: 'A' }),
      ok({ csv: 'B,b\n', currencies: ['CNY'], rows: 1, nextAfterSku: null }),
    ];
    const { api, calls } = fakeApi({ 'catalog.exportCsv': () => pages.shift() });
    expect(await exportCatalogText(api)).toBe('\uFEFFsku,name\nA,a\nB,b\n');
    expect(calls.map((c) => c.input)).toEqual([{}, { afterSku: 'A', currencies: ['CNY'] }]);
  });
});
