import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  label: string;
  description?: string;
  value: string;
  /** The typed or scanned text; the caller clears its "bad address" mark here. */
  onChange: (value: string) => void;
  /** Main (or shared/domain/wallet-address.ts) refused it by its check symbol. */
  bad: boolean;
  monospace?: boolean;
  testId?: string;
};

/**
 * A wallet address typed or scanned (a wedge reader types into it: `data-scan-target`); a typo
 * refused by the check symbol shows the one message for it.
 */
export function WalletAddressInput({ label, description, value, onChange, bad, monospace = false, testId }: Props) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={label}
      description={description}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={bad ? t('errors:invalid_wallet_address') : undefined}
      autoComplete="off"
      spellCheck={false}
      styles={{ input: monospace ? { fontFamily: 'var(--mantine-font-family-monospace)' } : {} }}
      data-scan-target
      data-testid={testId}
    />
  );
}
