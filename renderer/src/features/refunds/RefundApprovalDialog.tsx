import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { SEMANTIC } from '../../app/theme';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SecretInput } from '../../components/SecretInput';
import { formatMoney } from '../../lib/format-money';
import { useSubmission } from '../../lib/use-submission';
import { approveAndRefund, approveAndVoid, newRefundId } from './refunds.actions';
import type { SaleDetail } from './refund-selection';

/** What is being approved: a refund of some lines, or the void of the whole sale. */
export type ApprovalRequest =
  | { readonly kind: 'refund'; readonly lines: { lineId: string; quantityMilli: number }[]; readonly amountMinor: number; readonly exact: boolean }
  | { readonly kind: 'void' };

type Props = { sale: SaleDetail; request: ApprovalRequest; locale: string; onClose: () => void };

/**
 * The manager's approval (ui.md §4): names the action, the amount and the sale, takes the
 * manager's code and secret typed by the manager, and returns to the flow. The secret is emptied
 * right after sending; the cashier's screen never shows it. A void first asks for a confirmation
 * that states the amount (a destructive action).
 */
export function RefundApprovalDialog({ sale, request, locale, onClose }: Props) {
  const { t } = useTranslation();
  const [operationId] = useState(newRefundId);
  const [confirmed, setConfirmed] = useState(request.kind === 'refund');
  const [managerCode, setManagerCode] = useState('');
  const [managerSecret, setManagerSecret] = useState('');
  const { busy, error, run } = useSubmission();
  const amountMinor = request.kind === 'refund' ? request.amountMinor : sale.totalMinor;
  const amount = formatMoney(amountMinor, sale.currency, locale);
  const what =
    request.kind === 'void'
      ? t('refunds:approval.whatVoid', { amount, receipt: sale.receiptNumber })
      : t(request.exact ? 'refunds:approval.whatRefund' : 'refunds:approval.whatRefundAtMost', { amount, receipt: sale.receiptNumber, count: request.lines.length });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || managerCode.trim() === '' || managerSecret === '') return;
    const approver = { managerCode: managerCode.trim(), managerSecret };
    setManagerSecret('');
    let done = false;
    await run(async () => {
      if (request.kind === 'void') await approveAndVoid(api, { saleId: sale.saleId, voidId: operationId }, approver);
      else await approveAndRefund(api, { saleId: sale.saleId, refundId: operationId, lines: request.lines }, approver);
      done = true;
    });
    if (done) onClose();
  };

  const title = t(request.kind === 'void' ? 'refunds:approval.titleVoid' : 'refunds:approval.titleRefund');
  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('refunds:close') }} lockScroll={false}>
      {!confirmed ? (
        <Stack gap="md">
          <Alert color={SEMANTIC.danger} title={t('refunds:void.confirmTitle')}>
            <Text data-testid="void-consequence">{t('refunds:void.consequence', { amount, receipt: sale.receiptNumber, lines: sale.lines.length })}</Text>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('refunds:cancel')}</Button>
            <Button color={SEMANTIC.danger} variant="light" onClick={() => setConfirmed(true)}>{t('refunds:void.confirm', { amount })}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <Text fw={600} data-testid="approval-what">{what}</Text>
            <Text size="sm" c="dimmed">{t('refunds:approval.hint')}</Text>
            <TextInput
              label={t('refunds:approval.code')}
              value={managerCode}
              onChange={(event) => setManagerCode(event.currentTarget.value)}
              autoComplete="off"
              spellCheck={false}
              required
              data-autofocus
            />
            <SecretInput
              label={t('refunds:approval.secret')}
              value={managerSecret}
              onChange={(event) => setManagerSecret(event.currentTarget.value)}
              autoComplete="off"
              required
            />
            {error === null ? null : <ErrorAlert error={error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>{t('refunds:cancel')}</Button>
              <Button type="submit" loading={busy} disabled={managerCode.trim() === '' || managerSecret === ''}>
                {t(request.kind === 'void' ? 'refunds:approval.submitVoid' : 'refunds:approval.submitRefund')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
