import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import type { CardView } from '../../../../shared/ipc/contract/cards-schemas';
import { api } from '../../api/client';
import type { ClientError } from '../../api/client';
import { AmountKeypad } from '../../components/AmountKeypad';
import { entryMinor } from '../../components/amount-entry';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck } from '../../components/Icons';
import { PinPad } from '../../components/PinPad';
import { toClientError } from '../../lib/error-message';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import { chargeCard, refreshCard } from './cards.actions';
import type { ChargeIds } from './cards.actions';
import { maskedShort } from './card-format';
import { definiteRefusal } from './tender-form';

type Props = { card: CardView | null; onClose: () => void };

const freshIds = (): ChargeIds => ({ authorizeId: newId(), captureId: newId() });

/**
 * A payment with the card at the counter: the amount, then the customer's PIN on the keypad;
 * approved (the amount taken) or declined with the reason and, after a wrong PIN, the tries left.
 */
export function ChargeDialog({ card, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const [amount, setAmount] = useState('');
  const [step, setStep] = useState<'amount' | 'pin' | 'done'>('amount');
  const [ids, setIds] = useState(freshIds);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [triesLeft, setTriesLeft] = useState<number | null>(null);
  const [taken, setTaken] = useState<number | null>(null);
  const currency = card?.currency ?? 'XXX';
  const minor = card === null ? null : entryMinor(amount, currency);

  const close = () => {
    setAmount('');
    setStep('amount');
    setIds(freshIds());
    setError(null);
    setTriesLeft(null);
    setTaken(null);
    onClose();
  };

  const pay = async (pin: string) => {
    if (card === null || minor === null) return;
    setBusy(true);
    setError(null);
    try {
      const capture = await chargeCard(api, ids, card.id, minor, pin);
      setTaken(capture.amountMinor);
      setStep('done');
    } catch (caught) {
      const failure = toClientError(caught);
      setError(failure);
      if (definiteRefusal(failure.code)) setIds(freshIds());
      if (failure.code === 'wrong_pin' || failure.code === 'pin_blocked') {
        const now = await refreshCard(api, card.id).catch(() => null);
        setTriesLeft(now === null ? null : now.card.pinTriesLeft);
      }
    } finally {
      setBusy(false);
    }
  };

  const blocked = error?.code === 'pin_blocked';
  return (
    <Modal
      opened={card !== null}
      onClose={close}
      title={t('cards:charge.title', { card: card === null ? '' : maskedShort(card.last4) })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('cards:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      {step === 'amount' && card !== null ? (
        <form onSubmit={(event) => { event.preventDefault(); if (minor !== null && minor > 0) setStep('pin'); }} noValidate>
          <Stack gap="md">
            <AmountKeypad label={t('cards:charge.amount')} currency={currency} value={amount} onChange={setAmount} testId="charge-amount" />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('cards:cancel')}</Button>
              <Button type="submit" disabled={minor === null || minor <= 0}>{t('cards:charge.toPin')}</Button>
            </Group>
          </Stack>
        </form>
      ) : null}
      {step === 'pin' && card !== null && minor !== null ? (
        <Stack gap="md">
          <Text size="lg" fw={600} data-testid="charge-due">{t('cards:charge.due', { amount: formatMoney(minor, currency, locale) })}</Text>
          {error === null ? null : <ErrorAlert error={error} />}
          {triesLeft !== null && !blocked ? (
            <Text role="status" fw={500} data-testid="pin-tries-left">{t('cards:pin.triesLeft', { count: triesLeft })}</Text>
          ) : null}
          {blocked ? (
            <Group justify="flex-end"><Button onClick={close}>{t('cards:done')}</Button></Group>
          ) : (
            <PinPad
              label={t('cards:charge.pin')}
              submitLabel={t('cards:charge.pay', { amount: formatMoney(minor, currency, locale) })}
              onSubmit={(pin) => void pay(pin)}
              busy={busy}
              extraActions={<Button variant="default" onClick={() => setStep('amount')} disabled={busy}>{t('cards:back')}</Button>}
              testId="charge-pin"
            />
          )}
        </Stack>
      ) : null}
      {step === 'done' && taken !== null ? (
        <Stack gap="md">
          <Alert color="green" icon={<IconCheck />} role="status" data-testid="charge-approved">
            {t('cards:charge.approved', { amount: formatMoney(taken, currency, locale) })}
          </Alert>
          <Group justify="flex-end"><Button onClick={close}>{t('cards:done')}</Button></Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
