import { useTranslation } from 'react-i18next';

import { DetailCard } from '../../components/DetailCard';
import { DetailTable } from '../../components/DetailTable';
import { StatusBadge } from '../../components/StatusBadge';
import { formatMilliseconds } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import type { LedgerHealth } from './health.store';

/** SQLite's names for PRAGMA synchronous levels. */
const SYNCHRONOUS_NAMES: Readonly<Record<number, string>> = { 0: 'OFF', 1: 'NORMAL', 2: 'FULL', 3: 'EXTRA' };

export function DatabaseCard({ health }: { health: LedgerHealth }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const db = health.database;
  const rows = [
    {
      label: t('health:database.encrypted'),
      value: (
        <StatusBadge
          good={db.encrypted}
          label={t(db.encrypted ? 'health:database.encryptedYes' : 'health:database.encryptedNo')}
        />
      ),
      testId: 'db-encrypted',
    },
    { label: t('health:database.cipherVersion'), value: db.cipherVersion, testId: 'db-cipher' },
    { label: t('health:database.schemaVersion'), value: String(db.schemaVersion), testId: 'db-schema' },
    { label: t('health:database.journalMode'), value: db.journalMode.toUpperCase(), testId: 'db-journal' },
    {
      label: t('health:database.synchronous'),
      value: t('health:database.synchronousValue', {
        name: SYNCHRONOUS_NAMES[db.synchronous] ?? '?',
        level: db.synchronous,
      }),
      testId: 'db-synchronous',
    },
    {
      label: t('health:database.foreignKeys'),
      value: t(db.foreignKeys ? 'health:database.on' : 'health:database.off'),
      testId: 'db-foreign-keys',
    },
    {
      label: t('health:database.busyTimeout'),
      value: formatMilliseconds(db.busyTimeoutMs, locale),
      testId: 'db-busy-timeout',
    },
    {
      label: t('health:database.integrity'),
      value: (
        <StatusBadge
          good={health.integrity.ok}
          label={t(health.integrity.ok ? 'health:database.integrityOk' : 'health:database.integrityFailed')}
        />
      ),
      testId: 'db-integrity',
    },
  ];
  return (
    <DetailCard title={t('health:database.title')}>
      <DetailTable rows={rows} />
    </DetailCard>
  );
}
