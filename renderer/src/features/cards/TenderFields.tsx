import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { LabelledSegmented } from '../../components/LabelledSegmented';
import type { TenderForm, TenderKind } from './tender-form';

type Props = { form: TenderForm; update: (patch: Partial<TenderForm>) => void; invalid: boolean };

/** How the customer pays: cash, an external card (its approval code) or a bank transfer (its reference). */
export function TenderFields({ form, update, invalid }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <LabelledSegmented<TenderKind>
        label={t('cards:tender.label')}
        value={form.kind}
        onChange={(kind) => update({ kind })}
        data={[
          { value: 'cash', label: t('cards:tender.cash') },
          { value: 'external_card', label: t('cards:tender.external_card') },
          { value: 'bank_transfer', label: t('cards:tender.bank_transfer') },
        ]}
      />
      {form.kind === 'external_card' ? (
        <TextInput
          label={t('cards:tender.approvalCode')}
          description={t('cards:tender.approvalCodeHint')}
          value={form.approvalCode}
          onChange={(event) => update({ approvalCode: event.currentTarget.value })}
          error={invalid ? t('cards:tender.approvalCodeInvalid') : undefined}
          autoComplete="off"
          spellCheck={false}
          required
        />
      ) : null}
      {form.kind === 'bank_transfer' ? (
        <TextInput
          label={t('cards:tender.reference')}
          description={t('cards:tender.referenceHint')}
          value={form.reference}
          onChange={(event) => update({ reference: event.currentTarget.value })}
          error={invalid ? t('cards:tender.referenceInvalid') : undefined}
          autoComplete="off"
          spellCheck={false}
          required
        />
      ) : null}
    </Stack>
  );
}
