import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { CardTender } from './CardTender';
import { useCheckoutStore } from './checkout.store';
import type { TenderPanel } from './checkout.store';
import { useSellStore } from './sell.store';
import { useMoney } from './sell-format';
import { dueFor } from './tender-due';
import { CashTender, ExternalTender, ProviderTender, WalletTender } from './TenderForms';

const TITLES: Record<TenderPanel, string> = {
  cash: 'sell:cash.title',
  card: 'sell:card.title',
  wallet: 'sell:wallet.title',
  external_card: 'sell:external.title',
  provider: 'sell:provider.title',
};

/**
 * The tender being taken, in a dialog over the Sell screen (the scanner leaves a dialog alone,
 * so a card or wallet scan goes into its field). The amount due is shown large at the top; in a
 * split the form also asks how much of it this tender pays.
 */
export function TenderDialog() {
  const { t } = useTranslation();
  const money = useMoney();
  const panel = useCheckoutStore((s) => s.panel);
  const split = useCheckoutStore((s) => s.split);
  const tenders = useCheckoutStore((s) => s.tenders);
  const priced = useSellStore((s) => s.priced);
  const close = () => useCheckoutStore.getState().open(null);
  if (priced === null) return null;
  const due = panel === null ? 0 : dueFor(panel, priced, tenders);
  const form = { due, currency: priced.currency, split, onDone: close };
  return (
    <Modal
      opened={panel !== null}
      onClose={close}
      title={panel === null ? '' : t(TITLES[panel])}
      size="lg"
      closeButtonProps={{ 'aria-label': t('sell:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      <Stack gap="md">
        <div>
          <Text size="sm" c="dimmed">{t('sell:tender.due')}</Text>
          <Text fz={36} fw={800} className="tb-num" data-testid="tender-due">{money(due, priced.currency)}</Text>
        </div>
        {panel === 'cash' ? <CashTender {...form} /> : null}
        {panel === 'card' ? <CardTender {...form} /> : null}
        {panel === 'wallet' ? <WalletTender {...form} /> : null}
        {panel === 'external_card' ? <ExternalTender {...form} /> : null}
        {panel === 'provider' ? <ProviderTender {...form} /> : null}
      </Stack>
    </Modal>
  );
}
