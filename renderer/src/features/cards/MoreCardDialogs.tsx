import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import { parseWalletAddress } from '../../../../shared/domain/wallet-address';
import type { Output } from '../../../../shared/ipc/contract';
import type { CardView } from '../../../../shared/ipc/contract/cards-schemas';
import { api } from '../../api/client';
import type { ClientError } from '../../api/client';
import { AmountKeypad } from '../../components/AmountKeypad';
import { entryFromMinor, entryMinor } from '../../components/amount-entry';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck } from '../../components/Icons';
import { PinPad } from '../../components/PinPad';
import { toClientError } from '../../lib/error-message';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { refreshCard } from './cards.actions';
import { maskedShort } from './card-format';
import { SetPinFlow } from './SetPinFlow';
import { definiteRefusal } from './tender-form';
import { WalletAddressInput } from '../../components/WalletAddressInput';

const modalProps = (t: (key: string) => string) => ({
  closeButtonProps: { 'aria-label': t('cards:close') },
  // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
  lockScroll: false,
});

function Done({ text, onClose, testId }: { text: string; onClose: () => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="green" icon={<IconCheck />} role="status" data-testid={testId}>{text}</Alert>
      <Group justify="flex-end"><Button onClick={onClose}>{t('cards:done')}</Button></Group>
    </Stack>
  );
}

