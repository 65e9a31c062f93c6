import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api, isClientError } from '../../api/client';
import { SEMANTIC } from '../../app/theme';
import { AmountKeypad } from '../../components/AmountKeypad';
import { entryMinor } from '../../components/amount-entry';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconAlert } from '../../components/Icons';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { Amount, DANGER_FILLED, FigureTable, NEGATIVE_TEXT } from './Figures';
import { differenceWords } from './shift-format';
import { closeShift, loadX } from './shifts.actions';
import type { Shift, XReport } from './shifts.store';

type Review = { readonly countedMinor: number; readonly x: XReport; readonly differenceMinor: number };

/**
 * Closing a shift, a destructive action: count the drawer on the keypad, then a review that
 * states the numbers (expected from the core's X report, counted, over/short) and how many items
 * are not yet synced, and only then the close that takes the Z report.
 */
export function CloseShiftDialog({ shift, opened, onClose }: { shift: Shift; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const currency = shift.currency;
  const [counted, setCounted] = useState('');
  const [checked, setChecked] = useState(false);
  const [review, setReview] = useState<Review | null>(null);
  const { busy, error, run } = useSubmission();
  const countedMinor = entryMinor(counted, currency);

  const close = () => {
    setCounted('');
    setChecked(false);
    setReview(null);
    onClose();
  };

  /** Expected cash, over/short for this count and the unsynced count: all core's, from a fresh X report. */
  const toReview = async (amount: number) => {
    const x = await loadX(api, amount);
    const differenceMinor = x.drawer.overShortMinor;
    if (differenceMinor === null) throw new Error('the X report did not state the over/short of the count');
    setReview({ countedMinor: amount, x, differenceMinor });
  };

  const submitCount = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (busy || countedMinor === null) return;
    await run(() => toReview(countedMinor));
  };

  const confirm = async () => {
    if (busy || review === null) return;
    const unsynced = review.x.unsyncedOutboxCount;
    let closed = false;
    await run(async () => {
      try {
        await closeShift(api, { shiftId: shift.shiftId, countedCashMinor: review.countedMinor, ...(unsynced > 0 ? { confirmUnsynced: true } : {}) });
        closed = true;
      } catch (caught) {
        // more items went unsynced since the review: show the new count, ask again
        if (isClientError(caught) && caught.code === 'unsynced_outbox') await toReview(review.countedMinor);
        throw caught;
      }
    });
    if (closed) close();
  };

  const difference = review === null ? '' : differenceWords(review.differenceMinor, currency, locale, t);
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={review === null ? t('shifts:closeFlow.title') : t('shifts:closeFlow.reviewTitle')}
      closeButtonProps={{ 'aria-label': t('shifts:close') }}
      lockScroll={false}
      size="lg"
    >
      {review === null ? (
        <form onSubmit={(event) => void submitCount(event)} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('shifts:closeFlow.countHint')}</Text>
            <AmountKeypad
              label={t('shifts:closeFlow.counted')}
              currency={currency}
              value={counted}
              onChange={setCounted}
              error={checked && countedMinor === null ? t('shifts:closeFlow.countedRequired') : undefined}
              testId="close-counted"
            />
            {error === null ? null : <ErrorAlert error={error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('shifts:cancel')}</Button>
              <Button type="submit" loading={busy}>{t('shifts:closeFlow.review')}</Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="md" data-testid="close-review">
          <FigureTable
            rows={[
              { label: t('shifts:closeFlow.expected'), value: <Amount minor={review.x.drawer.expectedMinor} currency={currency} />, testId: 'close-expected' },
              { label: t('shifts:closeFlow.countedLine'), value: <Amount minor={review.countedMinor} currency={currency} />, testId: 'close-counted-line' },
              {
                label: t('shifts:report.overShort'),
                value: <Text span inherit fw={700} {...(review.differenceMinor < 0 ? { c: NEGATIVE_TEXT } : {})}>{difference}</Text>,
                strong: true,
                testId: 'close-over-short',
              },
            ]}
          />
          <Alert color={SEMANTIC.warning} icon={<IconAlert />} data-testid="close-consequence">
            {t('shifts:closeFlow.consequence', {
              counted: formatMoney(review.countedMinor, currency, locale),
              expected: formatMoney(review.x.drawer.expectedMinor, currency, locale),
              difference,
            })}
          </Alert>
          {review.x.unsyncedOutboxCount === 0 ? null : (
            <Alert color={SEMANTIC.warning} icon={<IconAlert />} data-testid="close-unsynced">
              {t('shifts:closeFlow.unsynced', { count: review.x.unsyncedOutboxCount })}
            </Alert>
          )}
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReview(null)}>{t('shifts:closeFlow.recount')}</Button>
            <Button color={DANGER_FILLED} loading={busy} onClick={() => void confirm()}>
              {review.x.unsyncedOutboxCount === 0 ? t('shifts:closeFlow.confirm') : t('shifts:closeFlow.confirmUnsynced', { count: review.x.unsyncedOutboxCount })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
