import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNavStore } from '../../stores/nav.store';
import { CartPane } from './CartPane';
import { CatalogPane } from './CatalogPane';
import { useCheckoutStore } from './checkout.store';
import { LineDialog } from './LineDialog';
import { NewSaleDialog } from './NewSaleDialog';
import { OrderDiscountDialog } from './OrderDiscountDialog';
import { ParkedDialog } from './ParkedDialog';
import { SaleDone } from './SaleDone';
import { loadShift, newSale, scanCode, startNextSale } from './sell.actions';
import { forgetWhenPriced, pricedIsCurrent, useSellStore, whenPriced } from './sell.store';
import { TenderDialog } from './TenderDialog';
import { useScanner } from './use-scanner';
import { useSellShortcuts } from './use-sell-shortcuts';
import type { ShortcutAction } from './use-sell-shortcuts';
import './sell.css';

function NoShift() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={560} data-testid="sell-no-shift">
      <Text fz="xl" fw={700}>{t('sell:noShift.title')}</Text>
      <Text>{t('sell:noShift.body')}</Text>
      <Group>
        <Button h={48} onClick={() => useNavStore.getState().go('shifts')}>{t('sell:noShift.open')}</Button>
      </Group>
    </Stack>
  );
}

/**
 * The Sell screen (issue 9 §9, ui.md §3): the catalog on the left, the cart with its tender
 * buttons on the right, keyboard first. A barcode scanner's burst adds its product from any focus
 * (the characters never land in the focused field), the function keys take the tenders, and
 * after payment the change due and the receipt stay until the next sale starts.
 */
export function SellScreen() {
  const { t } = useTranslation();
  const shift = useSellStore((s) => s.shift);
  const shiftError = useSellStore((s) => s.shiftError);
  const done = useCheckoutStore((s) => s.done);
  const panel = useCheckoutStore((s) => s.panel);
  const [editing, setEditing] = useState<string | null>(null);
  const [parking, setParking] = useState<'park' | 'list' | null>(null);
  const [orderDiscount, setOrderDiscount] = useState(false);
  const [confirmNew, setConfirmNew] = useState(false);
  const open = shift !== null && shift !== 'none';

  useEffect(() => {
    void loadShift(api);
    return forgetWhenPriced;
  }, []);

  useScanner((code) => void scanCode(api, code), open && panel === null);

  const onAction = useCallback(function act(action: ShortcutAction): void {
    const sell = useSellStore.getState();
    const checkout = useCheckoutStore.getState();
    if (action === 'newSale') {
      if (checkout.done !== null) startNextSale();
      else if (checkout.completing) return; // a sale being completed finishes first
      else if ((sell.cart?.lines.length ?? 0) > 0 || checkout.tenders.length > 0) setConfirmNew(true);
      else void newSale(api);
      return;
    }
    if (action === 'park') return setParking('park');
    if (action === 'parked') return setParking('list');
    if (checkout.done !== null || checkout.completing || sell.priced === null) return;
    // a tender key while the last scan is being priced pays the cart with it, once core priced it
    if (!pricedIsCurrent(sell)) return whenPriced(() => act(action));
    if (action === 'split') return checkout.open(null, !checkout.split);
    checkout.open(action);
  }, []);
  // Off while one of this screen's dialogs is open (they have their own keys); the lock screen
  // resets the session's stores, so `open` is false behind it.
  const dialogOpen = panel !== null || editing !== null || orderDiscount || parking !== null || confirmNew;
  useSellShortcuts(onAction, open && !dialogOpen);
  const onEditLine = useCallback((lineId: string) => setEditing(lineId), []);
  const onOrderDiscount = useCallback(() => setOrderDiscount(true), []);

  let body;
  if (shiftError !== null) body = <ErrorAlert error={shiftError} />;
  else if (shift === null) body = <Group py="xl" justify="center" role="status"><Loader size="sm" /><Text>{t('sell:loading')}</Text></Group>;
  else if (shift === 'none') body = <NoShift />;
  else {
    body = (
      <div className="tb-sell">
        <CatalogPane />
        {done === null ? (
          <CartPane onAction={onAction} onEditLine={onEditLine} onOrderDiscount={onOrderDiscount} />
        ) : (
          <SaleDone sale={done} onNext={startNextSale} />
        )}
      </div>
    );
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">{t('sell:title')}</Title>
        {open ? <Text size="sm" c="dimmed" data-testid="scanner-ready">{t('sell:scanner.hint')}</Text> : null}
      </Group>
      {body}
      {open ? <TenderDialog /> : null}
      {editing === null ? null : <LineDialog key={editing} lineId={editing} onClose={() => setEditing(null)} />}
      {orderDiscount ? <OrderDiscountDialog onClose={() => setOrderDiscount(false)} /> : null}
      <ParkedDialog mode={parking} onClose={() => setParking(null)} />
      <NewSaleDialog
        opened={confirmNew}
        onPark={() => {
          setConfirmNew(false);
          setParking('park');
        }}
        onClose={() => setConfirmNew(false)}
      />
    </Stack>
  );
}
