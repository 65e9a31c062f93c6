import { Button, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CardView } from '../../../../shared/ipc/contract/cards-schemas';
import { api } from '../../api/client';
import { StatementView } from './StatementView';

/** The card's statement (cards.statement), opened on demand under the card's facts. */
export function CardStatement({ card, reloadKey }: { card: CardView; reloadKey: string }) {
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
        testId="card-statement"
      />
    </Stack>
  );
}
