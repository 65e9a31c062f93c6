import type { ClientError } from '../../api/client';
import { createSessionStore } from '../../lib/session-scope';
import type { Output } from '../../../../shared/ipc/contract';

export type ProductView = Output<'catalog.byBarcode'>;
export type CategoryView = Output<'catalog.categories'>[number];

/**
 * The catalog pane: category tabs, the search text and the products the latest search found
 * (an older search's answer is dropped by the actions). Session-scoped.
 */
export type CatalogState = {
  readonly categories: readonly CategoryView[] | null;
  /** The tab picked; null: every category. */
  readonly categoryId: string | null;
  readonly query: string;
  readonly items: readonly ProductView[] | null;
  readonly searching: boolean;
  readonly error: ClientError | null;
  categoriesLoaded(categories: readonly CategoryView[]): void;
  pick(categoryId: string | null): void;
  typed(query: string): void;
  searchStarted(): void;
  found(items: readonly ProductView[]): void;
  failed(error: ClientError): void;
};

export const useCatalogStore = createSessionStore<CatalogState>('sell.catalog', (set) => ({
  categories: null,
  categoryId: null,
  query: '',
  items: null,
  searching: false,
  error: null,
  categoriesLoaded: (categories) => set({ categories: [...categories] }),
  pick: (categoryId) => set({ categoryId }),
  typed: (query) => set({ query }),
  searchStarted: () => set({ searching: true, error: null }),
  found: (items) => set({ items: [...items], searching: false, error: null }),
  failed: (error) => set({ searching: false, error }),
}));
