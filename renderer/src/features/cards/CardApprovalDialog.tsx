import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { CardView } from '../../../../shared/ipc/contract/cards-schemas';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../lib/use-submission';
import { ApprovalFields, approverReady, emptyApprover } from './ApprovalFields';
import type { ApproverForm } from './ApprovalFields';
import { revealCard, unblockPin } from './cards.actions';
import type { Approver } from './cards.actions';
import { formatExpiry, groupPan, maskedShort } from './card-format';

export type ApprovalKind = 'unblockPin' | 'reveal';
type Revealed = { readonly pan: string; readonly expMonth: number; readonly expYear: number };

type Props = { kind: ApprovalKind | null; card: CardView; onClose: () => void };

/**
 * The two card actions a second manager approves on the spot (copied from the Staff screen's
 * reset): unblock a PIN, or reveal the full number. The revealed number lives in this dialog's
 * state until it closes; the approver's secret is emptied after every try.
 */
export function CardApprovalDialog({ kind, card, onClose }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ApproverForm>(emptyApprover);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const { busy, error, run } = useSubmission();
  const masked = maskedShort(card.last4);
  const close = () => {
    setForm(emptyApprover());
    setRevealed(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || kind === null || !approverReady(form)) return;
    const approver: Approver = { managerCode: form.managerCode.trim(), managerSecret: form.managerSecret };
    setForm((prev) => ({ ...prev, managerSecret: '' }));
    let done = false;
    await run(async () => {
      if (kind === 'unblockPin') {
        await unblockPin(api, card.id, approver);
      } else {
        const answer = await revealCard(api, card.id, approver);
        setRevealed({ pan: answer.pan, expMonth: answer.expMonth, expYear: answer.expYear });
      }
      done = true;
    });
    if (done && kind === 'unblockPin') close();
  };

  return (
    <Modal
      opened={kind !== null}
      onClose={close}
      title={t(kind === 'reveal' ? 'cards:reveal.title' : 'cards:unblock.title', { card: masked })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('cards:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      {revealed === null ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <ApprovalFields
              form={form}
              update={(patch) => setForm((prev) => ({ ...prev, ...patch }))}
              what={t(kind === 'reveal' ? 'cards:reveal.what' : 'cards:unblock.what', { card: masked, name: card.holderName })}
            />
            {error === null ? null : <ErrorAlert error={error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('cards:cancel')}</Button>
              <Button type="submit" loading={busy} disabled={!approverReady(form)}>
                {t(kind === 'reveal' ? 'cards:reveal.submit' : 'cards:unblock.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed">{t('cards:reveal.audited')}</Text>
          <Text fz={28} fw={700} ff="monospace" className="tb-num" data-testid="revealed-pan">{groupPan(revealed.pan)}</Text>
          <Text ff="monospace" className="tb-num">{t('cards:reveal.expiry', { expiry: formatExpiry(revealed.expMonth, revealed.expYear) })}</Text>
          <Group justify="flex-end"><Button onClick={close}>{t('cards:reveal.hide')}</Button></Group>
        </Stack>
      )}
    </Modal>
  );
}
