import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { DetailCard } from '../../components/DetailCard';
import { StatementView } from '../cards/StatementView';
import type { CustomerDetail } from './customers.store';

/** The wallet's history in one of its currencies (wallets.statement), with filters and CSV export. */
export function WalletHistory({ detail }: { detail: CustomerDetail }) {
  const { t } = useTranslation();
  const currencies = detail.balances.map((balance) => balance.currency);
  const [picked, setPicked] = useState<string | null>(null);
  const currency = picked !== null && currencies.includes(picked) ? picked : currencies[0];
  if (currency === undefined) return null;
  return (
    <DetailCard title={t('cards:statement.walletTitle')} hint={t('cards:statement.walletHint')}>
      {currencies.length > 1 ? (
        <NativeSelect label={t('cards:statement.currency')} value={currency} onChange={(event) => setPicked(event.currentTarget.value)} data={currencies} maw={200} />
      ) : null}
      <StatementView
        key={currency}
        load={(request) => api.call('wallets.statement', { walletId: detail.wallet.id, currency, ...request })}
        fileName={`wallet-${detail.wallet.address}-${currency}`}
        reloadKey={detail.balances.map((b) => `${b.currency}:${b.balanceMinor}:${b.pendingMinor}`).join()}
        testId="wallet-statement"
      />
    </DetailCard>
  );
}
