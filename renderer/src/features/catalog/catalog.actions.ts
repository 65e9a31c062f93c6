import type { Api } from '../../api/client';
import { newId } from '../../../../shared/domain/ids';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import { useCatalogStore } from './catalog.store';
import { csvParts } from './csv-parts';

export type ImportReport = Output<'catalog.importCsv'>;

/** The list for the query (inactive products too: this is the manager's list) and the categories. */
export async function loadCatalog(api: Api, query: string, currency: string): Promise<void> {
  const epoch = sessionEpoch();
  useCatalogStore.getState().start();
  try {
    const { items } = await api.call('catalog.search', { query: query.trim(), currency, includeInactive: true });
    const categories = await api.call('catalog.categories', {});
    if (epoch === sessionEpoch()) useCatalogStore.getState().loaded(items, categories);
  } catch (error) {
    if (epoch === sessionEpoch()) useCatalogStore.getState().fail(toClientError(error));
  }
}

/** Saves a product, creating its category first when the name is new. */
export async function saveProduct(api: Api, input: Input<'catalog.upsertProduct'>, newCategoryName: string | null): Promise<Output<'catalog.upsertProduct'>> {
  let categoryId = input.categoryId;
  if (newCategoryName !== null) categoryId = (await api.call('catalog.upsertCategory', { categoryId: newId(), name: newCategoryName })).category.categoryId;
  return api.call('catalog.upsertProduct', { ...input, categoryId });
}

/** Sends a file's text in parts, one after the other (progress: parts sent of all); the last answer holds the report. */
export async function importCatalogFile(
  api: Api, text: string, mode: Input<'catalog.importCsv'>['mode'], onProgress: (sent: number, of: number) => void,
): Promise<ImportReport> {
  const parts = csvParts(text);
  if (parts.length === 0) parts.push(text === '' ? '\n' : text);
  const importId = newId();
  let answer: ImportReport | null = null;
  for (const [part, csv] of parts.entries()) {
    answer = await api.call('catalog.importCsv', { importId, mode, part, csv, last: part === parts.length - 1 });
    onProgress(part + 1, parts.length);
  }
  if (answer === null) throw new Error('no part was sent');
  return answer;
}

/** Every page of the export, joined, with a byte order mark so spreadsheet programs read Chinese names as UTF-8. */
export async function exportCatalogText(api: Api): Promise<string> {
  let text = '\uFEFF';
  let afterSku: string | undefined;
  let currencies: string[] | undefined;
  for (;;) {
    const page = await api.call('catalog.exportCsv', { ...(afterSku === undefined ? {} : { afterSku }), ...(currencies === undefined ? {} : { currencies }) });
    text += page.csv;
    currencies = page.currencies;
    if (page.nextAfterSku === null) return text;
    afterSku = page.nextAfterSku;
  }
}
