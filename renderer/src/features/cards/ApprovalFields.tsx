import { Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { SecretInput } from '../../components/SecretInput';

export type ApproverForm = { managerCode: string; managerSecret: string };
export const emptyApprover = (): ApproverForm => ({ managerCode: '', managerSecret: '' });
export const approverReady = (form: ApproverForm): boolean => form.managerCode.trim() !== '' && form.managerSecret !== '';

type Props = { form: ApproverForm; update: (patch: Partial<ApproverForm>) => void; what: string };

/**
 * A second manager's code and secret (ui.md §4: the modal names exactly what is approved). The
 * secret is typed on this screen and sent once with approval.grant; the caller empties it after.
 */
export function ApprovalFields({ form, update, what }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" fw={500} data-testid="approval-what">{what}</Text>
      <Text size="sm" c="dimmed">{t('cards:approval.hint')}</Text>
      <TextInput
        label={t('cards:approval.code')}
        value={form.managerCode}
        onChange={(event) => update({ managerCode: event.currentTarget.value })}
        autoComplete="off"
        spellCheck={false}
        required
        data-autofocus
      />
      <SecretInput
        label={t('cards:approval.secret')}
        value={form.managerSecret}
        onChange={(event) => update({ managerSecret: event.currentTarget.value })}
        autoComplete="off"
        required
      />
    </Stack>
  );
}
