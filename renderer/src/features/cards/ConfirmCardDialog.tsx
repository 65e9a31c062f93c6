import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import type { CardView } from '../../../../shared/ipc/contract/cards-schemas';
import { api } from '../../api/client';
import { SEMANTIC } from '../../app/theme';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { cardAction, replaceCard } from './cards.actions';
import { maskedShort } from './card-format';
import type { IssuedCard } from './OneTimeCard';

export type ConfirmKind = 'freeze' | 'unfreeze' | 'close' | 'replace';
type ReplaceReason = 'lost' | 'stolen' | 'expired';

type Props = {
  kind: ConfirmKind | null;
  card: CardView;
  /** The posted balance, to state what closing or replacing means in numbers. */
  balanceMinor: number | null;
  onClose: () => void;
  /** A replacement's new card, for the one-time display. */
  onReplaced: (issued: IssuedCard) => void;
};

/** A card action confirmed with its consequence in words and numbers (ui.md §4). */
export function ConfirmCardDialog({ kind, card, balanceMinor, onClose, onReplaced }: Props) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState<ReplaceReason>('lost');
  const [newCardId, setNewCardId] = useState(newId);
  const { busy, error, run } = useSubmission();
  const masked = maskedShort(card.last4);
  const balance = balanceMinor === null ? '—' : formatMoney(balanceMinor, card.currency, currentLocale(i18n));
  const close = () => {
    setNewCardId(newId());
    onClose();
  };

  const confirm = async () => {
    if (busy || kind === null) return;
    let done = false;
    await run(async () => {
      if (kind === 'replace') {
        const answer = await replaceCard(api, { cardId: card.id, newCardId, reason });
        onReplaced(answer.issued);
      } else {
        await cardAction(api, `cards.${kind}`, card.id);
      }
      done = true;
    });
    if (done) close();
  };

  return (
    <Modal
      opened={kind !== null}
      onClose={close}
      title={kind === null ? '' : t(`cards:confirm.${kind}.title`, { card: masked })}
      closeButtonProps={{ 'aria-label': t('cards:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      <Stack gap="md">
        <Text data-testid="confirm-consequence">{kind === null ? '' : t(`cards:confirm.${kind}.body`, { card: masked, balance, name: card.holderName })}</Text>
        {kind === 'replace' ? (
          <NativeSelect
            label={t('cards:confirm.replace.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value as ReplaceReason)}
            data={(['lost', 'stolen', 'expired'] as const).map((value) => ({ value, label: t(`cards:closeReason.${value}`) }))}
          />
        ) : null}
        {error === null ? null : <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('cards:cancel')}</Button>
          <Button {...(kind === 'close' || kind === 'freeze' ? { color: SEMANTIC.danger, variant: 'light' } : {})} loading={busy} onClick={() => void confirm()}>
            {kind === null ? '' : t(`cards:confirm.${kind}.submit`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
