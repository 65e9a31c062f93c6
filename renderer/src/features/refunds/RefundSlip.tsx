import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatMoney } from '../../lib/format-money';
import type { RefundDone } from './refunds.store';

/** The refund or void just made: core's total, where the money went, and its slip on screen. */
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
        <Text size="sm" c="dimmed" data-testid="refund-receipt-number">{t('refunds:done.receipt', { receipt: done.receipt.receiptNumber })}</Text>
        {done.receipt.lines.map((line, index) => (
          <Text key={`${index}:${line.name}`} size="sm" className="tb-num">
            {line.name} · {formatMoney(line.totalMinor, done.currency, locale)}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
