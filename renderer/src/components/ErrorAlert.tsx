import { Alert, Text } from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ClientError } from '../api/client';
import { errorMessageKey } from '../lib/error-message';
import { IconAlert } from './Icons';

type NoticeProps = {
  color: MantineColor;
  icon: ReactNode;
  title: string;
  /** The small print under the message: the raw code, for support. */
  details: string;
  detailsTestId?: string;
  /** The message in words. */
  children: ReactNode;
};

/** The frame every failure notice shares: colour, icon and title, the message, then the details. */
export function ErrorNotice({ color, icon, title, details, detailsTestId, children }: NoticeProps) {
  return (
    <Alert color={color} icon={icon} title={title}>
      {children}
      <Text size="xs" c="dimmed" mt={4} data-testid={detailsTestId}>
        {details}
      </Text>
    </Alert>
  );
}

/** The readable message of an error code, in the user's language. */
export function ErrorMessage({ error }: { error: ClientError }) {
  const { t } = useTranslation();
  return <Text size="sm">{t(errorMessageKey(error.code))}</Text>;
}

type Props = {
  error: ClientError;
  /** Defaults to a generic "That did not work". */
  title?: string;
};

/** A failed call in words, in the user's language; the raw code only in the details line. */
export function ErrorAlert({ error, title }: Props) {
  const { t } = useTranslation();
  const details =
    error.key === null
      ? t('common:error.details', { code: error.code })
      : t('common:error.detailsWithKey', { code: error.code, key: error.key });
  return (
    <ErrorNotice
      color="red"
      icon={<IconAlert />}
      title={title ?? t('common:error.title')}
      details={details}
      detailsTestId="error-details"
    >
      <ErrorMessage error={error} />
    </ErrorNotice>
  );
}
