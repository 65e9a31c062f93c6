import { Alert, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ROLE_RANK } from '../../../../shared/domain/roles';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck, IconRefresh } from '../../components/Icons';
import { PageTitle } from '../../components/PageTitle';
import { useSessionStore } from '../../stores/session.store';
import { GenerateBatchDialog } from './GenerateBatchDialog';
import { VoidVoucherDialog } from './VoidVoucherDialog';
import { RedeemVoucher, SellVoucher } from './VoucherCounter';
import { VoucherOverview } from './VoucherOverview';
import { loadVoucherOverview } from './vouchers.actions';
import { useVouchersStore } from './vouchers.store';

/** Top-up vouchers (点卡充值): sell and redeem at the counter; managers generate, void and watch the liability. */
export function VouchersScreen() {
  const { t } = useTranslation();
  const { summary, batches, loading, error } = useVouchersStore();
  const role = useSessionStore((state) => state.staff?.role);
  const manager = role !== undefined && ROLE_RANK[role] >= ROLE_RANK.manager;
  const [dialog, setDialog] = useState<'generate' | 'void' | null>(null);
  const [voided, setVoided] = useState<string | null>(null);
  const refresh = () => {
    if (manager) void loadVoucherOverview(api);
  };

  useEffect(refresh, [manager]);

  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle title={t('vouchers:title')} subtitle={t('vouchers:subtitle')} />
      {manager ? (
        <Group>
          <Button onClick={() => setDialog('generate')}>{t('vouchers:generate.open')}</Button>
          <Button variant="light" onClick={() => setDialog('void')}>{t('vouchers:void.open')}</Button>
          <Button variant="default" leftSection={<IconRefresh size={18} />} loading={loading} onClick={refresh}>{t('vouchers:refresh')}</Button>
        </Group>
      ) : null}
      {voided === null ? null : <Alert color="green" icon={<IconCheck />} role="status" data-testid="void-done">{voided}</Alert>}
      {error === null ? null : <ErrorAlert error={error} />}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <SellVoucher onDone={refresh} />
        <RedeemVoucher onDone={refresh} />
      </SimpleGrid>
      {manager && summary !== null && batches !== null ? <VoucherOverview summary={summary} batches={batches} /> : null}
      <GenerateBatchDialog opened={dialog === 'generate'} onClose={() => setDialog(null)} />
      <VoidVoucherDialog opened={dialog === 'void'} onClose={() => setDialog(null)} onVoided={setVoided} />
    </Stack>
  );
}
