import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import type { Tender } from '../../../../shared/domain/tender';
import { AmountKeypad } from '../../components/AmountKeypad';
import { entryMinor } from '../../components/amount-entry';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { toClientError } from '../../lib/error-message';
import { definiteRefusal, emptyTender, tenderOf } from './tender-form';
import type { TenderForm } from './tender-form';
import { TenderFields } from './TenderFields';

export type TopUpReceipt = {
  readonly operationId: string;
  readonly atMs: number;
  readonly amountMinor: number;
  readonly currency: string;
  readonly tenderKind: Tender['kind'];
  /** The balance after it, as main computed it. */
  readonly balanceMinor: number;
  readonly replayed: boolean;
};

type Props = {
  opened: boolean;
  onClose: () => void;
  /** Who receives the money, in words ("•••• 1234 — Chen Mei"). */
  target: string;
  currency: string;
  send: (operationId: string, amountMinor: number, tender: Tender) => Promise<TopUpReceipt>;
};

type Step = 'enter' | 'confirm' | 'receipt';

/**
 * Top up (ui.md §3–4): amount on the keypad and the tender, a confirmation that states both,
 * then the receipt on screen. One operation id per top-up, kept across retries, so a repeat after
 * a lost reply is answered with the first outcome instead of paying in twice.
 */
export function TopUpDialog({ opened, onClose, target, currency, send }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const [amount, setAmount] = useState('');
  const [tenderForm, setTenderForm] = useState<TenderForm>(emptyTender);
  const [checked, setChecked] = useState(false);
  const [operationId, setOperationId] = useState(newId);
  const [step, setStep] = useState<Step>('enter');
  const [receipt, setReceipt] = useState<TopUpReceipt | null>(null);
  const { busy, error, run } = useSubmission();
  const minor = entryMinor(amount, currency);
  const tender = tenderOf(tenderForm);
  const money = (value: number) => formatMoney(value, currency, locale);

  const close = () => {
    setAmount('');
    setTenderForm(emptyTender());
    setChecked(false);
    setStep('enter');
    setReceipt(null);
    setOperationId(newId());
    onClose();
  };

  const review = () => {
    setChecked(true);
    if (minor !== null && minor > 0 && tender !== null) setStep('confirm');
  };

  const confirm = async () => {
    if (busy || minor === null || tender === null) return;
    await run(async () => {
      try {
        setReceipt(await send(operationId, minor, tender));
        setStep('receipt');
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
      title={t('cards:topUp.title', { target })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('cards:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      {step === 'enter' ? (
        <form onSubmit={(event) => { event.preventDefault(); review(); }} noValidate>
          <Stack gap="md">
            <AmountKeypad
              label={t('cards:topUp.amount')}
              currency={currency}
              value={amount}
              onChange={setAmount}
              error={checked && (minor === null || minor <= 0) ? t('cards:topUp.amountRequired') : undefined}
              testId="topup-amount"
            />
            <TenderFields form={tenderForm} update={(patch) => setTenderForm((prev) => ({ ...prev, ...patch }))} invalid={checked && tender === null} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('cards:cancel')}</Button>
              <Button type="submit">{t('cards:topUp.review')}</Button>
            </Group>
          </Stack>
        </form>
      ) : null}
      {step === 'confirm' && minor !== null && tender !== null ? (
        <Stack gap="md">
          <Text size="lg" data-testid="topup-confirm">
            {t('cards:topUp.confirmText', { amount: money(minor), target, tender: t(`cards:tender.${tender.kind}`) })}
          </Text>
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setStep('enter')} disabled={busy}>{t('cards:back')}</Button>
            <Button loading={busy} onClick={() => void confirm()}>{t('cards:topUp.confirm', { amount: money(minor) })}</Button>
          </Group>
        </Stack>
      ) : null}
      {step === 'receipt' && receipt !== null ? (
        <Stack gap="md" data-testid="topup-receipt">
          <Text fw={600} size="lg">{t(receipt.replayed ? 'cards:topUp.receiptRepeat' : 'cards:topUp.receiptTitle')}</Text>
          <Table verticalSpacing="xs">
            <Table.Tbody>
              <Table.Tr><Table.Th scope="row">{t('cards:receipt.to')}</Table.Th><Table.Td>{target}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th scope="row">{t('cards:receipt.amount')}</Table.Th><Table.Td className="tb-num" fw={700}>{money(receipt.amountMinor)}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th scope="row">{t('cards:receipt.tender')}</Table.Th><Table.Td>{t(`cards:tender.${receipt.tenderKind}`)}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th scope="row">{t('cards:receipt.balance')}</Table.Th><Table.Td className="tb-num">{money(receipt.balanceMinor)}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th scope="row">{t('cards:receipt.time')}</Table.Th><Table.Td className="tb-num">{formatDateTime(receipt.atMs, locale)}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th scope="row">{t('cards:receipt.operation')}</Table.Th><Table.Td ff="monospace" fz="xs">{receipt.operationId}</Table.Td></Table.Tr>
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Button onClick={close}>{t('cards:done')}</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
