import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { DetailCard } from '../../components/DetailCard';
import { DetailTable } from '../../components/DetailTable';
import { StatusBadge } from '../../components/StatusBadge';
import { formatCount, formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import type { LedgerHealth } from './health.store';

export function ChainCard({ health }: { health: LedgerHealth }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const last = health.lastVerify;

  let verified;
  if (last === null) verified = <Text size="sm" c="dimmed">{t('health:chain.notVerified')}</Text>;
  else if (last.ok) {
    verified = (
      <StatusBadge good label={t('health:chain.verifiedValue', { seq: formatCount(last.headSeq, locale) })} />
    );
  } else {
    verified = (
      <StatusBadge
        good={false}
        label={t('health:chain.brokenAt', { seq: formatCount(last.firstBadSeq ?? last.headSeq, locale) })}
      />
    );
  }

  const rows = [
    { label: t('health:chain.head'), value: formatCount(health.chainHeadSeq, locale), testId: 'chain-head' },
    { label: t('health:chain.verified'), value: verified, testId: 'chain-verified' },
    {
      label: t('health:chain.lastVerified'),
      value: last === null ? t('common:never') : formatDateTime(last.finishedAtMs, locale),
      testId: 'chain-last-verified',
    },
    {
      label: t('health:chain.lastBackup'),
      value: health.lastBackupAtMs === null ? t('common:never') : formatDateTime(health.lastBackupAtMs, locale),
      testId: 'last-backup',
    },
  ];
  return (
    <DetailCard title={t('health:chain.title')}>
      <DetailTable rows={rows} />
    </DetailCard>
  );
}
