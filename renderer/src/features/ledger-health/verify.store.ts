
import type { ClientError } from '../../api/client';
import { createSessionStore } from '../../lib/session-scope';
import type { Output } from '../../../../shared/ipc/contract';
import type { EventPayload } from '../../../../shared/ipc/events';

export type VerifySummary = Output<'ledger.verify'>;
export type VerifyProgress = EventPayload<'ledger.verifyProgress'>;
export type VerifyStatus = 'idle' | 'running' | 'done' | 'failed';

export type VerifyState = {
  readonly status: VerifyStatus;
  readonly verified: number;
  readonly total: number;
  readonly result: VerifySummary | null;
  readonly error: ClientError | null;
  /** false when a run is already going (a double tap never starts two). */
  start(): boolean;
  progress(progress: VerifyProgress): void;
  finish(result: VerifySummary): void;
  fail(error: ClientError): void;
  reset(): void;
};

const IDLE = { status: 'idle', verified: 0, total: 0, result: null, error: null } as const;

export const useVerifyStore = createSessionStore<VerifyState>('ledger-health.verify', (set, get) => ({
  ...IDLE,
  start: () => {
    if (get().status === 'running') return false;
    set({ status: 'running', verified: 0, total: 0, result: null, error: null });
    return true;
  },
  progress: ({ verified, total }) => {
    if (get().status !== 'running') return; // a late event after the result changes nothing
    set((prev) => ({
      total,
      // events may arrive out of order over SSE; the bar never moves backwards
      verified: Math.min(Math.max(prev.verified, verified), total),
    }));
  },
  finish: (result) =>
    set({
      status: 'done',
      result,
      verified: result.entriesVerified,
      total: Math.max(result.entriesVerified, get().total),
      error: null,
    }),
  fail: (error) => set({ status: 'failed', error }),
  reset: () => set({ ...IDLE }),
}));

/** 0–100 for the progress bar; 0 until a total is known. */
export function verifyPercent(state: Pick<VerifyState, 'verified' | 'total'>): number {
  if (state.total <= 0) return 0;
  return Math.min(100, Math.round((state.verified / state.total) * 100));
}
