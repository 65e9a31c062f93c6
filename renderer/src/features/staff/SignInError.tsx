import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ClientError } from '../../api/client';
import { ErrorAlert, ErrorMessage, ErrorNotice } from '../../components/ErrorAlert';
import { IconLock } from '../../components/Icons';
import { currentLocale } from '../../lib/i18n';
import { formatCountdown, formatTime } from '../../lib/format';
import { parseLockedUntil } from '../../lib/lockout';

/**
 * `account_locked`: the unlock time and a live countdown when the message carries
 * `until <ms>`, else the plain message. The countdown is a timer role (not announced each second).
 */
function LockoutNotice({ error }: { error: ClientError }) {
  const { t, i18n } = useTranslation();
  const until = parseLockedUntil(error.message);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (until === null) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);

  const remaining = until === null ? 0 : until - now;
  let body;
  if (until === null) body = <ErrorMessage error={error} />;
  else if (remaining > 0) {
    body = (
      <>
        <Text size="sm">{t('auth:lockout.message', { until: formatTime(until, currentLocale(i18n)) })}</Text>
        <Text size="lg" fw={700} role="timer" className="tb-num" data-testid="lockout-countdown">
          {t('auth:lockout.remaining', { time: formatCountdown(remaining) })}
        </Text>
      </>
    );
  } else body = <Text size="sm">{t('auth:lockout.over')}</Text>;
  return (
    <ErrorNotice
      color={until !== null && remaining <= 0 ? 'green' : 'orange'}
      icon={<IconLock />}
      title={t('auth:lockout.title')}
      details={t('common:error.details', { code: error.code })}
    >
      {body}
    </ErrorNotice>
  );
}

/** The error block of the sign-in and lock screens: a lockout with its countdown, or the failure. */
export function SignInError({ error }: { error: ClientError | null }) {
  if (error === null) return null;
  return error.code === 'account_locked' ? <LockoutNotice error={error} /> : <ErrorAlert error={error} />;
}
