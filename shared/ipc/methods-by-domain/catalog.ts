/** The catalog domain's contract keys, zod-free for the preload (see shared/ipc/methods.ts). */
export const CATALOG_METHOD_KEYS = [
  'catalog.search', 'catalog.byBarcode', 'catalog.product', 'catalog.categories', 'catalog.upsertProduct', 'catalog.upsertCategory',
  'catalog.importCsv', 'catalog.exportCsv',
] as const;
