import { beforeEach, describe, expect, it } from 'vitest';

import { createCustomer, loadCustomer, loadCustomers, openCustomer } from '../../renderer/src/features/customers/customers.actions';
import { useCustomersStore } from '../../renderer/src/features/customers/customers.store';
import type { Customer } from '../../renderer/src/features/customers/customers.store';
import { formOf, hasCustomerErrors, toCreateInput, toUpdateInput, validateCustomer } from '../../renderer/src/features/customers/customer-forms';
import { resetSessionStores } from '../../renderer/src/lib/session-scope';
import { fakeApi, ok } from './fake-transport';

const customer = (n: number, over: Partial<Customer> = {}): Customer => ({
  id: `01900000-0000-7000-8000-0000000000${String(n).padStart(2, '0')}`,
  displayName: `Customer ${n}`, phone: null, email: null, note: null, createdAtMs: 1_700_000_000_000 + n,
  wallet: { id: `01900000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`, address: '7K3M9QXR2V5A', addressText: '7K3M-9QXR-2V5A' },
  ...over,
});

beforeEach(() => resetSessionStores());

describe('customers store and actions', () => {
  it('lists everyone without a query, searches with one, and appends the next page', async () => {
    const { api, calls } = fakeApi({
      'customers.list': (input) => ok((input as { cursor?: string }).cursor === undefined
        ? { items: [customer(1)], nextCursor: '1700000000001:01900000-0000-7000-8000-000000000001' }
        : { items: [customer(2)], nextCursor: null }),
      'customers.search': () => ok({ items: [customer(3)], nextCursor: null }),
    });
    await loadCustomers(api);
    await loadCustomers(api, true);
    expect(useCustomersStore.getState().items?.map((c) => c.displayName)).toEqual(['Customer 1', 'Customer 2']);
    expect(useCustomersStore.getState().nextCursor).toBeNull();
    useCustomersStore.getState().setQuery('  ＡＢＣ ');
    await loadCustomers(api);
    expect(calls.at(-1)).toEqual({ key: 'customers.search', input: { query: 'ＡＢＣ', limit: 20 } });
    expect(useCustomersStore.getState().items?.map((c) => c.displayName)).toEqual(['Customer 3']);
  });

  it('shows only the answer to the latest search, and drops one that arrives after a sign-out', async () => {
    let release: (value: unknown) => void = () => undefined;
    const slow = new Promise((resolve) => { release = resolve; });
    const { api } = fakeApi({
      'customers.search': async (input) => ((input as { query: string }).query === 'old'
        ? slow.then(() => ok({ items: [customer(1)], nextCursor: null }))
        : ok({ items: [customer(2)], nextCursor: null })),
    });
    useCustomersStore.getState().setQuery('old');
    const first = loadCustomers(api);
    useCustomersStore.getState().setQuery('new');
    await loadCustomers(api);
    release(undefined);
    await first;
    expect(useCustomersStore.getState().items?.map((c) => c.displayName)).toEqual(['Customer 2']);

    let late: (value: unknown) => void = () => undefined;
    const pending = loadCustomers(fakeApi({ 'customers.search': () => new Promise((resolve) => { late = resolve; }) }).api);
    resetSessionStores();
    late(ok({ items: [customer(9)], nextCursor: null }));
    await pending;
    expect(useCustomersStore.getState().items).toBeNull();
  });

  it('creates with a client id (nulls for empty fields) and heads the list with the new customer', async () => {
    const input = toCreateInput({ displayName: ' Chen Mei ', phone: '', email: ' chen@example.com ', note: '' }, customer(5).id);
    expect(input).toEqual({ id: customer(5).id, displayName: 'Chen Mei', phone: null, email: 'chen@example.com', note: null });
    useCustomersStore.getState().page([customer(1)], null, false);
    await createCustomer(fakeApi({ 'customers.create': () => ok({ ...customer(5), replayed: false }) }).api, input);
    expect(useCustomersStore.getState().items?.map((c) => c.id)).toEqual([customer(5).id, customer(1).id]);
    expect(useCustomersStore.getState().created).toBe('Customer 5');
  });

  it('an update sends only what changed, null for an emptied field, nothing when nothing changed', () => {
    const mei = customer(4, { phone: '+8613800138000', note: 'VIP' });
    expect(toUpdateInput(mei, formOf(mei))).toBeNull();
    expect(toUpdateInput(mei, { ...formOf(mei), note: ' ', email: 'mei@example.com ' }))
      .toEqual({ customerId: mei.id, note: null, email: 'mei@example.com' });
  });

  it('checks the fields with the contract’s schemas before the call', () => {
    expect(hasCustomerErrors(validateCustomer({ displayName: 'Mei', phone: '', email: '', note: '' }))).toBe(false);
    const bad = validateCustomer({ displayName: ' ', phone: 'call me', email: 'nope', note: '' });
    expect(bad).toMatchObject({ displayName: { code: 'required' }, phone: { code: 'phone' }, email: { code: 'email' }, note: null });
    expect(validateCustomer({ displayName: 'Mei', phone: '+86 138-0013-8000', email: 'a@b.cn', note: 'VIP' }))
      .toEqual({ displayName: null, phone: null, email: null, note: null });
  });

  it('opens a customer’s page with their balances and cards', async () => {
    const detail = { ...customer(7), balances: [{ currency: 'CNY', accountId: customer(8).id, balanceMinor: 1250, availableMinor: 1250, pendingMinor: 0 }] };
    const { api, calls } = fakeApi({ 'customers.get': () => ok(detail), 'cards.list': () => ok([]) });
    openCustomer(api, detail.id);
    expect(useCustomersStore.getState().openId).toBe(detail.id);
    await loadCustomer(api, detail.id);
    expect(useCustomersStore.getState()).toMatchObject({ detail, cards: [], detailLoading: false });
    expect(calls.map((c) => c.key)).toContain('cards.list');
  });
});
