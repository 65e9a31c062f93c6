import { Alert, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { CurrencySelect } from '../../components/CurrencySelect';
import { DetailCard } from '../../components/DetailCard';
import { IconInfo } from '../../components/Icons';
import { useLocaleOptions } from '../../components/LanguageSwitch';
import { LabelledSegmented } from '../../components/LabelledSegmented';
import { fieldErrorText } from '../../lib/field-error-text';
import { isLocale } from '../../lib/i18n';
import type { Density, Theme } from '../../stores/settings.store';
import type { SettingsErrors, SettingsForm } from './settings-form';
import { TaxSettingsCard } from './TaxSettingsCard';

type Props = {
  form: SettingsForm;
  errors: SettingsErrors;
  update: (patch: Partial<SettingsForm>) => void;
  readOnly: boolean;
  /** Sales exist in the base currency: it is shown, not editable, with the reason. */
  currencyLocked: boolean;
  /** Tax classes whose typed rate is not valid. */
  invalidRates: readonly string[];
};

/** Every terminal setting, grouped; disabled as a whole for cashiers. */
export function SettingsFields({ form, errors, update, readOnly, currencyLocked, invalidRates }: Props) {
  const { t } = useTranslation();
  const localeOptions = useLocaleOptions();
  const err = (key: keyof SettingsErrors) => fieldErrorText(t, 'settings', errors[key]);
  // read-only text stays focusable and readable; the filled look says it cannot be edited
  const ro = readOnly ? ({ readOnly: true, variant: 'filled' } as const) : {};
  return (
    <Stack gap="lg">
      <DetailCard title={t('settings:sections.shop')} gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('settings:fields.merchantName')}
            value={form.merchantName}
            onChange={(e) => update({ merchantName: e.currentTarget.value })}
            error={err('merchantName')}
            {...ro}
            required
          />
          <TextInput
            label={t('settings:fields.terminalName')}
            value={form.terminalName}
            onChange={(e) => update({ terminalName: e.currentTarget.value })}
            error={err('terminalName')}
            {...ro}
            required
          />
          <CurrencySelect
            label={t('settings:fields.currency')}
            value={form.currency}
            onChange={(currency) => update({ currency })}
            error={err('currency')}
            disabled={readOnly || currencyLocked}
          />
          <NativeSelect
            label={t('settings:fields.locale')}
            value={form.locale}
            onChange={(e) => {
              const next = e.currentTarget.value;
              if (isLocale(next)) update({ locale: next });
            }}
            data={localeOptions}
            disabled={readOnly}
          />
        </SimpleGrid>
        {currencyLocked ? (
          <Alert color="indigo" icon={<IconInfo />} data-testid="currency-locked">
            {t('settings:fields.currencyLocked')}
          </Alert>
        ) : null}
      </DetailCard>
      <TaxSettingsCard form={form} invalid={invalidRates} update={update} readOnly={readOnly} />
      <DetailCard title={t('settings:sections.display')} gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <LabelledSegmented<Theme>
            label={t('settings:fields.theme')}
            value={form.theme}
            onChange={(theme) => update({ theme })}
            disabled={readOnly}
            data={[
              { value: 'light', label: t('settings:fields.themeLight') },
              { value: 'dark', label: t('settings:fields.themeDark') },
              { value: 'auto', label: t('settings:fields.themeAuto') },
            ]}
          />
          <LabelledSegmented<Density>
            label={t('settings:fields.density')}
            value={form.density}
            onChange={(density) => update({ density })}
            disabled={readOnly}
            data={[
              { value: 'comfortable', label: t('settings:fields.densityComfortable') },
              { value: 'large', label: t('settings:fields.densityLarge') },
            ]}
          />
        </SimpleGrid>
      </DetailCard>
      <DetailCard title={t('settings:sections.devices')} gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('settings:fields.printer')}
            description={t('settings:fields.printerHint')}
            value={form.printer}
            onChange={(e) => update({ printer: e.currentTarget.value })}
            error={err('printer')}
            {...ro}
          />
          <TextInput
            label={t('settings:fields.backendUrl')}
            description={t('settings:fields.backendUrlHint')}
            value={form.backendUrl}
            onChange={(e) => update({ backendUrl: e.currentTarget.value })}
            error={err('backendUrl')}
            {...ro}
            type="url"
            inputMode="url"
            placeholder="https://"
            spellCheck={false}
          />
        </SimpleGrid>
      </DetailCard>
      <DetailCard title={t('settings:sections.security')} gap="md">
        <NumberInput
          label={t('settings:fields.idleLockMinutes')}
          description={t('settings:fields.idleLockHint')}
          value={form.idleLockMinutes}
          onChange={(value) => update({ idleLockMinutes: value })}
          error={err('idleLockMinutes')}
          {...ro}
          min={1}
          max={15}
          step={1}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          maw={280}
        />
      </DetailCard>
    </Stack>
  );
}
