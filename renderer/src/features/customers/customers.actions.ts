import type { Api } from '../../api/client';
import type { Input } from '../../../../shared/ipc/contract';
import { CUSTOMER_PAGE_DEFAULT } from '../../../../shared/ipc/contract/customers';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import { useCustomersStore } from './customers.store';
import type { Customer, CustomerDetail } from './customers.store';

// Searches overlap while someone types: only the answer to the latest request is shown.
let latest = 0;

/**
 * The first page of the list (empty query) or of a search; `more` appends the next page of the
 * same query. An answer that arrives after a newer request, or after a sign-out, is dropped.
 */
export async function loadCustomers(api: Api, more = false): Promise<void> {
  const epoch = sessionEpoch();
  const request = (latest += 1);
  const store = useCustomersStore.getState();
  const query = store.query.trim();
  const cursor = more ? store.nextCursor : null;
  if (more && cursor === null) return;
  store.startPage();
  const paging = { limit: CUSTOMER_PAGE_DEFAULT, ...(cursor === null ? {} : { cursor }) };
  try {
    const page = query === '' ? await api.call('customers.list', paging) : await api.call('customers.search', { query, ...paging });
    if (epoch === sessionEpoch() && request === latest) useCustomersStore.getState().page(page.items, page.nextCursor, more);
  } catch (error) {
    if (epoch === sessionEpoch() && request === latest) useCustomersStore.getState().fail(toClientError(error));
  }
}

/** customers.create; rejects with the ClientError for the form. The new customer heads the list. */
export async function createCustomer(api: Api, input: Input<'customers.create'>): Promise<Customer> {
  const epoch = sessionEpoch();
  const { replayed, ...customer } = await api.call('customers.create', input);
  void replayed; // a repeat of the same id answers the same customer: nothing else to do
  if (epoch === sessionEpoch()) useCustomersStore.getState().added(customer);
  return customer;
}

/** customers.update with the fields that changed; rejects with the ClientError for the form. */
export async function updateCustomer(api: Api, input: Input<'customers.update'>): Promise<Customer> {
  const epoch = sessionEpoch();
  const customer = await api.call('customers.update', input);
  if (epoch === sessionEpoch()) useCustomersStore.getState().updated(customer);
  return customer;
}

/** The customer's page: details and balances, and their wallet's cards. */
export async function loadCustomer(api: Api, customerId: string): Promise<void> {
  const epoch = sessionEpoch();
  useCustomersStore.getState().startDetail();
  try {
    const detail: CustomerDetail = await api.call('customers.get', { customerId });
    const cards = await api.call('cards.list', { walletId: detail.wallet.id });
    if (epoch === sessionEpoch() && useCustomersStore.getState().openId === customerId) {
      useCustomersStore.getState().detailLoaded(detail, cards);
    }
  } catch (error) {
    if (epoch === sessionEpoch()) useCustomersStore.getState().detailFailed(toClientError(error));
  }
}

export function openCustomer(api: Api, customerId: string): void {
  useCustomersStore.getState().open(customerId);
  void loadCustomer(api, customerId);
}
