import { Badge, Button, Group, Modal, Table } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ROLE_RANK } from '../../../../shared/domain/roles';
import type { CardView } from '../../../../shared/ipc/contract/cards-schemas';
import { api } from '../../api/client';
import { DetailCard } from '../../components/DetailCard';
import { SEMANTIC } from '../../app/theme';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import { useSessionStore } from '../../stores/session.store';
import { activateCard, refreshCard, topUpCard } from './cards.actions';
import { useCardsStore } from './cards.store';
import { CardApprovalDialog } from './CardApprovalDialog';
import type { ApprovalKind } from './CardApprovalDialog';
import { formatExpiry, stateColor } from './card-format';
import { CardStatement } from './CardStatement';
import { ChargeDialog } from './ChargeDialog';
import { ConfirmCardDialog } from './ConfirmCardDialog';
import type { ConfirmKind } from './ConfirmCardDialog';
import { CardToWalletDialog, ChangePinDialog, RefundDialog } from './MoreCardDialogs';
import type { RefundTarget } from './MoreCardDialogs';
import { OneTimeCard } from './OneTimeCard';
import type { CardWallet, IssuedCard } from './OneTimeCard';
import { SetPinFlow } from './SetPinFlow';
import { TopUpDialog } from './TopUpDialog';

type Props = {
  cardId: string;
  wallet: CardWallet | null;
  /** A replacement was issued: the new card joins the list showing this one. */
  onNewCard?: (card: CardView) => void;
};

/**
 * One card: masked number, state, PIN status and balance, and what staff may do with it in
 * that state (main decides again). Used on the customer's page and in the card lookup.
 */
