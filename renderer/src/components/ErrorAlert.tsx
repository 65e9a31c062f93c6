import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ClientError } from '../api/client';
import { errorMessageKey } from '../lib/error-message';
import { IconAlert } from './Icons';

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
    <Alert color="red" icon={<IconAlert />} title={title ?? t('common:error.title')}>
      <Text size="sm">{t(errorMessageKey(error.code))}</Text>
      <Text size="xs" c="dimmed" mt={4} data-testid="error-details">
        {details}
      </Text>
    </Alert>
  );
}
