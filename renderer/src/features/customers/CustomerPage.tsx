import { Button, Group, Loader, SimpleGrid, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { CurrencySelect } from '../../components/CurrencySelect';
import { DetailCard } from '../../components/DetailCard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useSettingsStore } from '../../stores/settings.store';
import { TopUpDialog } from '../cards/TopUpDialog';
import { WalletCards } from '../cards/WalletCards';
import { ConvertDialog } from '../fx/ConvertDialog';
import { loadCustomer } from './customers.actions';
import { useCustomersStore } from './customers.store';
import type { CustomerDetail } from './customers.store';
import { EditCustomerDialog } from './EditCustomerDialog';
import { TransferDialog } from './TransferDialog';
import { WalletHistory } from './WalletHistory';
import { WalletPanel } from './WalletPanel';

function Details({ detail }: { detail: CustomerDetail }) {
  const { t, i18n } = useTranslation();
  const row = (label: string, value: string | null) => (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>{value ?? '—'}</Table.Td>
    </Table.Tr>
  );
  return (
    <DetailCard title={t('customers:page.details')}>
      <Table verticalSpacing="xs" data-testid="customer-details">
        <Table.Tbody>
          {row(t('customers:fields.phone'), detail.phone)}
          {row(t('customers:fields.email'), detail.email)}
          {row(t('customers:fields.note'), detail.note)}
          {row(t('customers:page.since'), formatDateTime(detail.createdAtMs, currentLocale(i18n)))}
        </Table.Tbody>
      </Table>
    </DetailCard>
  );
}

/** One customer: details, the wallet (address, QR, balances), top-up and conversion, and the cards. */
export function CustomerPage({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { detail, cards, detailLoading, detailError } = useCustomersStore();
  const shopCurrency = useSettingsStore((state) => state.shown?.currency) ?? 'EUR';
  const [currency, setCurrency] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'topUp' | 'convert' | 'transfer' | 'edit' | null>(null);
  const topUpCurrency = currency ?? shopCurrency;
  const reload = () => void loadCustomer(api, customerId);

  return (
    <Stack gap="lg" maw={1100}>
      <Group>
        <Button variant="subtle" onClick={() => useCustomersStore.getState().open(null)}>{t('customers:page.back')}</Button>
      </Group>
      {detailError === null ? null : <ErrorAlert error={detailError} />}
      {detail === null ? (
        detailLoading ? <Loader aria-label={t('common:loading')} /> : null
      ) : (
        <>
          <PageTitle title={detail.displayName} subtitle={t('customers:page.subtitle', { address: detail.wallet.addressText })} />
          <Group>
            <Button variant="default" onClick={() => setDialog('edit')}>{t('customers:edit.open')}</Button>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Details detail={detail} />
            <WalletPanel
              detail={detail}
              actions={
                <Group align="flex-end" gap="sm">
                  <CurrencySelect label={t('customers:wallet.topUpCurrency')} value={topUpCurrency} onChange={setCurrency} />
                  <Button onClick={() => setDialog('topUp')}>{t('customers:wallet.topUp')}</Button>
                  <Button variant="light" disabled={detail.balances.length === 0} onClick={() => setDialog('convert')}>
                    {t('customers:wallet.convert')}
                  </Button>
                  <Button variant="light" disabled={detail.balances.length === 0} onClick={() => setDialog('transfer')}>
                    {t('customers:wallet.transfer')}
                  </Button>
                </Group>
              }
            />
          </SimpleGrid>
          <WalletCards
            walletId={detail.wallet.id}
            wallet={{ address: detail.wallet.address, addressText: detail.wallet.addressText }}
            cards={cards ?? []}
            onCard={(card) => useCustomersStore.getState().cardChanged(card)}
          />
          <WalletHistory detail={detail} />
          <TopUpDialog
            opened={dialog === 'topUp'}
            onClose={() => { setDialog(null); reload(); }}
            target={t('customers:wallet.target', { name: detail.displayName, address: detail.wallet.addressText })}
            currency={topUpCurrency}
            send={async (operationId, amountMinor, tender) => {
              const answer = await api.call('wallets.topUp', { operationId, walletId: detail.wallet.id, currency: topUpCurrency, amountMinor, tender });
              return { ...answer, tenderKind: answer.tender.kind, balanceMinor: answer.balanceNow.balanceMinor };
            }}
          />
          <TransferDialog opened={dialog === 'transfer'} detail={detail} onClose={() => { setDialog(null); reload(); }} />
          <EditCustomerDialog key={`${detail.id}:${detail.displayName}:${detail.phone ?? ''}:${detail.email ?? ''}:${detail.note ?? ''}`} customer={detail} opened={dialog === 'edit'} onClose={() => setDialog(null)} />
          <ConvertDialog
            opened={dialog === 'convert'}
            walletId={detail.wallet.id}
            balances={detail.balances}
            onClose={() => { setDialog(null); reload(); }}
          />
        </>
      )}
    </Stack>
  );
}