export function CardPanel({ cardId, wallet, onNewCard }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const card = useCardsStore((state) => state.known[cardId]);
  const balance = useCardsStore((state) => state.balances[cardId]);
  const role = useSessionStore((state) => state.staff?.role);
  const manager = role !== undefined && ROLE_RANK[role] >= ROLE_RANK.manager;
  const [dialog, setDialog] = useState<'topUp' | 'charge' | 'activate' | 'changePin' | 'toWallet' | null>(null);
  const [refund, setRefund] = useState<RefundTarget | null>(null);
  const [confirm, setConfirm] = useState<ConfirmKind | null>(null);
  const [approval, setApproval] = useState<ApprovalKind | null>(null);
  const [replacement, setReplacement] = useState<IssuedCard | null>(null);

  useEffect(() => {
    void refreshCard(api, cardId).catch(() => undefined);
  }, [cardId]);

  if (card === undefined) return null;
  const refresh = () => void refreshCard(api, cardId).catch(() => undefined);
  const live = card.state !== 'closed';
  const usable = card.state === 'active';
  const money = (minor: number) => formatMoney(minor, card.currency, locale);
  const action = (label: string, onClick: () => void, color?: string) => (
    <Button size="sm" variant="light" {...(color === undefined ? {} : { color })} onClick={onClick}>{label}</Button>
  );

  return (
    <DetailCard title={t('cards:panel.title', { card: card.maskedPan })}>
      <Group gap="xs">
        <Badge color={stateColor(card.state)} variant="light" tt="none" data-testid="card-state">{t(`cards:state.${card.state}`)}</Badge>
        {card.pinBlocked ? <Badge color={SEMANTIC.danger} variant="light" tt="none" data-testid="card-pin-blocked">{t('cards:panel.pinBlocked')}</Badge> : null}
      </Group>
      <Table verticalSpacing="xs" data-testid="card-facts">
        <Table.Tbody>
          <Table.Tr><Table.Th scope="row">{t('cards:panel.holder')}</Table.Th><Table.Td>{card.holderName}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th scope="row">{t('cards:panel.number')}</Table.Th><Table.Td ff="monospace">{card.maskedPan}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th scope="row">{t('cards:panel.expiry')}</Table.Th><Table.Td className="tb-num">{formatExpiry(card.expMonth, card.expYear)}</Table.Td></Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('cards:panel.pin')}</Table.Th>
            <Table.Td>{!card.pinSet ? t('cards:panel.pinNotSet') : card.pinBlocked ? t('cards:panel.pinBlocked') : t('cards:pin.triesLeft', { count: card.pinTriesLeft })}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('cards:panel.balance')}</Table.Th>
            <Table.Td className="tb-num" fw={700} data-testid="card-balance">{balance === undefined ? '—' : money(balance.balanceMinor)}</Table.Td>
          </Table.Tr>
          {balance !== undefined && balance.heldMinor > 0 ? (
            <Table.Tr><Table.Th scope="row">{t('cards:panel.held')}</Table.Th><Table.Td className="tb-num">{money(balance.heldMinor)}</Table.Td></Table.Tr>
          ) : null}
          {card.closeReason === null ? null : (
            <Table.Tr><Table.Th scope="row">{t('cards:panel.closeReason')}</Table.Th><Table.Td>{t(`cards:closeReason.${card.closeReason}`)}</Table.Td></Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <Group gap="xs">
        {card.state === 'pending_activation' ? action(t('cards:actions.activate'), () => setDialog('activate')) : null}
        {usable ? action(t('cards:actions.topUp'), () => setDialog('topUp')) : null}
        {usable ? action(t('cards:actions.charge'), () => setDialog('charge')) : null}
        {usable ? action(t('cards:actions.toWallet'), () => setDialog('toWallet')) : null}
        {usable && card.pinSet && !card.pinBlocked ? action(t('cards:actions.changePin'), () => setDialog('changePin')) : null}
        {usable ? action(t('cards:actions.freeze'), () => setConfirm('freeze')) : null}
        {card.state === 'frozen' ? action(t('cards:actions.unfreeze'), () => setConfirm('unfreeze')) : null}
        {live && card.state !== 'pending_activation' ? action(t('cards:actions.replace'), () => setConfirm('replace')) : null}
        {live ? action(t('cards:actions.close'), () => setConfirm('close'), SEMANTIC.danger) : null}
        {manager && card.pinBlocked ? action(t('cards:actions.unblock'), () => setApproval('unblockPin')) : null}
        {manager && live ? action(t('cards:actions.reveal'), () => setApproval('reveal')) : null}
      </Group>
      <CardStatement card={card} reloadKey={`${balance?.balanceMinor ?? ''}:${balance?.heldMinor ?? ''}`} onRefund={setRefund} />
      <RefundDialog target={refund} onClose={() => { setRefund(null); refresh(); }} />
      <ChangePinDialog card={dialog === 'changePin' ? card : null} onClose={() => { setDialog(null); refresh(); }} />
      <CardToWalletDialog card={dialog === 'toWallet' ? card : null} onClose={() => { setDialog(null); refresh(); }} />
      <TopUpDialog
        opened={dialog === 'topUp'}
        onClose={() => { setDialog(null); refresh(); }}
        target={t('cards:panel.target', { card: card.maskedPan, name: card.holderName })}
        currency={card.currency}
        send={(operationId, amountMinor, tender) => topUpCard(api, operationId, card.id, amountMinor, tender)}
      />
      <ChargeDialog card={dialog === 'charge' ? card : null} onClose={() => { setDialog(null); refresh(); }} />
      <Modal
        opened={dialog === 'activate'}
        onClose={() => setDialog(null)}
        title={t('cards:activate.title', { card: card.maskedPan })}
        closeButtonProps={{ 'aria-label': t('cards:close') }}
        lockScroll={false}
      >
        <SetPinFlow send={async (pin) => { await activateCard(api, card.id, pin); setDialog(null); }} onCancel={() => setDialog(null)} />
      </Modal>
      <ConfirmCardDialog
        kind={confirm}
        card={card}
        balanceMinor={balance?.balanceMinor ?? null}
        onClose={() => { setConfirm(null); refresh(); }}
        onReplaced={(issued) => {
          setReplacement(issued);
          onNewCard?.(issued.card);
        }}
      />
      <CardApprovalDialog kind={approval} card={card} onClose={() => { setApproval(null); refresh(); }} />
      <Modal
        opened={replacement !== null}
        onClose={() => undefined}
        title={t('cards:issue.replacementTitle')}
        size="xl"
        withCloseButton={false}
        closeOnEscape={false}
        closeOnClickOutside={false}
        lockScroll={false}
      >
        {replacement === null ? null : <OneTimeCard issued={replacement} wallet={wallet} onHandedOver={() => setReplacement(null)} />}
      </Modal>
    </DetailCard>
  );
}
