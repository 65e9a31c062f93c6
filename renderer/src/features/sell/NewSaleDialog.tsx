import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { useCheckoutStore } from './checkout.store';
import { newSale } from './sell.actions';
import { useSellStore } from './sell.store';

type Props = { opened: boolean; onPark: () => void; onClose: () => void };

/**
 * New sale (F9) with items in the cart: the cart would be lost, and taken tenders given back,
 * so the cashier chooses: park it, remove it and start over, or keep selling (the default, and
 * what Escape does).
 */
export function NewSaleDialog({ opened, onPark, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('sell:newSale.title')} closeButtonProps={{ 'aria-label': t('sell:close') }} lockScroll={false}>
      <NewSaleChoice onPark={onPark} onClose={onClose} />
    </Modal>
  );
}

/** The dialog's body, mounted only while it is open: it follows the cart, the closed dialog does not. */
function NewSaleChoice({ onPark, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const lines = useSellStore((s) => s.cart?.lines.length ?? 0);
  const tenders = useCheckoutStore((s) => s.tenders.length);
  const discard = () => {
    onClose();
    void newSale(api);
  };
  return (
    <Stack gap="md" data-testid="new-sale-confirm">
      <Text>{t('sell:newSale.lines', { count: lines })}</Text>
      {tenders > 0 ? <Text>{t('sell:newSale.tenders', { count: tenders })}</Text> : null}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onPark} data-testid="new-sale-park">{t('sell:newSale.park')}</Button>
        <Button color="red" variant="light" onClick={discard} data-testid="new-sale-discard">{t('sell:newSale.discard')}</Button>
        <Button onClick={onClose} data-autofocus data-testid="new-sale-keep">{t('sell:newSale.keep')}</Button>
      </Group>
    </Stack>
  );
}
