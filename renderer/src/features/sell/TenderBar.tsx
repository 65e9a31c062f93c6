import { Button, Group, Kbd, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { SHORTCUTS } from './use-sell-shortcuts';
import type { ShortcutAction } from './use-sell-shortcuts';

type Props = {
  /** No priced cart to pay for (empty), or a sale being completed. A cart being priced again may be paid: the tender waits for its figures. */
  payDisabled: boolean;
  canPark: boolean;
  split: boolean;
  onAction: (action: ShortcutAction) => void;
};

const TENDERS: readonly { action: ShortcutAction; labelKey: string }[] = [
  { action: 'cash', labelKey: 'sell:tender.cash' },
  { action: 'card', labelKey: 'sell:tender.card' },
  { action: 'wallet', labelKey: 'sell:tender.wallet' },
  { action: 'external_card', labelKey: 'sell:tender.externalCard' },
  { action: 'provider', labelKey: 'sell:tender.provider' },
  { action: 'split', labelKey: 'sell:tender.split' },
];

/**
 * The big tender buttons under the cart, each with its function key shown (and declared in
 * aria-keyshortcuts; the key cap itself is hidden from the accessible name), then park, the
 * parked carts and New sale.
 */
export function TenderBar({ payDisabled, canPark, split, onAction }: Props) {
  const { t } = useTranslation();
  const key = (action: ShortcutAction) => <Kbd aria-hidden="true" ml="xs">{SHORTCUTS[action]}</Kbd>;
  return (
    <div role="group" aria-label={t('sell:tender.label')}>
      <SimpleGrid cols={{ base: 2, lg: 3 }} spacing="xs">
        {TENDERS.map(({ action, labelKey }) => (
          <Button
            key={action}
            h={64}
            fz="lg"
            variant={action === 'cash' ? 'filled' : action === 'split' && split ? 'light' : 'default'}
            disabled={payDisabled}
            aria-keyshortcuts={SHORTCUTS[action]}
            aria-pressed={action === 'split' ? split : undefined}
            onClick={() => onAction(action)}
            data-testid={`tender-${action}`}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
          >
            {t(labelKey)}
            {key(action)}
          </Button>
        ))}
      </SimpleGrid>
      <Group grow gap="xs" mt="xs">
        <Button h={48} variant="default" disabled={!canPark} aria-keyshortcuts={SHORTCUTS.park} onClick={() => onAction('park')}>
          {t('sell:tender.park')}
          {key('park')}
        </Button>
        <Button h={48} variant="default" aria-keyshortcuts={SHORTCUTS.parked} onClick={() => onAction('parked')}>
          {t('sell:tender.parked')}
          {key('parked')}
        </Button>
        <Button h={48} variant="default" aria-keyshortcuts={SHORTCUTS.newSale} onClick={() => onAction('newSale')}>
          {t('sell:tender.newSale')}
          {key('newSale')}
        </Button>
      </Group>
    </div>
  );
}
