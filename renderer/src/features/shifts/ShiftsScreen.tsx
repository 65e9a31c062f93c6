import { Alert, Button, Group, Loader, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { DetailCard } from '../../components/DetailCard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck, IconRefresh } from '../../components/Icons';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { canManage, useSessionStore } from '../../stores/session.store';
import { useSettingsStore } from '../../stores/settings.store';
import { CloseShiftDialog } from './CloseShiftDialog';
import { CurrentShift } from './CurrentShift';
import type { ShiftAction } from './CurrentShift';
import { CashMovementDialog, NoSaleDialog } from './MovementDialogs';
import { OpenShiftForm } from './OpenShiftForm';
import { PeriodClosures } from './PeriodClosures';
import { ShiftFigures } from './ShiftFigures';
import { loadMoreZ, loadShifts, loadX, showZ } from './shifts.actions';
import { useShiftsStore } from './shifts.store';
import { ZReportList } from './ZReportList';
import { ZReportView } from './ZReportView';

/**
 * Shifts (班次): open with a counted float, paid in / out and no-sale with a reason, the X report
 * at any time, the close with the counted cash and its over/short, the Z report on screen and
 * printable, the past Z reports, and the monthly and yearly closures.
 */
export function ShiftsScreen() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { current, x, z, zJustTaken, zList, zNext, loading, error } = useShiftsStore();
  const shopCurrency = useSettingsStore((state) => state.shown?.currency) ?? 'CNY';
  const role = useSessionStore((state) => state.staff?.role);
  const [dialog, setDialog] = useState<ShiftAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const xRun = useSubmission();

  useEffect(() => {
    void loadShifts(api);
  }, []);

  const act = (action: ShiftAction) => {
    setNotice(null);
    if (action === 'x') void xRun.run(() => loadX(api));
    else setDialog(action);
  };

  const body = () => {
    if (z !== null) return <ZReportView z={z} justTaken={zJustTaken} onBack={() => useShiftsStore.getState().zShown(null)} />;
    if (current === undefined) return loading ? <Loader aria-label={t('common:loading')} /> : null;
    return (
      <>
        {current === null ? <OpenShiftForm currency={shopCurrency} /> : <CurrentShift shift={current} xBusy={xRun.busy} onAction={act} />}
        {xRun.error === null ? null : <ErrorAlert error={xRun.error} />}
        {current !== null && x !== null ? (
          <DetailCard title={t('shifts:x.title')} hint={t('shifts:x.hint', { time: formatDateTime(x.atMs, locale) })}>
            <div data-testid="x-report">
              <ShiftFigures period={x.period} drawer={x.drawer} currency={x.currency} unsyncedCount={x.unsyncedOutboxCount} testId="x" />
            </div>
          </DetailCard>
        ) : null}
        {zList === null ? null : (
          <ZReportList reports={zList} more={zNext !== null} onShow={(n) => void showZ(api, n)} onMore={() => void loadMoreZ(api)} />
        )}
        <PeriodClosures canClose={canManage(role)} />
      </>
    );
  };

  return (
    <Stack gap="lg" maw={1200}>
      <PageTitle title={t('shifts:title')} subtitle={t('shifts:subtitle')} />
      <Group>
        <Button variant="default" leftSection={<IconRefresh size={18} />} loading={loading} onClick={() => void loadShifts(api)}>{t('shifts:refresh')}</Button>
      </Group>
      {notice === null ? null : <Alert color="green" icon={<IconCheck />} role="status" data-testid="shift-notice">{notice}</Alert>}
      {error === null ? null : <ErrorAlert error={error} />}
      {body()}
      {current === null || current === undefined ? null : (
        <>
          <CashMovementDialog
            kind={dialog === 'paid_in' || dialog === 'paid_out' ? dialog : null}
            currency={current.currency}
            onClose={() => setDialog(null)}
            onDone={setNotice}
          />
          <NoSaleDialog opened={dialog === 'no_sale'} onClose={() => setDialog(null)} onDone={setNotice} />
          <CloseShiftDialog shift={current} opened={dialog === 'close'} onClose={() => setDialog(null)} />
        </>
      )}
    </Stack>
  );
}
