import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import type { CardView } from '../../../../shared/ipc/contract/cards-schemas';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck } from '../../components/Icons';
import { useSubmission } from '../../lib/use-submission';
import { activateCard, issueCard, loadPrograms } from './cards.actions';
import { useCardsStore } from './cards.store';
import { maskedShort } from './card-format';
import { OneTimeCard } from './OneTimeCard';
import type { CardWallet, IssuedCard } from './OneTimeCard';
import { SetPinFlow } from './SetPinFlow';

type Props = {
  opened: boolean;
  walletId: string;
  wallet: CardWallet | null;
  onClose: () => void;
  /** The new card (masked), once issued, and again once active. */
  onCard: (card: CardView) => void;
};

type Step = 'choose' | 'shown' | 'pin' | 'done';

/**
 * Issue a card to a wallet: pick the program, show the number once (until "handed over"), then
 * the customer sets the PIN that activates it. The dialog cannot be dismissed while the number
 * is on screen: the only way on is the confirmation.
 */
export function IssueCardDialog({ opened, walletId, wallet, onClose, onCard }: Props) {
  const { t } = useTranslation();
  const programs = useCardsStore((state) => state.programs);
  const [programId, setProgramId] = useState('');
  const [cardId, setCardId] = useState(newId);
  const [step, setStep] = useState<Step>('choose');
  const [issued, setIssued] = useState<IssuedCard | null>(null);
  const [card, setCard] = useState<CardView | null>(null);
  const { busy, error, run } = useSubmission();

  useEffect(() => {
    if (opened && programs === null) void loadPrograms(api);
  }, [opened, programs]);
  const chosen = programId !== '' ? programId : (programs?.[0]?.id ?? '');

  const close = () => {
    if (step === 'shown') return; // only "handed over" leaves the one-time display
    setIssued(null);
    setCard(null);
    setStep('choose');
    setCardId(newId());
    onClose();
  };

  const issue = async () => {
    if (busy || chosen === '') return;
    await run(async () => {
      const answer = await issueCard(api, { cardId, walletId, programId: chosen });
      setIssued(answer);
      setCard(answer.card);
      onCard(answer.card);
      setStep('shown');
    });
  };

  const handedOver = () => {
    setIssued(null); // the number, expiry and security code leave memory here
    setStep('pin');
  };

  const activate = async (pin: string) => {
    if (card === null) return;
    const active = await activateCard(api, card.id, pin);
    setCard(active);
    onCard(active);
    setStep('done');
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('cards:issue.title')}
      size="xl"
      withCloseButton={step !== 'shown'}
      closeOnEscape={step !== 'shown'}
      closeOnClickOutside={step !== 'shown'}
      closeButtonProps={{ 'aria-label': t('cards:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      {step === 'choose' ? (
        <Stack gap="md">
          {programs !== null && programs.length === 0 ? (
            <Text c="dimmed">{t('cards:issue.noProgram')}</Text>
          ) : (
            <NativeSelect
              label={t('cards:issue.program')}
              value={chosen}
              onChange={(event) => setProgramId(event.currentTarget.value)}
              data={(programs ?? []).map((p) => ({ value: p.id, label: t('cards:issue.programOption', { name: p.name, currency: p.currency, bin: p.bin }) }))}
            />
          )}
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('cards:cancel')}</Button>
            <Button loading={busy} disabled={chosen === ''} onClick={() => void issue()}>{t('cards:issue.submit')}</Button>
          </Group>
        </Stack>
      ) : null}
      {step === 'shown' && issued !== null ? <OneTimeCard issued={issued} wallet={wallet} onHandedOver={handedOver} /> : null}
      {step === 'pin' ? (
        <Stack gap="md">
          <Text fw={500}>{t('cards:activate.intro', { card: card === null ? '' : maskedShort(card.last4) })}</Text>
          <SetPinFlow send={activate} onCancel={close} />
        </Stack>
      ) : null}
      {step === 'done' && card !== null ? (
        <Stack gap="md">
          <Alert color="green" icon={<IconCheck />} role="status" data-testid="card-activated">
            {t('cards:activate.done', { card: maskedShort(card.last4) })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>{t('cards:done')}</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
