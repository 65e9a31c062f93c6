import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { PricedCart } from '../../../../shared/domain/sales/priced-cart';
import { rateText, useMoney } from './sell-format';

/**
 * The cart's figures as core computed them: subtotal, discounts, one row per tax rate, and the
 * total due as the largest text of the screen (ui.md §2). The cash-rounded total shows only
 * where the currency rounds cash.
 */
export function CartTotals({ priced }: { priced: PricedCart }) {
  const { t } = useTranslation();
  const money = useMoney();
  const { currency } = priced;
  const row = (label: string, amountMinor: number, testId?: string, negative = false) => (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text size="sm">{label}</Text>
      <Text size="sm" className="tb-num" {...(negative ? { c: 'var(--mantine-color-green-light-color)' } : {})} data-testid={testId}>
        {negative ? `−${money(amountMinor, currency)}` : money(amountMinor, currency)}
      </Text>
    </Group>
  );
  return (
    <Stack gap={2} data-testid="cart-totals">
      {row(t('sell:cart.subtotal'), priced.subtotalMinor, 'cart-subtotal')}
      {priced.discountMinor > 0 ? row(t('sell:cart.discount'), priced.discountMinor, 'cart-discount', true) : null}
      <div role="group" aria-label={t('sell:cart.taxSummary')}>
        {priced.taxes.map((tax) => (
          <Group key={`${tax.taxClass}-${tax.rateBp}`} justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" c="dimmed">
              {t(priced.pricesIncludeTax ? 'sell:cart.taxIncluded' : 'sell:cart.tax', { rate: rateText(tax.rateBp) })}
            </Text>
            <Text size="sm" c="dimmed" className="tb-num">{money(tax.taxMinor, currency)}</Text>
          </Group>
        ))}
      </div>
      <Group justify="space-between" align="baseline" wrap="nowrap" mt={4}>
        <Text fz={22} fw={600}>{t('sell:cart.total')}</Text>
        <Text fz={44} fw={800} lh={1.1} className="tb-num" data-testid="cart-total" aria-live="polite">
          {money(priced.totalMinor, currency)}
        </Text>
      </Group>
      {priced.cashRoundingMinor !== 0 ? row(t('sell:cart.cashTotal'), priced.cashTotalMinor, 'cart-cash-total') : null}
    </Stack>
  );
}
