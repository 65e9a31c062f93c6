import { Button, Group, Modal, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import type { Output } from '../../../../shared/ipc/contract';
import { api } from '../../api/client';
import { AmountKeypad } from '../../components/AmountKeypad';
import { entryMinor } from '../../components/amount-entry';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { toClientError } from '../../lib/error-message';
import { definiteRefusal } from '../cards/tender-form';
import { convert, loadRates } from './fx.actions';
import { formatBps } from './fx-format';
import { useFxStore } from './fx.store';

type Balance = Output<'customers.get'>['balances'][number];
type Receipt = Output<'wallets.convert'>;

type Props = { opened: boolean; walletId: string; balances: readonly Balance[]; onClose: () => void };

/**
 * Converts inside a wallet at the pair's current rate: the amount to take from one currency,
 * a confirmation naming the rate, its source and fee, then the receipt with every figure main
 * computed (debited = converted + fee; credited = converted at the rate). The screen computes
 * none of them.
 */
export function ConvertDialog({ opened, walletId, balances, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const rates = useFxStore((state) => state.rates);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const [step, setStep] = useState<'enter' | 'confirm' | 'receipt'>('enter');
  const [operationId, setOperationId] = useState(newId);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const { busy, error, run } = useSubmission();

  useEffect(() => {
    if (opened) void loadRates(api);
  }, [opened]);

  const fromCurrency = from ?? balances[0]?.currency ?? '';
  const pairs = (rates ?? []).filter((rate) => rate.base === fromCurrency);
  const toCurrency = to !== null && pairs.some((rate) => rate.quote === to) ? to : (pairs[0]?.quote ?? '');
  const rate = pairs.find((r) => r.quote === toCurrency) ?? null;
  const minor = fromCurrency === '' ? null : entryMinor(amount, fromCurrency);
  const money = (value: number, currency: string) => formatMoney(value, currency, locale);

  const close = () => {
    setAmount('');
    setStep('enter');
    setReceipt(null);
    setOperationId(newId());
    onClose();
  };

  const confirm = async () => {
    if (busy || minor === null || rate === null) return;
    await run(async () => {
      try {
        setReceipt(await convert(api, { operationId, walletId, fromCurrency, toCurrency, debitMinor: minor }));
        setStep('receipt');
      } catch (caught) {
        if (definiteRefusal(toClientError(caught).code)) setOperationId(newId());
        throw caught;
      }
    });
  };

  const row = (label: string, value: string, testId?: string) => (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td className="tb-num" data-testid={testId}>{value}</Table.Td>
    </Table.Tr>
  );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('fx:convert.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('fx:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      {step === 'enter' ? (
        <form onSubmit={(event) => { event.preventDefault(); if (minor !== null && minor > 0 && rate !== null) setStep('confirm'); }} noValidate>
          <Stack gap="md">
            <Group grow>
              <NativeSelect
                label={t('fx:convert.from')}
                value={fromCurrency}
                onChange={(event) => { setFrom(event.currentTarget.value); setAmount(''); }}
                data={balances.map((b) => ({ value: b.currency, label: t('fx:convert.fromOption', { currency: b.currency, available: money(b.availableMinor, b.currency) }) }))}
              />
              <NativeSelect
                label={t('fx:convert.to')}
                value={toCurrency}
                onChange={(event) => setTo(event.currentTarget.value)}
                data={pairs.map((r) => r.quote)}
                disabled={pairs.length === 0}
              />
            </Group>
            {pairs.length === 0 && rates !== null ? <Text c="dimmed">{t('fx:convert.noRate', { currency: fromCurrency })}</Text> : null}
            {rate === null ? null : (
              <Text size="sm" data-testid="convert-rate">
                {t('fx:convert.rateLine', { base: rate.base, quote: rate.quote, rate: rate.rateText, fee: formatBps(rate.feeBps, locale), source: rate.source })}
              </Text>
            )}
            <AmountKeypad label={t('fx:convert.amount')} currency={fromCurrency || 'XXX'} value={amount} onChange={setAmount} testId="convert-amount" />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('fx:cancel')}</Button>
              <Button type="submit" disabled={minor === null || minor <= 0 || rate === null}>{t('fx:convert.review')}</Button>
            </Group>
          </Stack>
        </form>
      ) : null}
      {step === 'confirm' && minor !== null && rate !== null ? (
        <Stack gap="md">
          <Text size="lg" data-testid="convert-confirm">
            {t('fx:convert.confirmText', { amount: money(minor, fromCurrency), to: toCurrency, rate: rate.rateText, fee: formatBps(rate.feeBps, locale) })}
          </Text>
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setStep('enter')} disabled={busy}>{t('fx:back')}</Button>
            <Button loading={busy} onClick={() => void confirm()}>{t('fx:convert.confirm')}</Button>
          </Group>
        </Stack>
      ) : null}
      {step === 'receipt' && receipt !== null ? (
        <Stack gap="md" data-testid="convert-receipt">
          <Text fw={600} size="lg">{t('fx:convert.receiptTitle')}</Text>
          <Table verticalSpacing="xs">
            <Table.Tbody>
              {row(t('fx:receipt.debited'), money(receipt.debitedMinor, receipt.fromCurrency), 'convert-debited')}
              {row(t('fx:receipt.fee'), money(receipt.feeMinor, receipt.fromCurrency), 'convert-fee')}
              {row(t('fx:receipt.converted'), money(receipt.convertedMinor, receipt.fromCurrency))}
              {row(t('fx:receipt.rate'), t('fx:receipt.rateValue', { base: receipt.fromCurrency, quote: receipt.toCurrency, rate: receipt.rateText }))}
              {row(t('fx:receipt.credited'), money(receipt.creditedMinor, receipt.toCurrency), 'convert-credited')}
              {row(t('fx:receipt.source'), t('fx:receipt.sourceValue', { source: receipt.rateSource, time: formatDateTime(receipt.rateAsOfMs, locale) }))}
              {row(t('fx:receipt.rounding'), t(`fx:rounding.${receipt.roundingMode}`))}
              {row(t('fx:receipt.time'), formatDateTime(receipt.atMs, locale))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end"><Button onClick={close}>{t('fx:done')}</Button></Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
