import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { setOrderDiscount } from './cart-edit';
import { DiscountFields, discountFormOf, discountOf } from './DiscountFields';
import { editCart } from './sell.actions';
import { useSellStore } from './sell.store';

/** A discount on the whole order (core spreads it over the lines through `allocate`). */
export function OrderDiscountDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const cart = useSellStore((s) => s.cart);
  const currency = cart?.currency ?? 'XXX';
  const [form, setForm] = useState(() => discountFormOf(cart?.orderDiscount, currency));
  const chosen = discountOf(form, currency);
  const apply = () => {
    if (chosen === 'invalid') return;
    void editCart(api, (c) => setOrderDiscount(c, chosen));
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('sell:order.title')} closeButtonProps={{ 'aria-label': t('sell:close') }} lockScroll={false}>
      <form onSubmit={(event) => { event.preventDefault(); apply(); }} noValidate>
        <Stack gap="md">
          <DiscountFields form={form} currency={currency} onChange={setForm} label={t('sell:order.title')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('sell:cancel')}</Button>
            <Button type="submit" disabled={chosen === 'invalid'} data-testid="order-discount-apply">{t('sell:order.apply')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
