import { Button, Divider, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { AmountKeypad } from '../../components/AmountKeypad';
import { entryMinor } from '../../components/amount-entry';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../lib/use-submission';
import { newId } from '../../../../shared/domain/ids';
import { priceOverrideApproval } from '../../../../shared/ipc/contract/sales-domain';
import { ApprovalFields, approverReady, emptyApprover } from '../cards/ApprovalFields';
import type { ApproverForm } from '../cards/ApprovalFields';
import { removeLine, setLineDiscount, setOverride, setQuantity } from './cart-edit';
import { DiscountFields, discountFormOf, discountOf } from './DiscountFields';
import { editCart } from './sell.actions';
import { useSellStore } from './sell.store';
import { quantityText, useMoney } from './sell-format';

/** "2", "1.25" (kg of a weighed line) → thousandths; null when not a quantity. */
function quantityMilliOf(text: string): number | null {
  const match = /^([0-9]{1,7})(?:[.,]([0-9]{1,3}))?$/.exec(text.trim());
  if (match === null) return null;
  const milli = Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
  return milli > 0 ? milli : null;
}

/**
 * Changes one line: its quantity, its discount, or its unit price with a manager's approval on
 * the spot (the modal names exactly the product and both prices; the approver's secret is typed
 * here, sent once with approval.grant, then emptied).
 */
export function LineDialog({ lineId, onClose }: { lineId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const priced = useSellStore((s) => s.priced);
  const cart = useSellStore((s) => s.cart);
  const line = priced?.lines.find((l) => l.lineId === lineId) ?? null;
  const input = cart?.lines.find((l) => l.lineId === lineId) ?? null;
  const currency = priced?.currency ?? 'XXX';
  const [quantity, setQuantityText] = useState(line === null ? '' : quantityText(line.quantityMilli));
  const [discount, setDiscount] = useState(() => discountFormOf(input?.discount, currency));
  const [price, setPrice] = useState('');
  const [approver, setApprover] = useState<ApproverForm>(emptyApprover);
  const override = useSubmission();
  if (line === null || input === null || cart === null || lineId === null) return null;

  const quantityMilli = quantityMilliOf(quantity);
  const chosen = discountOf(discount, currency);
  const apply = () => {
    if (quantityMilli === null || chosen === 'invalid') return;
    void editCart(api, (c) => setLineDiscount(setQuantity(c, lineId, quantityMilli), lineId, chosen));
    onClose();
  };
  const newPrice = entryMinor(price, currency);
  const approve = () => {
    if (newPrice === null || !approverReady(approver) || override.busy) return;
    const overrideId = newId();
    const secret = approver.managerSecret;
    setApprover((prev) => ({ ...prev, managerSecret: '' }));
    void override.run(async () => {
      const request = priceOverrideApproval({ overrideId, productId: line.productId, unitPriceMinor: newPrice });
      const { approvalId } = await api.call('approval.grant', { request, managerCode: approver.managerCode.trim(), managerSecret: secret });
      await api.call('sales.overridePrice', {
        overrideId, cartId: cart.cartId, lineId, productId: line.productId, unitPriceMinor: newPrice, approvalId,
      });
      await editCart(api, (c) => setOverride(c, lineId, overrideId));
      onClose();
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('sell:line.title', { name: line.name })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('sell:close') }}
      lockScroll={false}
    >
      <Stack gap="md">
        <form onSubmit={(event) => { event.preventDefault(); apply(); }} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t('sell:line.quantity')}
              value={quantity}
              onChange={(event) => setQuantityText(event.currentTarget.value)}
              inputMode="decimal"
              className="tb-num"
              error={quantityMilli === null ? ' ' : undefined}
              data-autofocus
              data-testid="line-quantity-input"
            />
            <DiscountFields form={discount} currency={currency} onChange={setDiscount} label={t('sell:line.discountKind')} />
            <Group justify="space-between">
              <Button color="red" variant="light" onClick={() => { void editCart(api, (c) => removeLine(c, lineId)); onClose(); }}>
                {t('sell:line.remove')}
              </Button>
              <Button type="submit" disabled={quantityMilli === null || chosen === 'invalid'}>{t('sell:line.apply')}</Button>
            </Group>
          </Stack>
        </form>
        <Divider label={t('sell:line.override')} labelPosition="left" />
        <form onSubmit={(event) => { event.preventDefault(); approve(); }} noValidate>
          <Stack gap="sm">
            <AmountKeypad label={t('sell:line.newPrice')} currency={currency} value={price} onChange={setPrice} testId="override-price" />
            <ApprovalFields
              form={approver}
              update={(patch) => setApprover((prev) => ({ ...prev, ...patch }))}
              what={t('sell:line.approveWhat', {
                name: line.name, price: newPrice === null ? '—' : money(newPrice, currency), old: money(line.unitPriceMinor, currency),
              })}
            />
            {override.error === null ? null : <ErrorAlert error={override.error} />}
            <Group justify="flex-end">
              <Button type="submit" loading={override.busy} disabled={newPrice === null || !approverReady(approver)}>{t('sell:line.approve')}</Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
