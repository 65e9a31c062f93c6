import { NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { TAX_PROFILE_IDS, TAX_PROFILES, type TaxProfileId } from '../../../../shared/domain/sales/tax-profiles';
import { DetailCard } from '../../components/DetailCard';
import type { SettingsForm } from './settings-form';
import { percentText, ratesFor } from './tax-rates';

type Props = {
  form: SettingsForm;
  /** Classes whose typed rate is not a valid percentage. */
  invalid: readonly string[];
  update: (patch: Partial<SettingsForm>) => void;
  readOnly: boolean;
};

const isProfileId = (value: string): value is TaxProfileId => (TAX_PROFILE_IDS as readonly string[]).includes(value);

/** The tax profile and the shop's rate for each of its classes (the shipped rate unless changed). */
export function TaxSettingsCard({ form, invalid, update, readOnly }: Props) {
  const { t } = useTranslation();
  const ro = readOnly ? ({ readOnly: true, variant: 'filled' } as const) : {};
  const profile = TAX_PROFILES[form.taxProfileId];
  return (
    <DetailCard title={t('settings:sections.tax')} gap="md">
      <Stack gap="md">
        <NativeSelect
          label={t('settings:fields.taxProfile')}
          description={t('settings:fields.taxProfileHint')}
          value={form.taxProfileId}
          onChange={(e) => {
            const next = e.currentTarget.value;
            // Another profile has other classes: start from its shipped rates.
            if (isProfileId(next)) update({ taxProfileId: next, taxRates: ratesFor(next, []) });
          }}
          data={TAX_PROFILE_IDS.map((id) => ({ value: id, label: t(`settings:taxProfiles.${id}`) }))}
          disabled={readOnly}
          maw={420}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {profile.classes.map((c) => (
            <TextInput
              key={c.code}
              label={t('settings:fields.taxRate', { name: t(`settings:taxClasses.${c.code}`) })}
              description={t('settings:fields.taxRateHint', { rate: percentText(c.rateBp) })}
              value={form.taxRates[c.code] ?? ''}
              onChange={(e) => update({ taxRates: { ...form.taxRates, [c.code]: e.currentTarget.value } })}
              error={invalid.includes(c.code) ? t('settings:validation.taxRate') : undefined}
              inputMode="decimal"
              {...ro}
            />
          ))}
        </SimpleGrid>
      </Stack>
    </DetailCard>
  );
}
