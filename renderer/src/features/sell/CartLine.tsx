import { ActionIcon, Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import type { PricedLine } from '../../../../shared/domain/sales/priced-cart';
import { quantityText, useMoney } from './sell-format';

type Props = {
  line: PricedLine;
  currency: string;
  /** Stable callbacks (made once by the cart), keyed by line id. */
  onStep: (lineId: string, deltaMilli: number) => void;
  onEdit: (lineId: string) => void;
};

/**
 * One priced line's content (its row, the list item, is CartLines'), every figure as core
 * returned it. Memoised by the line's own values: a new
 * PricedCart after adding an item brings new objects for every line, but only the lines whose
 * figures changed render again (the 200-line budget of issue 9 §9).
 */
function CartLineView({ line, currency, onStep, onEdit }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <>
      <UnstyledButton className="tb-sell-line-name" onClick={() => onEdit(line.lineId)}>
        <Text fw={600} lineClamp={2}>{line.name}</Text>
        <Text size="sm" c="dimmed" className="tb-num">{t('sell:cart.each', { price: money(line.unitPriceMinor, currency) })}</Text>
        <Group gap={6}>
          {line.overridden ? <Badge variant="light" color="orange">{t('sell:cart.overridden')}</Badge> : null}
          {line.discountMinor > 0 ? (
            <Badge variant="light" color="green" className="tb-num">{t('sell:cart.discounted', { amount: money(line.discountMinor, currency) })}</Badge>
          ) : null}
        </Group>
      </UnstyledButton>
      <Group gap={4} wrap="nowrap">
        <ActionIcon variant="default" size={48} tabIndex={-1} aria-label={t('sell:cart.less', { name: line.name })} onClick={() => onStep(line.lineId, -1000)}>
          −
        </ActionIcon>
        <Text miw={40} ta="center" fw={600} className="tb-num" data-testid="line-quantity">{quantityText(line.quantityMilli)}</Text>
        <ActionIcon variant="default" size={48} tabIndex={-1} aria-label={t('sell:cart.more', { name: line.name })} onClick={() => onStep(line.lineId, 1000)}>
          +
        </ActionIcon>
      </Group>
      <Text fw={700} ta="right" miw={96} className="tb-num" data-testid="line-total">{money(line.totalMinor, currency)}</Text>
    </>
  );
}

const SAME_FIELDS: readonly (keyof PricedLine)[] = [
  'lineId', 'name', 'quantityMilli', 'unitPriceMinor', 'overridden', 'discountMinor', 'totalMinor',
];

export const CartLine = memo(CartLineView, (before, after) =>
  before.currency === after.currency && before.onStep === after.onStep && before.onEdit === after.onEdit &&
  SAME_FIELDS.every((field) => before.line[field] === after.line[field]));
