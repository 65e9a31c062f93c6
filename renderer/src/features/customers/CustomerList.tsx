import { Anchor, Button, Group, Loader, Table, Text, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { loadCustomers, openCustomer } from './customers.actions';
import { useCustomersStore } from './customers.store';

/** Typing pauses this long before the search is sent: one call per word, not per key. */
export const SEARCH_DEBOUNCE_MS = 300;

/** Search (name, phone or email) and the list, newest first, a page at a time. */
export function CustomerList() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { query, items, nextCursor, loading, error } = useCustomersStore();

  useEffect(() => {
    const timer = setTimeout(() => void loadCustomers(api), items === null ? 0 : SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // the list reloads when the query changes, not when a page arrives
  }, [query]);

  return (
    <>
      <TextInput
        label={t('customers:search.label')}
        description={t('customers:search.hint')}
        value={query}
        onChange={(event) => useCustomersStore.getState().setQuery(event.currentTarget.value)}
        type="search"
        autoComplete="off"
        spellCheck={false}
        maw={480}
        data-testid="customer-search"
      />
      {error === null ? null : <ErrorAlert error={error} />}
      {items === null ? (
        loading ? <Loader aria-label={t('common:loading')} /> : null
      ) : items.length === 0 ? (
        <Text c="dimmed">{query.trim() === '' ? t('customers:list.empty') : t('customers:list.noMatch', { query: query.trim() })}</Text>
      ) : (
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="customer-table">
          <Table.Caption>{t('customers:list.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('customers:list.name')}</Table.Th>
              <Table.Th scope="col">{t('customers:list.phone')}</Table.Th>
              <Table.Th scope="col">{t('customers:list.email')}</Table.Th>
              <Table.Th scope="col">{t('customers:list.wallet')}</Table.Th>
              <Table.Th scope="col">{t('customers:list.created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((customer) => (
              <Table.Tr key={customer.id} data-testid={`customer-row-${customer.wallet.address}`}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component="button" type="button" fw={500} onClick={() => openCustomer(api, customer.id)}>
                    {customer.displayName}
                  </Anchor>
                </Table.Th>
                <Table.Td>{customer.phone ?? '—'}</Table.Td>
                <Table.Td>{customer.email ?? '—'}</Table.Td>
                <Table.Td ff="monospace">{customer.wallet.addressText}</Table.Td>
                <Table.Td className="tb-num">{formatDateTime(customer.createdAtMs, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {nextCursor === null ? null : (
        <Group>
          <Button variant="default" loading={loading} onClick={() => void loadCustomers(api, true)}>
            {t('customers:list.more')}
          </Button>
        </Group>
      )}
    </>
  );
}
