import { Button, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PrintReceiptButton } from '../../components/receipt/PrintReceiptButton';
import { ReceiptView } from '../../components/receipt/ReceiptView';
import type { CompletedSale } from './checkout.store';
import { useMoney } from './sell-format';
import { SHORTCUTS } from './use-sell-shortcuts';

/**
 * The finished sale: the change due as large as the total was, on its own (ui.md §2), the
 * receipt on screen and its Print button (the first printout is the original, later ones say
 * COPY). It stays until the next sale starts (New sale, or the next item added).
 */
export function SaleDone({ sale, onNext }: { sale: CompletedSale; onNext: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const { currency } = sale.receipt;
  return (
    <Stack gap="md" className="tb-sell-cart" component="section" aria-labelledby="sell-done-title" data-testid="sale-done">
      <Title order={2} size="h3" id="sell-done-title">{t('sell:done.title')}</Title>
      <Paper withBorder p="lg" radius="md" ta="center" role="status">
        <Text fz={24} fw={600}>{sale.changeMinor > 0 ? t('sell:done.change') : t('sell:done.noChange')}</Text>
        {sale.changeMinor > 0 ? (
          <Text fz={64} fw={800} lh={1.1} className="tb-num" data-testid="change-due">{money(sale.changeMinor, currency)}</Text>
        ) : null}
        <Text c="dimmed" mt="xs" data-testid="receipt-number">{t('sell:done.receiptNo', { number: sale.receipt.receiptNumber })}</Text>
      </Paper>
      <Button h={56} fz="lg" onClick={onNext} aria-keyshortcuts={SHORTCUTS.newSale} data-testid="next-sale">
        {t('sell:done.next')}
        <Kbd aria-hidden="true" ml="xs">{SHORTCUTS.newSale}</Kbd>
      </Button>
      <PrintReceiptButton receiptId={sale.receipt.receiptId} />
      <div className="tb-sell-receipt" tabIndex={0} role="region" aria-label={t('sell:done.receipt')} data-testid="sale-receipt">
        <ReceiptView receipt={sale.receipt} />
      </div>
    </Stack>
  );
}
