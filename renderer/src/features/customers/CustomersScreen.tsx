import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { IconCheck } from '../../components/Icons';
import { PageTitle } from '../../components/PageTitle';
import { CreateCustomerDialog } from './CreateCustomerDialog';
import { CustomerList } from './CustomerList';
import { CustomerPage } from './CustomerPage';
import { openCustomer } from './customers.actions';
import { useCustomersStore } from './customers.store';

/** Customers: search and list, "New customer", and a customer's own page. */
export function CustomersScreen() {
  const { t } = useTranslation();
  const openId = useCustomersStore((state) => state.openId);
  const created = useCustomersStore((state) => state.created);
  const [creating, setCreating] = useState(false);
  if (openId !== null) return <CustomerPage key={openId} customerId={openId} />;
  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle title={t('customers:title')} subtitle={t('customers:subtitle')} />
      <Group>
        <Button onClick={() => setCreating(true)}>{t('customers:create.open')}</Button>
      </Group>
      {created === null ? null : (
        <Alert color="green" icon={<IconCheck />} role="status" data-testid="customer-notice">
          {t('customers:create.done', { name: created })}
        </Alert>
      )}
      <CustomerList />
      <CreateCustomerDialog opened={creating} onClose={() => setCreating(false)} onCreated={(customer) => openCustomer(api, customer.id)} />
    </Stack>
  );
}
