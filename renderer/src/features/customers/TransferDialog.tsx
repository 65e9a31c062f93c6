import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import { parseWalletAddress } from '../../../../shared/domain/wallet-address';
import type { Output } from '../../../../shared/ipc/contract';
import { api } from '../../api/client';
import { AmountKeypad } from '../../components/AmountKeypad';
import { entryMinor } from '../../components/amount-entry';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck } from '../../components/Icons';
import { toClientError } from '../../lib/error-message';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { definiteRefusal } from '../cards/tender-form';
import type { CustomerDetail } from './customers.store';
import { WalletAddressInput } from '../../components/WalletAddressInput';

type Receiver = Output<'wallets.lookup'>;
type Props = { opened: boolean; detail: CustomerDetail; onClose: () => void };

/**
 * Wallet to wallet in one currency: the amount, the receiver's address (its check symbol first,
 * then wallets.lookup names who receives it in the confirmation), then the transfer.
 */
export function TransferDialog({ opened, detail, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const [picked, setPicked] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const [address, setAddress] = useState('');
  const [addressBad, setAddressBad] = useState(false);
  const [receiver, setReceiver] = useState<Receiver | null>(null);
  const [operationId, setOperationId] = useState(newId);
  const [sent, setSent] = useState<string | null>(null);
  const { busy, error, run } = useSubmission();
  const currency = picked ?? detail.balances[0]?.currency ?? '';
  const minor = currency === '' ? null : entryMinor(amount, currency);
  const money = (value: number) => formatMoney(value, currency, locale);

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

  const send = async () => {
    if (busy || receiver === null || minor === null) return;
    await run(async () => {
      try {
        const answer = await api.call('wallets.transfer', { operationId, fromWalletId: detail.wallet.id, toWalletId: receiver.walletId, currency, amountMinor: minor });
        setSent(t('customers:transfer.done', { amount: formatMoney(answer.amountMinor, answer.currency, locale), name: receiver.displayName }));
      } catch (caught) {
        if (definiteRefusal(toClientError(caught).code)) setOperationId(newId());
        throw caught;
      }
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('customers:transfer.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('customers:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      {sent !== null ? (
        <Stack gap="md">
          <Alert color="green" icon={<IconCheck />} role="status" data-testid="transfer-done">{sent}</Alert>
          <Group justify="flex-end"><Button onClick={close}>{t('customers:done')}</Button></Group>
        </Stack>
      ) : receiver === null ? (
        <form onSubmit={(event) => { event.preventDefault(); void review(); }} noValidate>
          <Stack gap="md">
            <NativeSelect
              label={t('customers:wallet.currency')}
              value={currency}
              onChange={(event) => { setPicked(event.currentTarget.value); setAmount(''); }}
              data={detail.balances.map((b) => ({ value: b.currency, label: t('customers:transfer.currencyOption', { currency: b.currency, available: formatMoney(b.availableMinor, b.currency, locale) }) }))}
            />
            <AmountKeypad label={t('customers:transfer.amount')} currency={currency || 'XXX'} value={amount} onChange={setAmount} testId="transfer-amount" />
            <WalletAddressInput
              label={t('customers:transfer.to')}
              description={t('customers:transfer.toHint')}
              value={address}
              onChange={(value) => { setAddress(value); setAddressBad(false); }}
              bad={addressBad}
            />
            {error === null ? null : <ErrorAlert error={error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('customers:cancel')}</Button>
              <Button type="submit" loading={busy} disabled={minor === null || minor <= 0}>{t('customers:transfer.review')}</Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="md">
          <Text size="lg" data-testid="transfer-confirm">
            {t('customers:transfer.confirmText', { amount: minor === null ? '' : money(minor), name: receiver.displayName, address: receiver.addressText })}
          </Text>
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReceiver(null)} disabled={busy}>{t('customers:back')}</Button>
            <Button loading={busy} onClick={() => void send()}>{t('customers:transfer.submit')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
