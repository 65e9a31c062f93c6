import type { Api } from '../../api/client';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import { useShiftsStore } from './shifts.store';
import type { XReport, ZReport } from './shifts.store';

/** Z reports per page of the list. */
export const Z_PAGE = 20;

/** The open shift (or none) and the newest Z reports; a failure is the screen's error. */
export async function loadShifts(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  useShiftsStore.getState().start();
  try {
    const [{ shift }, list] = await Promise.all([api.call('shifts.current', {}), api.call('shifts.zReports', { limit: Z_PAGE })]);
    if (epoch === sessionEpoch()) useShiftsStore.getState().loaded(shift, list.reports, list.next);
  } catch (error) {
    if (epoch === sessionEpoch()) useShiftsStore.getState().fail(toClientError(error));
  }
}

/** The next page of past Z reports (older numbers). */
export async function loadMoreZ(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  const before = useShiftsStore.getState().zNext;
  if (before === null) return;
  try {
    const list = await api.call('shifts.zReports', { beforeZNumber: before, limit: Z_PAGE });
    if (epoch === sessionEpoch()) useShiftsStore.getState().zListed(list.reports, list.next, true);
  } catch (error) {
    if (epoch === sessionEpoch()) useShiftsStore.getState().fail(toClientError(error));
  }
}

/** shifts.open; rejects with the ClientError for the form. */
export async function openShift(api: Api, input: Input<'shifts.open'>): Promise<void> {
  const epoch = sessionEpoch();
  const { shift } = await api.call('shifts.open', input);
  if (epoch === sessionEpoch()) useShiftsStore.getState().opened(shift);
}

/** Paid in / paid out; an X report on screen is read again so its drawer stays true. */
export async function recordMovement(api: Api, input: Input<'shifts.cashMovement'>): Promise<Output<'shifts.cashMovement'>> {
  const answer = await api.call('shifts.cashMovement', input);
  if (useShiftsStore.getState().x !== null) void loadX(api).catch(() => undefined);
  return answer;
}

/** A no-sale drawer opening (audited; no money moves). */
export async function recordNoSale(api: Api, input: Input<'shifts.noSale'>): Promise<Output<'shifts.noSale'>> {
  const answer = await api.call('shifts.noSale', input);
  if (useShiftsStore.getState().x !== null) void loadX(api).catch(() => undefined);
  return answer;
}

/** The X report now (stored for the screen); rejects with the ClientError. */
export async function loadX(api: Api, countedCashMinor?: number): Promise<XReport> {
  const epoch = sessionEpoch();
  const x = await api.call('shifts.xReport', countedCashMinor === undefined ? {} : { countedCashMinor });
  // a close review's count is not the shift's: the X report on screen stays uncounted
  if (epoch === sessionEpoch() && countedCashMinor === undefined) useShiftsStore.getState().xLoaded(x);
  return x;
}

/**
 * Closes the shift and shows its Z. Without `confirmUnsynced` main refuses with `unsynced_outbox`
 * while the backend has not acknowledged everything; the dialog asks and sends it again.
 */
export async function closeShift(api: Api, input: Input<'shifts.close'>): Promise<ZReport> {
  const epoch = sessionEpoch();
  const { z } = await api.call('shifts.close', input);
  if (epoch === sessionEpoch()) {
    useShiftsStore.getState().closed(z);
    void refreshZList(api);
  }
  return z;
}

/** One past Z by its number, shown in place of the list. */
export async function showZ(api: Api, zNumber: number): Promise<void> {
  const epoch = sessionEpoch();
  try {
    const z = await api.call('shifts.zReport', { zNumber });
    if (epoch === sessionEpoch()) useShiftsStore.getState().zShown(z);
  } catch (error) {
    if (epoch === sessionEpoch()) useShiftsStore.getState().fail(toClientError(error));
  }
}

async function refreshZList(api: Api): Promise<void> {
  const epoch = sessionEpoch();
  try {
    const list = await api.call('shifts.zReports', { limit: Z_PAGE });
    if (epoch === sessionEpoch()) useShiftsStore.getState().zListed(list.reports, list.next, false);
  } catch (error) {
    if (epoch === sessionEpoch()) useShiftsStore.getState().fail(toClientError(error));
  }
}
