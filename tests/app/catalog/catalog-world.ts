import { newId } from '../../../shared/domain/ids';
import { createTestApp, expectOk, setupWithStaff, type TestApp } from '../../support/test-app';

/** A set-up CNY shop (tax profile cn_vat by its currency) with the owner signed in. */
export async function catalogApp(): Promise<TestApp> {
  const t = await createTestApp();
  await setupWithStaff(t);
  return t;
}

/** The audit details of one kind, oldest first. */
export async function auditsOf(t: TestApp, kind: string): Promise<Record<string, unknown>[]> {
  const rows = await t.db.tx.read((tx) => tx.all('SELECT a.detail FROM audit a JOIN journal j ON j.seq = a.seq WHERE j.kind = ? ORDER BY a.seq', [kind]));
  return rows.map((r) => JSON.parse(String(r['detail'])) as Record<string, unknown>);
}

export type ImportAnswer = {
  done: boolean; committed: boolean; rows: number; created: number; updated: number; unchanged: number; rejected: number;
  categoriesCreated: number; errors: { row: number; column: string | null; code: string; message: string }[]; errorsTruncated: boolean;
  replayed: boolean; charsReceived: number;
};

/** Imports a whole file in one part. */
export async function importText(t: TestApp, csv: string, mode: 'all_or_nothing' | 'valid_rows', importId = newId()): Promise<ImportAnswer> {
  return expectOk<ImportAnswer>(await t.call('catalog.importCsv', { importId, mode, part: 0, csv, last: true }));
}

/** Every page of the export joined into one file. */
export async function exportAll(t: TestApp): Promise<string> {
  let out = '';
  let afterSku: string | undefined;
  let currencies: string[] | undefined;
  for (;;) {
    const page = expectOk<{ csv: string; currencies: string[]; nextAfterSku: string | null }>(await t.call('catalog.exportCsv', {
      ...(afterSku === undefined ? {} : { afterSku }), ...(currencies === undefined ? {} : { currencies }),
    }));
    out += page.csv;
    currencies = page.currencies;
    if (page.nextAfterSku === null) return out;
    afterSku = page.nextAfterSku;
  }
}

export const HEADER = 'sku,name,category,barcodes,tax_class,unit,active,price_CNY,price_EUR';
