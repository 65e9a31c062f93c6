import type { ClientError } from '../../api/client';
import { createSessionStore } from '../../lib/session-scope';
import type { Output } from '../../../../shared/ipc/contract';

export type Customer = Output<'customers.list'>['items'][number];
export type CustomerDetail = Output<'customers.get'>;
export type WalletCard = Output<'cards.list'>[number];

/**
 * The Customers screen: the list or search results a page at a time, and the customer open on
 * their page (details, wallet balances, cards). Session-scoped: names, phones and balances are
 * forgotten on sign-out and lock.
 */
export type CustomersState = {
  /** What the search field holds; '' lists everyone, newest first. */
  readonly query: string;
  /** null until the first page answered. */
  readonly items: readonly Customer[] | null;
  readonly nextCursor: string | null;
  readonly loading: boolean;
  readonly error: ClientError | null;
  /** The customer whose page is open; null shows the list. */
  readonly openId: string | null;
  readonly detail: CustomerDetail | null;
  readonly cards: readonly WalletCard[] | null;
  readonly detailLoading: boolean;
  readonly detailError: ClientError | null;
  /** The name of the customer just created, for the status line. */
  readonly created: string | null;
  setQuery(query: string): void;
  startPage(): void;
  page(items: readonly Customer[], nextCursor: string | null, append: boolean): void;
  fail(error: ClientError): void;
  open(customerId: string | null): void;
  startDetail(): void;
  detailLoaded(detail: CustomerDetail, cards: readonly WalletCard[] | null): void;
  detailFailed(error: ClientError): void;
  cardChanged(card: WalletCard): void;
  added(customer: Customer): void;
  /** customers.update answered: the page and the list show the new details. */
  updated(customer: Customer): void;
};

export const useCustomersStore = createSessionStore<CustomersState>('customers.list', (set) => ({
  query: '',
  items: null,
  nextCursor: null,
  loading: false,
  error: null,
  openId: null,
  detail: null,
  cards: null,
  detailLoading: false,
  detailError: null,
  created: null,
  setQuery: (query) => set({ query }),
  startPage: () => set({ loading: true, error: null }),
  page: (items, nextCursor, append) =>
    set((prev) => ({ items: append ? [...(prev.items ?? []), ...items] : [...items], nextCursor, loading: false, error: null })),
  fail: (error) => set({ loading: false, error }),
  open: (openId) => set({ openId, detail: null, cards: null, detailError: null, created: null }),
  startDetail: () => set({ detailLoading: true, detailError: null }),
  detailLoaded: (detail, cards) => set({ detail, cards: cards === null ? null : [...cards], detailLoading: false }),
  detailFailed: (detailError) => set({ detailLoading: false, detailError }),
  cardChanged: (card) =>
    set((prev) => {
      const others = (prev.cards ?? []).filter((c) => c.id !== card.id);
      return { cards: [card, ...others].sort((a, b) => b.createdAtMs - a.createdAtMs) };
    }),
  updated: (customer) =>
    set((prev) => ({
      detail: prev.detail !== null && prev.detail.id === customer.id ? { ...prev.detail, ...customer } : prev.detail,
      items: prev.items === null ? null : prev.items.map((c) => (c.id === customer.id ? customer : c)),
    })),
  added: (customer) =>
    set((prev) => ({ items: [customer, ...(prev.items ?? []).filter((c) => c.id !== customer.id)], created: customer.displayName })),
}));
