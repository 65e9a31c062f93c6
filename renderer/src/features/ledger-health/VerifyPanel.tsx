import { Alert, Button, List, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { DetailCard } from '../../components/DetailCard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconAlert, IconCheck, IconShieldCheck } from '../../components/Icons';
import { SEMANTIC } from '../../app/theme';
import { formatCount, formatDuration } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { runVerify } from './health.actions';
import { useVerifyStore, verifyPercent } from './verify.store';
import type { VerifySummary } from './verify.store';

function VerifyResult({ result }: { result: VerifySummary }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const duration = t('health:verify.duration', { duration: formatDuration(result.durationMs, locale) });
  if (result.ok) {
    return (
      <Alert color={SEMANTIC.success} icon={<IconCheck />} title={t('health:verify.okTitle')} data-testid="verify-result">
        <Text size="sm">
          {t('health:verify.okBody', {
            count: formatCount(result.entriesVerified, locale),
            head: formatCount(result.headSeq, locale),
          })}
        </Text>
        <Text size="xs" c="dimmed">{duration}</Text>
      </Alert>
    );
  }
  return (
    <Alert color={SEMANTIC.danger} icon={<IconAlert />} title={t('health:verify.badTitle')} data-testid="verify-result">
      <Stack gap={6}>
        <Text size="sm">
          {result.firstBadSeq === null
            ? t('health:verify.badBodyNoSeq')
            : t('health:verify.badBody', { seq: formatCount(result.firstBadSeq, locale) })}
        </Text>
        {result.problems.length === 0 ? null : (
          <List size="xs" spacing={2}>
            {result.problems.map((problem, index) => (
              <List.Item key={`${problem.kind}-${problem.seq ?? 'x'}-${index}`}>
                {problem.seq === null
                  ? t('health:verify.problemNoSeq', { kind: problem.kind, message: problem.message })
                  : t('health:verify.problem', { kind: problem.kind, seq: problem.seq, message: problem.message })}
              </List.Item>
            ))}
          </List>
        )}
        <Text size="xs" c="dimmed">{duration}</Text>
      </Stack>
    </Alert>
  );
}

/** "Verify now": progress with counts from ledger.verifyProgress, then ok or the first bad seq. */
export function VerifyPanel() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { status, verified, total, result, error } = useVerifyStore();
  const running = status === 'running';
  return (
    <DetailCard title={t('health:verify.title')} hint={t('health:verify.hint')} busy={running} gap="md">
      <Button
        leftSection={<IconShieldCheck size={18} />}
        onClick={() => void runVerify(api)}
        loading={running}
        w="fit-content"
      >
        {t('health:verify.button')}
      </Button>
      {running || status === 'done' ? (
        <Stack gap={6}>
          <Progress
            value={verifyPercent({ verified, total })}
            aria-label={t('health:verify.progressLabel')}
            size="lg"
            animated={running}
            striped={running}
          />
          <Text size="sm" className="tb-num" data-testid="verify-progress">
            {running && total === 0
              ? t('health:verify.running')
              : t('health:verify.progress', {
                  verified: formatCount(verified, locale),
                  total: formatCount(total, locale),
                })}
          </Text>
        </Stack>
      ) : null}
      {status === 'done' && result !== null ? <VerifyResult result={result} /> : null}
      {status === 'failed' && error !== null ? <ErrorAlert error={error} /> : null}
    </DetailCard>
  );
}
