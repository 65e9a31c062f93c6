import { Button, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ClientError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PinPad } from '../../components/PinPad';

type Props = {
  /** Sends the new PIN (cards.activate); rejects with the ClientError to show. */
  send: (pin: string) => Promise<void>;
  onCancel?: () => void;
};

/**
 * The customer types a new card PIN twice on the keypad. The first entry waits in a ref of this
 * component for the second (never a store), and both are dropped once compared.
 */
export function SetPinFlow({ send, onCancel }: Props) {
  const { t } = useTranslation();
  const first = useRef<string | null>(null);
  const [step, setStep] = useState<'first' | 'repeat'>('first');
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);

  const entered = async (pin: string) => {
    if (step === 'first') {
      first.current = pin;
      setMismatch(false);
      setStep('repeat');
      return;
    }
    const same = first.current === pin;
    first.current = null;
    setStep('first');
    if (!same) {
      setMismatch(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await send(pin);
    } catch (caught) {
      setError(caught as ClientError);
    } finally {
      setBusy(false);
    }
  };

  const cancel = onCancel === undefined ? undefined : (
    <Button variant="default" onClick={() => { first.current = null; onCancel(); }}>
      {t('cards:cancel')}
    </Button>
  );
  return (
    <Stack gap="sm">
      <Text size="sm">{t(step === 'first' ? 'cards:pin.newHint' : 'cards:pin.repeatHint')}</Text>
      <PinPad
        key={step}
        label={t(step === 'first' ? 'cards:pin.new' : 'cards:pin.repeat')}
        submitLabel={t(step === 'first' ? 'cards:pin.next' : 'cards:pin.set')}
        onSubmit={(pin) => void entered(pin)}
        busy={busy}
        error={mismatch ? t('cards:pin.mismatch') : undefined}
        extraActions={cancel}
        testId="set-pin"
      />
      {error === null ? null : <ErrorAlert error={error} />}
    </Stack>
  );
}
