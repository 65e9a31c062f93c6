import type { ClientError } from '../../api/client';
import type { Output } from '../../../../shared/ipc/contract';
import { createSessionStore } from '../../lib/session-scope';

export type Shift = NonNullable<Output<'shifts.current'>['shift']>;
export type XReport = Output<'shifts.xReport'>;
export type ZReport = Output<'shifts.zReport'>;
export type ZSummary = Output<'shifts.zReports'>['reports'][number];

/**
 * The Shifts section: this terminal's open shift (or none), the last X report asked for, the Z
 * report on screen (just taken, or picked from the list) and the list of past Z reports.
 * Session-scoped: a lock or sign-out forgets all of it, and the screen reads it afresh.
 */
export type ShiftsState = {
  /** undefined until the first answer; null when no shift is open. */
  readonly current: Shift | null | undefined;
  readonly x: XReport | null;
  readonly z: ZReport | null;
  /** True when `z` was taken by the close just now (the screen says so). */
  readonly zJustTaken: boolean;
  readonly zList: readonly ZSummary[] | null;
  readonly zNext: number | null;
  readonly loading: boolean;
  readonly error: ClientError | null;
  start(): void;
  loaded(current: Shift | null, zList: readonly ZSummary[], zNext: number | null): void;
  opened(shift: Shift): void;
  xLoaded(x: XReport): void;
  closed(z: ZReport): void;
  zShown(z: ZReport | null): void;
  zListed(reports: readonly ZSummary[], next: number | null, more: boolean): void;
  fail(error: ClientError): void;
};

export const useShiftsStore = createSessionStore<ShiftsState>('shifts.main', (set) => ({
  current: undefined,
  x: null,
  z: null,
  zJustTaken: false,
  zList: null,
  zNext: null,
  loading: false,
  error: null,
  start: () => set({ loading: true, error: null }),
  loaded: (current, zList, zNext) => set({ current, zList: [...zList], zNext, loading: false }),
  opened: (shift) => set({ current: shift, x: null, z: null, zJustTaken: false }),
  xLoaded: (x) => set({ x, current: x.shift }),
  closed: (z) => set({ current: null, x: null, z, zJustTaken: true }),
  zShown: (z) => set({ z, zJustTaken: false }),
  zListed: (reports, next, more) => set((state) => ({ zList: [...(more ? state.zList ?? [] : []), ...reports], zNext: next })),
  fail: (error) => set({ error, loading: false }),
}));

