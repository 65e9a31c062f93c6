import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CardView } from '../../../../shared/ipc/contract/cards-schemas';
import { DetailCard } from '../../components/DetailCard';
import { useCardsStore } from './cards.store';
import { CardPanel } from './CardPanel';
import { formatExpiry, stateColor } from './card-format';
import { IssueCardDialog } from './IssueCardDialog';
import type { CardWallet } from './OneTimeCard';

type Props = {
  walletId: string;
  wallet: CardWallet;
  /** The wallet's cards as the customer page loaded them; newer views come from the cards store. */
  cards: readonly CardView[];
  /** A card was issued or changed here: the page's list keeps it. */
  onCard: (card: CardView) => void;
};

/** A customer's cards: the list (masked), "Issue card", and the panel of the one picked. */
export function WalletCards({ walletId, wallet, cards, onCard }: Props) {
  const { t } = useTranslation();
  const known = useCardsStore((state) => state.known);
  const [issuing, setIssuing] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const shown = cards.map((card) => known[card.id] ?? card);
  useEffect(() => useCardsStore.getState().remember(cards), [cards]);
  const record = (card: CardView) => {
    useCardsStore.getState().cardChanged(card);
    onCard(card);
  };
  const openId = picked ?? (shown.length === 1 ? (shown[0]?.id ?? null) : null);

  return (
    <>
      <DetailCard title={t('cards:wallet.title')}>
        <Group>
          <Button onClick={() => setIssuing(true)}>{t('cards:actions.issue')}</Button>
        </Group>
        {shown.length === 0 ? (
          <Text c="dimmed">{t('cards:wallet.none')}</Text>
        ) : (
          <Table verticalSpacing="xs" data-testid="wallet-cards">
            <Table.Caption>{t('cards:wallet.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cards:panel.number')}</Table.Th>
                <Table.Th scope="col">{t('cards:panel.state')}</Table.Th>
                <Table.Th scope="col">{t('cards:panel.expiry')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((card) => (
                <Table.Tr key={card.id} data-testid={`card-row-${card.last4}`}>
                  <Table.Th scope="row" ff="monospace">
                    <Anchor component="button" type="button" onClick={() => setPicked(card.id)} aria-current={openId === card.id ? 'true' : undefined}>
                      {card.maskedPan}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <Badge color={stateColor(card.state)} variant="light" tt="none">{t(`cards:state.${card.state}`)}</Badge>
                  </Table.Td>
                  <Table.Td className="tb-num">{formatExpiry(card.expMonth, card.expYear)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </DetailCard>
      {openId === null ? null : <CardPanel key={openId} cardId={openId} wallet={wallet} onNewCard={record} />}
      <IssueCardDialog
        opened={issuing}
        walletId={walletId}
        wallet={wallet}
        onClose={() => setIssuing(false)}
        onCard={(card) => {
          record(card);
          setPicked(card.id);
        }}
      />
    </>
  );
}
