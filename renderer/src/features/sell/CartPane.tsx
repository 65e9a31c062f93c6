import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconAlert, IconInfo } from '../../components/Icons';
import { stepQuantity } from './cart-edit';
import { CartLine } from './CartLine';
import { CartTotals } from './CartTotals';
import { useCheckoutStore } from './checkout.store';
import { markAddRendered } from './perf-marks';
import { editCart } from './sell.actions';
import { pricedIsCurrent, useSellStore } from './sell.store';
import type { SellNotice } from './sell.store';
import { TakenTenders } from './TakenTenders';
import { TenderBar } from './TenderBar';
import type { ShortcutAction } from './use-sell-shortcuts';

type Props = { onAction: (action: ShortcutAction) => void; onEditLine: (lineId: string) => void; onOrderDiscount: () => void };

function NoticeView({ notice }: { notice: SellNotice }) {
  const { t } = useTranslation();
  if (notice.kind === 'refused') return <ErrorAlert error={notice.error} title={t('sell:notice.refused', { code: notice.code })} />;
  const problem = notice.kind === 'unknownBarcode' || notice.kind === 'cartFull';
  const text = {
    unknownBarcode: () => t('sell:notice.unknownBarcode', { code: notice.kind === 'unknownBarcode' ? notice.code : '' }),
    cartFull: () => t('sell:notice.cartFull'),
    parked: () => (notice.kind === 'parked' && notice.label !== null ? t('sell:notice.parkedAs', { label: notice.label }) : t('sell:notice.parked')),
    resumed: () => (notice.kind === 'resumed' && notice.label !== null ? t('sell:notice.resumedAs', { label: notice.label }) : t('sell:notice.resumed')),
  }[notice.kind]();
  return (
    <Alert color={problem ? 'orange' : 'indigo'} icon={problem ? <IconAlert /> : <IconInfo />} role={problem ? 'alert' : 'status'} data-testid="sell-notice">
      {text}
    </Alert>
  );
}

/**
 * The cart: its lines, figures and tenders, every figure from core's PricedCart. While an edit
 * waits for its price the last figures stay, marked as being updated.
 */
export function CartPane({ onAction, onEditLine, onOrderDiscount }: Props) {
  const { t } = useTranslation();
  const priced = useSellStore((s) => s.priced);
  const pricedVersion = useSellStore((s) => s.pricedVersion);
  const current = useSellStore(pricedIsCurrent);
  const pricingError = useSellStore((s) => s.pricingError);
  const notice = useSellStore((s) => s.notice);
  const canPark = useSellStore((s) => s.cart !== null && s.cart.lines.length > 0);
  const split = useCheckoutStore((s) => s.split);
  const completing = useCheckoutStore((s) => s.completing);
  const failure = useCheckoutStore((s) => s.failure);
  const panel = useCheckoutStore((s) => s.panel);

  const onStep = useCallback((lineId: string, deltaMilli: number) => {
    void editCart(api, (cart) => stepQuantity(cart, lineId, deltaMilli));
  }, []);

  // the add → paint mark of the bench: this version's figures are in the DOM now
  useLayoutEffect(() => markAddRendered(pricedVersion), [pricedVersion]);

  const lines = priced?.lines ?? [];
  return (
    <Stack gap="sm" className="tb-sell-cart" component="section" aria-labelledby="sell-cart-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="sell-cart-title">{t('sell:cart.label')}</Title>
        <Group gap="xs">
          {!current && pricingError === null ? <Loader size="xs" aria-label={t('sell:cart.pricing')} /> : null}
          <Text size="sm" c="dimmed" className="tb-num" data-testid="cart-line-count">{t('sell:cart.lineCount', { count: lines.length })}</Text>
        </Group>
      </Group>
      {notice === null ? null : <NoticeView notice={notice} />}
      {pricingError === null ? null : <ErrorAlert error={pricingError} />}
      {priced === null ? (
        <Text c="dimmed" py="xl" ta="center" data-testid="cart-empty">{t('sell:cart.empty')}</Text>
      ) : (
        <>
          <ul className="tb-sell-lines" aria-label={t('sell:cart.lines')} data-testid="cart-lines">
            {lines.map((line) => (
              <CartLine key={line.lineId} line={line} currency={priced.currency} onStep={onStep} onEdit={onEditLine} />
            ))}
          </ul>
          <Group justify="flex-end">
            <Button variant="subtle" size="compact-md" onClick={onOrderDiscount} disabled={completing} data-testid="order-discount">
              {t('sell:cart.orderDiscount')}
            </Button>
          </Group>
          <CartTotals priced={priced} />
        </>
      )}
      <TakenTenders />
      {failure !== null && panel === null ? <ErrorAlert error={failure} title={t('sell:declined.title')} /> : null}
      {completing ? (
        <Group gap="xs" role="status"><Loader size="sm" /><Text>{t('sell:tender.completing')}</Text></Group>
      ) : null}
      <TenderBar payDisabled={priced === null || !current || completing} canPark={canPark} split={split} onAction={onAction} />
    </Stack>
  );
}
