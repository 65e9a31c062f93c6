import type { Api } from '../../api/client';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { toClientError } from '../../lib/error-message';
import { sessionEpoch } from '../../lib/session-scope';
import { newId } from '../../../../shared/domain/ids';
import { useClosuresStore, type ClosureAttempt, type ClosureKind } from './closures.store';

/** Closures per page of the list: a year of months. */
export const CLOSURE_PAGE = 12;

/** The newest closures of a kind and the next period to close; `more` reads the page below the last one shown. */
export async function loadClosures(api: Api, kind: ClosureKind, more = false): Promise<void> {
  const epoch = sessionEpoch();
  const before = more ? useClosuresStore.getState().more : null;
  try {
    const list = await api.call('shifts.closures', { kind, limit: CLOSURE_PAGE, ...(before === null ? {} : { beforeNumber: before }) });
    if (epoch === sessionEpoch()) useClosuresStore.getState().loaded(kind, list.closures, list.more, list.next, more && before !== null);
  } catch (error) {
    if (epoch === sessionEpoch()) useClosuresStore.getState().fail(toClientError(error));
  }
}

/** Takes the closure of the next period (the id is the dialog's, so a retry answers the first); rejects with the ClientError. */
export async function closePeriod(api: Api, input: Input<'shifts.closePeriod'>): Promise<Output<'shifts.closePeriod'>> {
  const answer = await api.call('shifts.closePeriod', input);
  await loadClosures(api, input.kind);
  return answer;
}

/** The attempt for this period: the earlier one if it was for the same period (a lost reply then answers the first closure), else a new id. */
export function attemptFor(kind: ClosureKind, period: string, earlier: ClosureAttempt | null): ClosureAttempt {
  return earlier !== null && earlier.kind === kind && earlier.period === period ? earlier : { kind, period, closureId: newId() };
}
