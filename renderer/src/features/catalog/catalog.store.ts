import type { ClientError } from '../../api/client';
import { createSessionStore } from '../../lib/session-scope';
import type { Output } from '../../../../shared/ipc/contract';

export type ProductView = Output<'catalog.search'>['items'][number];
export type CategoryView = Output<'catalog.categories'>[number];

/** The manager's catalog list: the last search and its results, and the categories. Session-scoped. */
export type CatalogState = {
  readonly query: string;
  readonly items: readonly ProductView[] | null;
  readonly categories: readonly CategoryView[];
  readonly loading: boolean;
  readonly error: ClientError | null;
  setQuery(query: string): void;
  start(): void;
  loaded(items: readonly ProductView[], categories: readonly CategoryView[]): void;
  fail(error: ClientError): void;
};

export const useCatalogStore = createSessionStore<CatalogState>('catalog.main', (set) => ({
  query: '',
  items: null,
  categories: [],
  loading: false,
  error: null,
  setQuery: (query) => set({ query }),
  start: () => set({ loading: true, error: null }),
  loaded: (items, categories) => set({ items: [...items], categories: [...categories], loading: false }),
  fail: (error) => set({ error, loading: false }),
}));
