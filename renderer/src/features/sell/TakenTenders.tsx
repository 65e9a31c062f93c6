import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { maskedShort } from '../cards/card-format';
import { completeSale, refreshDue, removeTender } from './checkout.actions';
import { useCheckoutStore } from './checkout.store';
import { DueWaiting } from './DueWaiting';
import type { TakenTender } from './checkout.store';
import { useMoney } from './sell-format';
import { useDueNow } from './use-due-now';

function tenderText(t: TFunction, taken: TakenTender, amount: string): string {
  switch (taken.tender.kind) {
    case 'cash': return t('sell:tender.takenCash', { amount });
    case 'card': return t('sell:tender.takenCard', { amount, card: maskedShort(taken.last4 ?? '') });
    case 'wallet': return t('sell:tender.takenWallet', { amount });
    case 'external_card': return t('sell:tender.takenExternal', { amount, code: taken.reference ?? '' });
    case 'provider': return t('sell:tender.takenProvider', { amount });
  }
}

/**
 * The parts of a split payment taken so far, each with a way to take it back (a card hold is
 * given back to the card), what is still due, and "Complete sale" when the tenders cover the
 * sale but completing it failed (a retry sends the same sale id).
 */
export function TakenTenders() {
  const { t } = useTranslation();
  const money = useMoney();
  const tenders = useCheckoutStore((s) => s.tenders);
  const split = useCheckoutStore((s) => s.split);
  const completing = useCheckoutStore((s) => s.completing);
  const { priced, due, now } = useDueNow();
  const stale = priced !== null && tenders.length > 0 && now === null;
  // the cart was priced again (an item added mid-split): ask core again for this total
  useEffect(() => {
    if (stale && due !== null) void refreshDue(api);
  }, [stale, due]);
  if (priced === null || (tenders.length === 0 && !split)) return null;
  return (
    <Stack gap={4} data-testid="taken-tenders">
      {split ? <Text size="sm" c="dimmed">{t('sell:tender.splitOn')}</Text> : null}
      {tenders.length > 0 ? <Text size="sm" fw={600}>{t('sell:tender.taken')}</Text> : null}
      {tenders.map((taken) => (
        <Group key={taken.tender.tenderId} justify="space-between" wrap="nowrap" data-testid="taken-tender">
          <Text size="sm" className="tb-num">{tenderText(t, taken, money(taken.amountMinor, priced.currency))}</Text>
          <ActionIcon
            variant="subtle"
            color="red"
            size={40}
            disabled={completing}
            aria-label={t('sell:tender.removeTender')}
            onClick={() => void removeTender(api, taken.tender.tenderId)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {now === null ? (
        <DueWaiting />
      ) : now.paid ? (
        <Button onClick={() => void completeSale(api)} loading={completing} disabled={completing} data-testid="complete-sale">
          {t('sell:tender.complete')}
        </Button>
      ) : (
        <Text fw={700} className="tb-num" data-testid="remaining-due">
          {t('sell:tender.remaining', { amount: money(now.dueMinor, priced.currency) })}
        </Text>
      )}
    </Stack>
  );
}
