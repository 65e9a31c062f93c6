import { Button, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ClientError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PinPad } from '../../components/PinPad';
import { takeCard } from './checkout.actions';
import type { CardEntry } from './checkout.actions';
import { useMoney } from './sell-format';
import { useFirstFieldFocus, useTenderAmount } from './TenderForms';
import type { TenderFormProps } from './TenderForms';
import { AmountKeypad } from '../../components/AmountKeypad';

/** A typed number (digits, spaces or dashes between groups) or a reader's raw track data. */
function entryOf(raw: string): CardEntry {
  const digits = raw.replace(/[\s-]/g, '');
  return /^[0-9]{12,19}$/.test(digits) ? { by: 'pan', pan: digits } : { by: 'scan', scannedPan: raw };
}

/**
 * Tillbook card: the card scanned (its field takes the reader's burst) or its number typed, then
 * the customer's PIN on the masked pad. The number stays in this form's state only; the PIN in
 * the pad's, sent once. After a wrong PIN the remaining tries are shown and the pad is empty.
 */
export function CardTender(props: TenderFormProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const amount = useTenderAmount(props);
  const [number, setNumber] = useState('');
  const [step, setStep] = useState<'card' | 'pin'>('card');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [triesLeft, setTriesLeft] = useState<number | null>(null);
  const formRef = useFirstFieldFocus();

  const pay = async (pin: string) => {
    if (amount.minor === null || busy) return;
    setBusy(true);
    setError(null);
    const outcome = await takeCard(api, entryOf(number.trim()), pin, amount.minor);
    setBusy(false);
    if (outcome.ok) {
      setNumber('');
      props.onDone();
      return;
    }
    setError(new ClientError(outcome.code as ClientError['code'], outcome.code));
    setTriesLeft(outcome.triesLeft);
    // a card that was not found or not readable: back to the number
    if (outcome.code !== 'wrong_pin' && outcome.code !== 'insufficient_funds' && outcome.code !== 'card_limit_exceeded') setStep('card');
  };

  if (step === 'card') {
    return (
      <form
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          if (number.trim() !== '' && amount.minor !== null) setStep('pin');
        }}
        noValidate
      >
        {props.split ? (
          <AmountKeypad label={t('sell:tender.amount')} currency={props.currency} value={amount.text} onChange={amount.setText} testId="tender-amount" />
        ) : null}
        <TextInput
          label={t('sell:card.number')}
          description={t('sell:card.numberHint')}
          value={number}
          onChange={(event) => setNumber(event.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
          inputMode="numeric"
          size="lg"
          data-scan-target
          data-testid="card-number-input"
          mt="sm"
        />
        {error === null ? null : <ErrorAlert error={error} />}
        <Button type="submit" h={48} mt="md" fullWidth disabled={number.trim() === '' || amount.minor === null}>{t('sell:card.next')}</Button>
      </form>
    );
  }

  return (
    <>
      {error !== null && !(error.code === 'wrong_pin' && triesLeft !== null) ? <ErrorAlert error={error} /> : null}
      <PinPad
        label={t('sell:card.pin')}
        submitLabel={t('sell:card.charge', { amount: money(amount.minor ?? 0, props.currency) })}
        onSubmit={(pin) => void pay(pin)}
        busy={busy}
        description={triesLeft === null || error?.code !== 'wrong_pin' ? t('sell:card.pinHint') : (
          <Text component="span" role="status" fw={500} data-testid="pin-tries-left">{t('sell:card.triesLeft', { count: triesLeft })}</Text>
        )}
        extraActions={<Button variant="default" onClick={() => setStep('card')}>{t('sell:cancel')}</Button>}
        testId="card-pin"
      />
    </>
  );
}
