import { PasswordInput } from '@mantine/core';
import type { PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A PIN/password field whose show/hide toggle is named in the user's language. */
export function SecretInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      // the show/hide toggle is reachable by Tab too: the till is often used without a mouse
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('common:actions.toggleSecret') }}
      {...props}
    />
  );
}