/** The holder changes their PIN: the old one on the keypad, then the new one twice. */
export function ChangePinDialog({ card, onClose }: { card: CardView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const old = useRef<string | null>(null);
  const [step, setStep] = useState<'old' | 'new' | 'done'>('old');
  const [error, setError] = useState<ClientError | null>(null);
  const close = () => {
    old.current = null;
    setStep('old');
    setError(null);
    onClose();
  };
  const send = async (newPin: string) => {
    if (card === null || old.current === null) return;
    const oldPin = old.current;
    old.current = null;
    try {
      await api.call('cards.changePin', { cardId: card.id, oldPin, newPin });
      setStep('done');
    } catch (caught) {
      setError(toClientError(caught));
      setStep('old'); // a wrong old PIN counts as a wrong try: start again from it
      void refreshCard(api, card.id).catch(() => undefined);
    }
  };
  return (
    <Modal opened={card !== null} onClose={close} title={t('cards:changePin.title', { card: card === null ? '' : maskedShort(card.last4) })} {...modalProps(t)}>
      {step === 'old' ? (
        <Stack gap="sm">
          {error === null ? null : <ErrorAlert error={error} />}
          <PinPad
            label={t('cards:changePin.old')}
            submitLabel={t('cards:pin.next')}
            onSubmit={(pin) => { old.current = pin; setError(null); setStep('new'); }}
            testId="old-pin"
          />
        </Stack>
      ) : null}
      {step === 'new' ? <SetPinFlow send={send} onCancel={close} /> : null}
      {step === 'done' ? <Done text={t('cards:changePin.done')} onClose={close} testId="pin-changed" /> : null}
    </Modal>
  );
}

type Receiver = Output<'wallets.lookup'>;

/** Card → a wallet in the card's currency, with the holder's PIN (it counts against the card's limits). */
export function CardToWalletDialog({ card, onClose }: { card: CardView | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const [amount, setAmount] = useState('');
  const [address, setAddress] = useState('');
  const [addressBad, setAddressBad] = useState(false);
  const [receiver, setReceiver] = useState<Receiver | null>(null);
  const [operationId, setOperationId] = useState(newId);
  const [sent, setSent] = useState<string | null>(null);
  const { busy, error, run } = useSubmission();
  const currency = card?.currency ?? 'XXX';
  const minor = entryMinor(amount, currency);
  const close = () => {
    setAmount('');
    setAddress('');
    setReceiver(null);
    setSent(null);
    setOperationId(newId());
    onClose();
  };
  const review = async () => {
    const parsed = parseWalletAddress(address);
    setAddressBad(!parsed.ok);
    if (!parsed.ok || minor === null || minor <= 0) return;
    await run(async () => setReceiver(await api.call('wallets.lookup', { address: parsed.value })));
  };
  const send = async (pin: string) => {
    if (card === null || receiver === null || minor === null) return;
    await run(async () => {
      try {
        const answer = await api.call('cards.transferToWallet', { operationId, cardId: card.id, pin, toWalletId: receiver.walletId, amountMinor: minor });
        setSent(t('cards:toWallet.done', { amount: formatMoney(answer.amountMinor, answer.currency, locale), name: receiver.displayName }));
      } catch (caught) {
        if (definiteRefusal(toClientError(caught).code)) setOperationId(newId());
        throw caught;
      }
    });
  };
  return (
    <Modal opened={card !== null} onClose={close} title={t('cards:toWallet.title', { card: card === null ? '' : maskedShort(card.last4) })} size="lg" {...modalProps(t)}>
      {sent !== null ? <Done text={sent} onClose={close} testId="to-wallet-done" /> : receiver === null ? (
        <form onSubmit={(event) => { event.preventDefault(); void review(); }} noValidate>
          <Stack gap="md">
            <AmountKeypad label={t('cards:toWallet.amount')} currency={currency} value={amount} onChange={setAmount} testId="to-wallet-amount" />
            <WalletAddressInput
              label={t('cards:toWallet.to')}
              value={address}
              onChange={(value) => { setAddress(value); setAddressBad(false); }}
              bad={addressBad}
            />
            {error === null ? null : <ErrorAlert error={error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('cards:cancel')}</Button>
              <Button type="submit" loading={busy} disabled={minor === null || minor <= 0}>{t('cards:toWallet.review')}</Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="md">
          <Text size="lg">{t('cards:toWallet.confirmText', { amount: minor === null ? '' : formatMoney(minor, currency, locale), name: receiver.displayName, address: receiver.addressText })}</Text>
          {error === null ? null : <ErrorAlert error={error} />}
          <PinPad label={t('cards:charge.pin')} submitLabel={t('cards:toWallet.submit')} onSubmit={(pin) => void send(pin)} busy={busy} testId="to-wallet-pin" />
        </Stack>
      )}
    </Modal>
  );
}

export type RefundTarget = { readonly card: CardView; readonly paymentOperationId: string; readonly paidMinor: number };

/** Money back onto the card against one payment (its capture's operation id), in full or in part. */
export function RefundDialog({ target, onClose }: { target: RefundTarget | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const currency = target?.card.currency ?? 'XXX';
  const [amount, setAmount] = useState<string | null>(null);
  const [operationId, setOperationId] = useState(newId);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useSubmission();
  const text = amount ?? (target === null ? '' : entryFromMinor(target.paidMinor, currency));
  const minor = entryMinor(text, currency);
  const close = () => {
    setAmount(null);
    setDone(null);
    setOperationId(newId());
    onClose();
  };
  const refund = async () => {
    if (busy || target === null || minor === null || minor <= 0) return;
    await run(async () => {
      try {
        const answer = await api.call('cards.refund', { operationId, paymentOperationId: target.paymentOperationId, amountMinor: minor });
        setDone(t('cards:refund.done', { amount: formatMoney(answer.amountMinor, currency, locale), left: formatMoney(answer.refundableMinor, currency, locale) }));
      } catch (caught) {
        if (definiteRefusal(toClientError(caught).code)) setOperationId(newId());
        throw caught;
      }
    });
  };
  return (
    <Modal opened={target !== null} onClose={close} title={t('cards:refund.title', { card: target === null ? '' : maskedShort(target.card.last4) })} size="lg" {...modalProps(t)}>
      {done !== null ? <Done text={done} onClose={close} testId="refund-done" /> : (
        <form onSubmit={(event) => { event.preventDefault(); void refund(); }} noValidate>
          <Stack gap="md">
            <Text>{t('cards:refund.of', { amount: target === null ? '' : formatMoney(target.paidMinor, currency, locale) })}</Text>
            <AmountKeypad label={t('cards:refund.amount')} currency={currency} value={text} onChange={setAmount} testId="refund-amount" />
            {error === null ? null : <ErrorAlert error={error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('cards:cancel')}</Button>
              <Button type="submit" loading={busy} disabled={minor === null || minor <= 0}>{t('cards:refund.submit')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
