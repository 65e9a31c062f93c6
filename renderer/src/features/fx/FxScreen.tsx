import { Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ROLE_RANK } from '../../../../shared/domain/roles';
import { api } from '../../api/client';
import { SEMANTIC } from '../../app/theme';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconRefresh } from '../../components/Icons';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useSessionStore } from '../../stores/session.store';
import { useSettingsStore } from '../../stores/settings.store';
import { loadRates } from './fx.actions';
import { formatBps, formatMaxAge } from './fx-format';
import { useFxStore } from './fx.store';
import { SetRateDialog } from './SetRateDialog';

/** Exchange rates: every pair's current rate, its source, age and fee; managers set them. */
export function FxScreen() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { rates, loading, error } = useFxStore();
  const role = useSessionStore((state) => state.staff?.role);
  const shopCurrency = useSettingsStore((state) => state.shown?.currency) ?? 'EUR';
  const manager = role !== undefined && ROLE_RANK[role] >= ROLE_RANK.manager;
  const [setting, setSetting] = useState(false);

  useEffect(() => {
    void loadRates(api);
  }, []);

  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle title={t('fx:title')} subtitle={t('fx:subtitle')} />
      <Group>
        {manager ? <Button onClick={() => setSetting(true)}>{t('fx:set.open')}</Button> : null}
        <Button variant="default" leftSection={<IconRefresh size={18} />} loading={loading} onClick={() => void loadRates(api)}>
          {t('fx:refresh')}
        </Button>
      </Group>
      {error === null ? null : <ErrorAlert error={error} />}
      {rates === null ? (
        loading ? <Loader aria-label={t('common:loading')} /> : null
      ) : rates.length === 0 ? (
        <Text c="dimmed">{t('fx:empty')}</Text>
      ) : (
        <Table striped verticalSpacing="sm" data-testid="fx-table">
          <Table.Caption>{t('fx:table.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fx:table.pair')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('fx:table.rate')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('fx:table.fee')}</Table.Th>
              <Table.Th scope="col">{t('fx:table.source')}</Table.Th>
              <Table.Th scope="col">{t('fx:table.asOf')}</Table.Th>
              <Table.Th scope="col">{t('fx:table.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rates.map((rate) => (
              <Table.Tr key={`${rate.base}-${rate.quote}`} data-testid={`fx-row-${rate.base}-${rate.quote}`}>
                <Table.Th scope="row">{t('fx:table.pairValue', { base: rate.base, quote: rate.quote })}</Table.Th>
                <Table.Td ta="right" className="tb-num" ff="monospace">{rate.rateText}</Table.Td>
                <Table.Td ta="right" className="tb-num">{formatBps(rate.feeBps, locale)}</Table.Td>
                <Table.Td>{rate.source}</Table.Td>
                <Table.Td className="tb-num">{formatDateTime(rate.asOfMs, locale)}</Table.Td>
                <Table.Td>
                  <Badge color={rate.stale ? SEMANTIC.danger : SEMANTIC.success} variant="light" tt="none">
                    {rate.stale ? t('fx:table.stale') : t('fx:table.fresh', { age: formatMaxAge(rate.maxAgeMs, locale) })}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <SetRateDialog opened={setting} onClose={() => setSetting(false)} defaultBase={shopCurrency} />
    </Stack>
  );
}
