import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { CardTender } from './CardTender';
import { DueWaiting } from './DueWaiting';
import { useCheckoutStore } from './checkout.store';
import type { TenderPanel } from './checkout.store';
import { useSellStore } from './sell.store';
import { useMoney } from './sell-format';
import { dueFor } from './tender-due';
import { useDueNow } from './use-due-now';
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
 * split the form also asks how much of it this tender pays. Only the open dialog's body follows
 * the priced cart, so a scan does not render the closed dialog again.
 */
export function TenderDialog() {
  const { t } = useTranslation();
  const panel = useCheckoutStore((s) => s.panel);
  const hasCart = useSellStore((s) => s.priced !== null);
  if (!hasCart) return null;
  return (
    <Modal
      opened={panel !== null}
      onClose={closeTender}
      title={panel === null ? '' : t(TITLES[panel])}
      size="lg"
      closeButtonProps={{ 'aria-label': t('sell:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      <TenderBody panel={panel} />
    </Modal>
  );
}

function closeTender(): void {
  useCheckoutStore.getState().open(null);
}

function TenderBody({ panel }: { panel: TenderPanel | null }) {
  const { t } = useTranslation();
  const money = useMoney();
  const split = useCheckoutStore((s) => s.split);
  const { priced, now } = useDueNow();
  if (priced === null) return null;
  const due = panel === null || now === null ? 0 : dueFor(panel, now);
  const form = { due, currency: priced.currency, split, onDone: closeTender };
  // a moment after a tender is taken core is asked what is still due; the forms wait for it
  const ready = now !== null;
  return (
    <Stack gap="md">
      {ready ? null : <DueWaiting size="sm" />}
      <div hidden={!ready}>
        <Text size="sm" c="dimmed">{t('sell:tender.due')}</Text>
        <Text fz={36} fw={800} className="tb-num" data-testid="tender-due">{money(due, priced.currency)}</Text>
      </div>
      {ready && panel === 'cash' ? <CashTender {...form} /> : null}
      {ready && panel === 'card' ? <CardTender {...form} /> : null}
      {ready && panel === 'wallet' ? <WalletTender {...form} /> : null}
      {ready && panel === 'external_card' ? <ExternalTender {...form} /> : null}
      {ready && panel === 'provider' ? <ProviderTender {...form} /> : null}
    </Stack>
  );
}
