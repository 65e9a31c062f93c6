import { Alert, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ClientError } from '../../api/client';
import { IconLock } from '../../components/Icons';
import { currentLocale } from '../../lib/i18n';
import { errorMessageKey } from '../../lib/error-message';
import { formatCountdown, formatTime } from '../../lib/format';
import { parseLockedUntil } from '../../lib/lockout';

/**
 * `account_locked`: the unlock time and a live countdown when the message carries
 * `until <ms>`, else the plain message. The countdown is a timer role (not announced each second).
 */
export function LockoutNotice({ error }: { error: ClientError }) {
  const { t, i18n } = useTranslation();
  const until = parseLockedUntil(error.message);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (until === null) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);

  const details = t('common:error.details', { code: error.code });
  if (until === null) {
    return (
      <Alert color="orange" icon={<IconLock />} title={t('auth:lockout.title')}>
        <Text size="sm">{t(errorMessageKey(error.code))}</Text>
        <Text size="xs" c="dimmed" mt={4}>{details}</Text>
      </Alert>
    );
  }
  const remaining = until - now;
  return (
    <Alert color={remaining > 0 ? 'orange' : 'green'} icon={<IconLock />} title={t('auth:lockout.title')}>
      {remaining > 0 ? (
        <>
          <Text size="sm">{t('auth:lockout.message', { until: formatTime(until, currentLocale(i18n)) })}</Text>
          <Text size="lg" fw={700} role="timer" className="tb-num" data-testid="lockout-countdown">
            {t('auth:lockout.remaining', { time: formatCountdown(remaining) })}
          </Text>
        </>
      ) : (
        <Text size="sm">{t('auth:lockout.over')}</Text>
      )}
      <Text size="xs" c="dimmed" mt={4}>{details}</Text>
    </Alert>
  );
}
