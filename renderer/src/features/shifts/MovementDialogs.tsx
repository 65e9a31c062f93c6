import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import { CASH_REASON_CHARS_MAX } from '../../../../shared/domain/records/shifts';
import { api } from '../../api/client';
import { AmountKeypad } from '../../components/AmountKeypad';
import { entryMinor } from '../../components/amount-entry';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconInfo } from '../../components/Icons';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { recordMovement, recordNoSale } from './shifts.actions';

type DialogProps = { opened: boolean; onClose: () => void; onDone: (text: string) => void };

function ReasonInput({ value, onChange, invalid }: { value: string; onChange: (text: string) => void; invalid: boolean }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('shifts:movement.reason')}
      description={t('shifts:movement.reasonHint', { max: CASH_REASON_CHARS_MAX })}
      value={value}
      maxLength={CASH_REASON_CHARS_MAX}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={invalid ? t('shifts:movement.reasonRequired') : undefined}
      required
      data-testid="movement-reason"
    />
  );
}

/** Paid in or paid out: the amount on the keypad and why; the drawer's expected cash moves with it. */
export function CashMovementDialog({ kind, currency, onClose, onDone }: Omit<DialogProps, 'opened'> & { kind: 'paid_in' | 'paid_out' | null; currency: string }) {
  const { t, i18n } = useTranslation();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [movementId, setMovementId] = useState(newId);
  const { busy, error, run } = useSubmission();
  const amountMinor = entryMinor(amount, currency);
  const amountOk = amountMinor !== null && amountMinor > 0;
  const reasonOk = reason.trim() !== '';
  const close = () => {
    setAmount('');
    setReason('');
    setChecked(false);
    setMovementId(newId());
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (busy || kind === null || !amountOk || !reasonOk) return;
    let text: string | null = null;
    await run(async () => {
      const answer = await recordMovement(api, { movementId, kind, amountMinor, reason: reason.trim() });
      text = t(`shifts:movement.${kind}.done`, { amount: formatMoney(answer.amountMinor, answer.currency, currentLocale(i18n)) });
    });
    if (text !== null) {
      onDone(text);
      close();
    }
  };

  const edit = (apply: () => void) => { apply(); setMovementId(newId()); };
  return (
    <Modal
      opened={kind !== null}
      onClose={close}
      title={kind === null ? '' : t(`shifts:movement.${kind}.title`)}
      closeButtonProps={{ 'aria-label': t('shifts:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      {kind === null ? null : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <Alert color="gray" variant="light" icon={<IconInfo />}>{t(`shifts:movement.${kind}.hint`)}</Alert>
            <AmountKeypad
              label={t('shifts:movement.amount')}
              currency={currency}
              value={amount}
              onChange={(text) => edit(() => setAmount(text))}
              error={checked && !amountOk ? t('shifts:movement.amountRequired') : undefined}
              testId="movement-amount"
            />
            <ReasonInput value={reason} onChange={(text) => edit(() => setReason(text))} invalid={checked && !reasonOk} />
            {error === null ? null : <ErrorAlert error={error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('shifts:cancel')}</Button>
              <Button type="submit" loading={busy}>{t(`shifts:movement.${kind}.submit`)}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

/** A no-sale drawer opening: only the reason (audited with the staff member). */
export function NoSaleDialog({ opened, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [eventId, setEventId] = useState(newId);
  const { busy, error, run } = useSubmission();
  const reasonOk = reason.trim() !== '';
  const close = () => {
    setReason('');
    setChecked(false);
    setEventId(newId());
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (busy || !reasonOk) return;
    let done = false;
    await run(async () => {
      await recordNoSale(api, { eventId, reason: reason.trim() });
      done = true;
    });
    if (done) {
      onDone(t('shifts:noSale.done'));
      close();
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('shifts:noSale.title')}
      closeButtonProps={{ 'aria-label': t('shifts:close') }}
      lockScroll={false}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Alert color="gray" variant="light" icon={<IconInfo />}>{t('shifts:noSale.hint')}</Alert>
          <ReasonInput value={reason} onChange={(text) => { setReason(text); setEventId(newId()); }} invalid={checked && !reasonOk} />
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('shifts:cancel')}</Button>
            <Button type="submit" loading={busy}>{t('shifts:noSale.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
