import { Button, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLocale } from '../lib/i18n';
import { formatMoney } from '../lib/format-money';
import { entryFromTyped, entryMinor, exponentOf, pressKey } from './amount-entry';
import type { AmountKey } from './amount-entry';

type Props = {
  label: string;
  /** ISO 4217 code: decides the fraction digits and the formatted echo. */
  currency: string;
  /** The entry text (see amount-entry.ts); the parent keeps it and reads `entryMinor`. */
  value: string;
  onChange: (text: string) => void;
  error?: string | undefined;
  description?: string | undefined;
  disabled?: boolean;
  /** A data-testid for the field. */
  testId?: string;
};

const DIGIT_ROWS: readonly AmountKey[] = ['7', '8', '9', '4', '5', '6', '1', '2', '3'];

/**
 * An amount field with an on-screen keypad (ui.md §3: touch targets ≥ 48 px). The field takes the
 * same keys from a keyboard; the keypad's buttons stay out of the Tab order so a keyboard user
 * is not walked through twelve digits. Under the field the amount is echoed formatted with its
 * currency, so what will be charged is read, not guessed.
 */
export function AmountKeypad({ label, currency, value, onChange, error, description, disabled, testId }: Props) {
  const { t, i18n } = useTranslation();
  const echoId = useId();
  const exponent = exponentOf(currency);
  const minor = entryMinor(value, currency);
  const press = (key: AmountKey) => onChange(pressKey(value, key, exponent));
  const keyButton = (key: AmountKey, text: string, name?: string) => (
    <Button
      key={key}
      variant="default"
      h={56}
      fz="xl"
      tabIndex={-1}
      aria-label={name}
      disabled={disabled ?? false}
      onClick={() => press(key)}
    >
      {text}
    </Button>
  );
  return (
    <Stack gap="xs">
      <TextInput
        label={label}
        description={description}
        value={value}
        onChange={(event) => onChange(entryFromTyped(event.currentTarget.value, exponent))}
        error={error}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        disabled={disabled ?? false}
        className="tb-num"
        size="lg"
        styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
        aria-describedby={echoId}
        data-testid={testId}
        rightSection={<Text size="sm" c="dimmed">{currency}</Text>}
        rightSectionWidth={56}
      />
      <Text id={echoId} ta="right" size="lg" fw={600} className="tb-num" aria-live="polite" data-testid={testId === undefined ? undefined : `${testId}-echo`}>
        {minor === null ? t('cards:kit.keypad.empty') : formatMoney(minor, currency, currentLocale(i18n))}
      </Text>
      <SimpleGrid cols={3} spacing="xs" role="group" aria-label={t('cards:kit.keypad.group', { label })}>
        {DIGIT_ROWS.map((key) => keyButton(key, key))}
        {exponent === 0 ? keyButton('00', '00') : keyButton('.', '.', t('cards:kit.keypad.point'))}
        {keyButton('0', '0')}
        {keyButton('back', '⌫', t('cards:kit.keypad.back'))}
      </SimpleGrid>
      <Button variant="subtle" tabIndex={-1} disabled={disabled ?? false} onClick={() => press('clear')}>
        {t('cards:kit.keypad.clear')}
      </Button>
    </Stack>
  );
}
