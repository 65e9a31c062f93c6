import { Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { DetailCard } from '../../components/DetailCard';
import { WalletQr } from '../../components/WalletQr';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import type { CustomerDetail } from './customers.store';

/** The wallet: its address (QR and text) and one balance per currency, each with its code. */
export function WalletPanel({ detail, actions }: { detail: CustomerDetail; actions?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <DetailCard title={t('customers:wallet.title')} hint={t('customers:wallet.hint')}>
      <Group align="flex-start" gap="xl" wrap="wrap">
        <WalletQr address={detail.wallet.address} addressText={detail.wallet.addressText} />
        <Stack gap="sm" miw={280} style={{ flex: 1 }}>
          {detail.balances.length === 0 ? (
            <Text c="dimmed" data-testid="wallet-no-balance">{t('customers:wallet.empty')}</Text>
          ) : (
            <Table verticalSpacing="xs" data-testid="wallet-balances">
              <Table.Caption>{t('customers:wallet.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('customers:wallet.currency')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('customers:wallet.balance')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('customers:wallet.available')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('customers:wallet.pending')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {detail.balances.map((balance) => (
                  <Table.Tr key={balance.currency} data-testid={`wallet-balance-${balance.currency}`}>
                    <Table.Th scope="row">{balance.currency}</Table.Th>
                    <Table.Td ta="right" className="tb-num" fw={600}>{formatMoney(balance.balanceMinor, balance.currency, locale)}</Table.Td>
                    <Table.Td ta="right" className="tb-num">{formatMoney(balance.availableMinor, balance.currency, locale)}</Table.Td>
                    <Table.Td ta="right" className="tb-num">{formatMoney(balance.pendingMinor, balance.currency, locale)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {actions}
        </Stack>
      </Group>
    </DetailCard>
  );
}
