import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PrintReceiptButton } from '../../components/receipt/PrintReceiptButton';
import { ReceiptView } from '../../components/receipt/ReceiptView';
import { formatMoney } from '../../lib/format-money';
import type { RefundDone } from './refunds.store';

/** The refund or void just made: core's total, where the money went, and its slip on screen with its Print button. */
export function RefundSlip({ done, locale }: { done: RefundDone; locale: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" data-testid="refund-done" aria-live="polite">
      <Stack gap="sm">
        <Title order={2} size="h3">{t(done.kind === 'void' ? 'refunds:done.voided' : 'refunds:done.refunded')}</Title>
        <Text fz={36} fw={700} className="tb-num" data-testid="refund-total">
          {formatMoney(done.totalMinor, done.currency, locale)}
        </Text>
        {done.tenders.map((tender) => (
          <Text key={tender.tenderId} className="tb-num">
            {t('refunds:done.back', { tender: t(`refunds:tender.${tender.kind}`), amount: formatMoney(tender.amountMinor, done.currency, locale) })}
          </Text>
        ))}
        <PrintReceiptButton receiptId={done.receipt.receiptId} />
        <ReceiptView receipt={done.receipt} />
      </Stack>
    </Paper>
  );
}
