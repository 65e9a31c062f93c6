import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { memo, useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconAlert, IconInfo } from '../../components/Icons';
import { stepQuantity } from './cart-edit';
import { CartLines } from './CartLines';
import { CartTotals } from './CartTotals';
import { useCheckoutStore } from './checkout.store';
import { markAddRendered } from './perf-marks';
import { editCart } from './sell.actions';
import { pricedIsCurrent, useSellStore } from './sell.store';
import type { SellNotice, SellState } from './sell.store';
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

/** Past this a pending price shows a spinner; a spinner for every scan would repaint the cart twice per item. */
const PRICING_SPINNER_DELAY_MS = 300;

/**
 * The spinner of a cart waiting for its price, once the wait is long enough to notice. It watches
 * the store itself and renders only when the spinner comes or goes: a scan priced in time renders
 * nothing here.
 */
function PricingSpinner() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = (state: SellState) => {
      const pending = !pricedIsCurrent(state) && state.pricingError === null;
      if (!pending) {
        clearTimeout(timer);
        timer = undefined;
        setShown(false);
      } else timer ??= setTimeout(() => setShown(true), PRICING_SPINNER_DELAY_MS);
    };
    follow(useSellStore.getState());
    const unsubscribe = useSellStore.subscribe(follow);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);
  return shown ? <Loader size="xs" role="status" aria-label={t('sell:cart.pricing')} /> : null;
}

function LineCount() {
  const { t } = useTranslation();
  const count = useSellStore((s) => s.priced?.lines.length ?? 0);
  return <Text size="sm" c="dimmed" className="tb-num" data-testid="cart-line-count" data-count={count}>{t('sell:cart.lineCount', { count })}</Text>;
}

const OrderDiscountButton = memo(function OrderDiscountButton({ onClick, disabled }: { onClick: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="subtle" size="compact-md" onClick={onClick} disabled={disabled} data-testid="order-discount">
        {t('sell:cart.orderDiscount')}
      </Button>
    </Group>
  );
});

/**
 * The tender buttons, rendered again only when whether one may pay (or park) changes. They stay
 * on while an edit is being priced: a tender pressed then waits for core's figures (SellScreen).
 */
const CartTenderBar = memo(function CartTenderBar({ onAction }: { onAction: (action: ShortcutAction) => void }) {
  const completing = useCheckoutStore((s) => s.completing);
  const split = useCheckoutStore((s) => s.split);
  const unpriced = useSellStore((s) => s.priced === null);
  const canPark = useSellStore((s) => s.cart !== null && s.cart.lines.length > 0);
  return <TenderBar payDisabled={unpriced || completing} canPark={canPark} split={split} onAction={onAction} />;
});

type PricedProps = { onEditLine: (lineId: string) => void; onOrderDiscount: () => void; completing: boolean };

/**
 * The priced lines and figures: the one part of the pane that renders for every priced edit.
 * It marks the add → paint measure once the version it rendered is in the DOM.
 */
const PricedFigures = memo(function PricedFigures({ onEditLine, onOrderDiscount, completing }: PricedProps) {
  const { t } = useTranslation();
  const priced = useSellStore((s) => s.priced);
  const pricedVersion = useSellStore((s) => s.pricedVersion);
  const onStep = useCallback((lineId: string, deltaMilli: number) => {
    void editCart(api, (cart) => stepQuantity(cart, lineId, deltaMilli));
  }, []);

  // the add → paint mark of the bench: this version's figures are in the DOM now
  useLayoutEffect(() => markAddRendered(pricedVersion), [pricedVersion]);

  if (priced === null) return <Text c="dimmed" py="xl" ta="center" data-testid="cart-empty">{t('sell:cart.empty')}</Text>;
  return (
    <>
      <CartLines lines={priced.lines} currency={priced.currency} onStep={onStep} onEdit={onEditLine} />
      <OrderDiscountButton onClick={onOrderDiscount} disabled={completing} />
      <CartTotals priced={priced} />
    </>
  );
});

/**
 * The cart: its lines, figures and tenders, every figure from core's PricedCart. While an edit
 * waits for its price the last figures stay (a spinner says so when the wait is noticeable).
 * Each part subscribes to what it shows, so an add renders the new line, the
 * count and the totals, not the whole pane (the 200-line budget of issue 9 §9).
 */
export function CartPane({ onAction, onEditLine, onOrderDiscount }: Props) {
  const { t } = useTranslation();
  const pricingError = useSellStore((s) => s.pricingError);
  const notice = useSellStore((s) => s.notice);
  const completing = useCheckoutStore((s) => s.completing);
  const failure = useCheckoutStore((s) => s.failure);
  const panel = useCheckoutStore((s) => s.panel);

  return (
    <Stack gap="sm" className="tb-sell-cart" component="section" aria-labelledby="sell-cart-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="sell-cart-title">{t('sell:cart.label')}</Title>
        <Group gap="xs">
          <PricingSpinner />
          <LineCount />
        </Group>
      </Group>
      {notice === null ? null : <NoticeView notice={notice} />}
      {pricingError === null ? null : <ErrorAlert error={pricingError} />}
      <PricedFigures onEditLine={onEditLine} onOrderDiscount={onOrderDiscount} completing={completing} />
      <TakenTenders />
      {failure !== null && panel === null ? <ErrorAlert error={failure} title={t('sell:declined.title')} /> : null}
      {completing ? (
        <Group gap="xs" role="status"><Loader size="sm" /><Text>{t('sell:tender.completing')}</Text></Group>
      ) : null}
      <CartTenderBar onAction={onAction} />
    </Stack>
  );
}
