import { Button, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CardView } from '../../../../shared/ipc/contract/cards-schemas';
import { api } from '../../api/client';
import type { RefundTarget } from './MoreCardDialogs';
import { StatementView } from './StatementView';

/** The card's statement (cards.statement), opened on demand under the card's facts. */
type Props = { card: CardView; reloadKey: string; onRefund: (target: RefundTarget) => void };

export function CardStatement({ card, reloadKey, onRefund }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="default" w="fit-content" onClick={() => setOpen(true)}>
        {t('cards:statement.open')}
      </Button>
    );
  }
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">{t('cards:statement.title')}</Title>
      <StatementView
        load={(request) => api.call('cards.statement', { cardId: card.id, ...request })}
        fileName={`card-${card.last4}-statement`}
        reloadKey={reloadKey}
        lineAction={(line) => (line.code === 'card_capture' && line.direction === 'out' ? (
          <Button size="xs" variant="light" onClick={() => onRefund({ card, paymentOperationId: line.operationId, paidMinor: line.amountMinor })}>
            {t('cards:refund.open')}
          </Button>
        ) : null)}
        testId="card-statement"
      />
    </Stack>
  );
}
