import { Button, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { loadParked, parkCart, resumeCart } from './sell.actions';
import { useSellStore } from './sell.store';

type Props = { mode: 'park' | 'list' | null; onClose: () => void };

/**
 * Parking the cart on screen under an optional name, and the parked carts of this terminal
 * (kept by main across restarts) with a Resume button each.
 */
export function ParkedDialog({ mode, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const parked = useSellStore((s) => s.parked);
  const canPark = useSellStore((s) => s.cart !== null && s.cart.lines.length > 0);
  const [label, setLabel] = useState('');
  const { busy, error, run } = useSubmission();

  useEffect(() => {
    // loaded afresh each time the dialog opens
    if (mode !== null) void run(() => loadParked(api));
  }, [mode]);

  const close = () => {
    setLabel('');
    onClose();
  };
  const park = () => {
    if (!canPark || busy) return;
    void run(async () => {
      await parkCart(api, label);
      close();
    });
  };
  const resume = (cartId: string) => {
    void run(async () => {
      await resumeCart(api, cartId);
      close();
    });
  };

  return (
    <Modal
      opened={mode !== null}
      onClose={close}
      title={t('sell:parked.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('sell:close') }}
      lockScroll={false}
    >
      <Stack gap="md">
        {mode === 'park' && canPark ? (
          <form onSubmit={(event) => { event.preventDefault(); park(); }} noValidate>
            <Group align="flex-end" wrap="nowrap">
              <TextInput label={t('sell:parked.label')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} maxLength={60} style={{ flex: 1 }} data-autofocus />
              <Button type="submit" loading={busy} data-testid="park-submit">{t('sell:parked.park')}</Button>
            </Group>
          </form>
        ) : null}
        {error === null ? null : <ErrorAlert error={error} />}
        {parked === null ? <Loader size="sm" /> : null}
        {parked !== null && parked.length === 0 ? <Text c="dimmed">{t('sell:parked.empty')}</Text> : null}
        <Stack gap="xs" component="ul" className="tb-sell-parked" aria-label={t('sell:parked.title')}>
          {(parked ?? []).map((cart) => (
            <Group key={cart.cartId} component="li" justify="space-between" wrap="nowrap" data-testid="parked-cart">
              <div>
                <Text fw={600}>{cart.label ?? formatDateTime(cart.parkedAtMs, locale)}</Text>
                <Text size="sm" c="dimmed">
                  {t('sell:parked.lines', { count: cart.lineCount })} · {t('sell:parked.at', { time: formatDateTime(cart.parkedAtMs, locale) })}
                </Text>
              </div>
              <Button variant="light" h={48} disabled={busy} onClick={() => resume(cart.cartId)}>{t('sell:parked.resume')}</Button>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Modal>
  );
}
