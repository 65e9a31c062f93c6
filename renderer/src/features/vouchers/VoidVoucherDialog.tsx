import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import { VOUCHER_VOID_REASONS } from '../../../../shared/domain/records/vouchers';
import { api } from '../../api/client';
import { SEMANTIC } from '../../app/theme';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { voidVoucher } from './vouchers.actions';

type Reason = (typeof VOUCHER_VOID_REASONS)[number];

/** A manager voids an unsold, or a sold but unredeemed, voucher, with the reason. */
export function VoidVoucherDialog({ opened, onClose, onVoided }: { opened: boolean; onClose: () => void; onVoided: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState('');
  const [reason, setReason] = useState<Reason>('damaged');
  const [operationId, setOperationId] = useState(newId);
  const { busy, error, run } = useSubmission();
  const close = () => {
    setCode('');
    setOperationId(newId());
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || code.trim() === '') return;
    let text: string | null = null;
    await run(async () => {
      const answer = await voidVoucher(api, { operationId, voucher: { code: code.trim() }, reason });
      const released = formatMoney(answer.releasedMinor, answer.currency, currentLocale(i18n));
      text = t(answer.wasSold ? 'vouchers:void.doneSold' : 'vouchers:void.doneUnsold', { serial: answer.serial, amount: released });
    });
    if (text !== null) {
      onVoided(text);
      close();
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('vouchers:void.title')}
      closeButtonProps={{ 'aria-label': t('vouchers:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('vouchers:fields.code')}
            description={t('vouchers:void.hint')}
            value={code}
            onChange={(event) => { setCode(event.currentTarget.value); setOperationId(newId()); }}
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-scan-target
            required
            data-autofocus
          />
          <NativeSelect
            label={t('vouchers:void.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value as Reason)}
            data={VOUCHER_VOID_REASONS.map((value) => ({ value, label: t(`vouchers:void.reasons.${value}`) }))}
          />
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('vouchers:cancel')}</Button>
            <Button type="submit" color={SEMANTIC.danger} variant="light" loading={busy}>{t('vouchers:void.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
