import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { CARD_PIN_DIGITS_MAX, CARD_PIN_DIGITS_MIN } from '../../../shared/domain/cards';
import { pinAfterKey, pinComplete, pinFromTyped } from './pin-entry';
import type { PinKey } from './pin-entry';

type Props = {
  label: string;
  submitLabel: string;
  /** Gets the PIN once; the pad has already forgotten it when this runs. */
  onSubmit: (pin: string) => void;
  busy?: boolean;
  minDigits?: number;
  maxDigits?: number;
  /** Under the field: the tries left after a wrong PIN, or what the PIN is for. */
  description?: ReactNode;
  error?: string | undefined;
  /** Buttons next to the submit one (a Cancel). */
  extraActions?: ReactNode;
  testId?: string;
};

const DIGITS: readonly PinKey[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * PIN entry (ui.md §4): masked, digits only, an on-screen keypad, cleared the moment it is sent.
 * The PIN is kept in this component's state and nowhere else: it is handed to `onSubmit` once
 * (which puts it into the one call that checks or sets it) and the field is emptied first, so
 * a re-render after a wrong PIN never shows the old digits.
 */
export function PinPad({
  label, submitLabel, onSubmit, busy, minDigits = CARD_PIN_DIGITS_MIN, maxDigits = CARD_PIN_DIGITS_MAX, description, error, extraActions, testId,
}: Props) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const press = (key: PinKey) => setPin((prev) => pinAfterKey(prev, key, maxDigits));
  const ready = pinComplete(pin, minDigits, maxDigits) && busy !== true;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    const sent = pin;
    setPin('');
    onSubmit(sent);
  };

  const keyButton = (key: PinKey, text: string, name?: string) => (
    <Button key={key} variant="default" h={56} fz="xl" tabIndex={-1} aria-label={name} disabled={busy ?? false} onClick={() => press(key)}>
      {text}
    </Button>
  );

  return (
    <form onSubmit={submit} noValidate data-testid={testId}>
      <Stack gap="sm" maw={320}>
        <TextInput
          label={label}
          description={description}
          error={error}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={pin}
          onChange={(event) => setPin(pinFromTyped(event.currentTarget.value, maxDigits))}
          size="lg"
          styles={{ input: { letterSpacing: '0.4em', textAlign: 'center' } }}
          data-autofocus
          data-testid={testId === undefined ? undefined : `${testId}-field`}
        />
        <SimpleGrid cols={3} spacing="xs" role="group" aria-label={t('cards:kit.pin.group', { label })}>
          {DIGITS.map((key) => keyButton(key, key))}
          {keyButton('clear', t('cards:kit.pin.clearShort'), t('cards:kit.pin.clear'))}
          {keyButton('0', '0')}
          {keyButton('back', '⌫', t('cards:kit.pin.back'))}
        </SimpleGrid>
        <Group justify="flex-end">
          {extraActions}
          <Button type="submit" disabled={!ready} loading={busy ?? false}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
