import type { ClientError } from '../../api/client';
import type { Output } from '../../../../shared/ipc/contract';
import { createSessionStore } from '../../lib/session-scope';

export type ClosureKind = 'month' | 'year';
export type Closure = Output<'shifts.closures'>['closures'][number];
export type NextClosure = Output<'shifts.closures'>['next'];
/** One closure being taken: the period and the id it is taken under (kept across a retry and a reopened dialog). */
export type ClosureAttempt = { readonly kind: ClosureKind; readonly period: string; readonly closureId: string };

/**
 * The monthly and yearly closures of this terminal on the Shifts screen: the kind shown, its
 * closures newest first, the next period to close and whether it can be closed now.
 * Session-scoped like the rest of the screen.
 */
export type ClosuresState = {
  readonly kind: ClosureKind;
  readonly closures: readonly Closure[] | null;
  readonly more: number | null;
  readonly next: NextClosure;
  readonly error: ClientError | null;
  loaded(kind: ClosureKind, closures: readonly Closure[], more: number | null, next: NextClosure, append: boolean): void;
  fail(error: ClientError): void;
};

export const useClosuresStore = createSessionStore<ClosuresState>('shifts.closures', (set) => ({
  kind: 'month',
  closures: null,
  more: null,
  next: null,
  error: null,
  loaded: (kind, closures, more, next, append) =>
    set((state) => ({ kind, closures: [...(append ? state.closures ?? [] : []), ...closures], more, next, error: null })),
  fail: (error) => set({ error }),
}));
