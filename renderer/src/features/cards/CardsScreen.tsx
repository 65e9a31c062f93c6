import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ROLE_RANK } from '../../../../shared/domain/roles';
import { api } from '../../api/client';
import { DetailCard } from '../../components/DetailCard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useSessionStore } from '../../stores/session.store';
import { loadPrograms } from './cards.actions';
import { useCardsStore } from './cards.store';
import { CardLookup } from './CardLookup';
import { CardPanel } from './CardPanel';
import { stateColor } from './card-format';
import { ProgramDialog } from './ProgramDialog';
import { ProgramsTable } from './ProgramsTable';

/** Cards & wallets: find a card (scan, number, wallet, last 4 + name) and act on it; card programs. */
export function CardsScreen() {
  const { t } = useTranslation();
  const { found, lookupError, openCardId, programs, programsError } = useCardsStore();
  const role = useSessionStore((state) => state.staff?.role);
  const manager = role !== undefined && ROLE_RANK[role] >= ROLE_RANK.manager;
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void loadPrograms(api);
  }, []);

  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle title={t('cards:title')} subtitle={t('cards:subtitle')} />
      <DetailCard title={t('cards:lookup.title')} hint={t('cards:lookup.hint')}>
        <CardLookup />
        {lookupError === null ? null : <ErrorAlert error={lookupError} />}
        {found === null ? null : found.length === 0 ? (
          <Text c="dimmed" role="status">{t('cards:lookup.none')}</Text>
        ) : (
          <Table verticalSpacing="xs" data-testid="lookup-results">
            <Table.Caption>{t('cards:lookup.caption')}</Table.Caption>
            <Table.Tbody>
              {found.map((card) => (
                <Table.Tr key={card.id}>
                  <Table.Th scope="row" ff="monospace">
                    <Anchor component="button" type="button" onClick={() => useCardsStore.getState().openCard(card.id)}>{card.maskedPan}</Anchor>
                  </Table.Th>
                  <Table.Td>{card.holderName}</Table.Td>
                  <Table.Td><Badge color={stateColor(card.state)} variant="light" tt="none">{t(`cards:state.${card.state}`)}</Badge></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </DetailCard>
      {openCardId === null ? null : <CardPanel key={openCardId} cardId={openCardId} wallet={null} />}
      <DetailCard title={t('cards:programs.title')} hint={t('cards:programs.hint')}>
        {manager ? (
          <Group><Button variant="light" onClick={() => setCreating(true)}>{t('cards:programs.add')}</Button></Group>
        ) : null}
        {programsError === null ? null : <ErrorAlert error={programsError} />}
        <ProgramsTable programs={programs ?? []} />
      </DetailCard>
      <ProgramDialog opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
