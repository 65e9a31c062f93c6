import { create } from 'zustand';

import type { ClientError } from '../api/client';

/** Where the app is before the frame: loading, failed to reach main, first-run setup, ready. */
export type BootPhase = 'loading' | 'failed' | 'setup' | 'ready';

export type BootState = {
  readonly phase: BootPhase;
  readonly error: ClientError | null;
  readonly appVersion: string | null;
  setPhase(phase: BootPhase, appVersion?: string): void;
  fail(error: ClientError): void;
};

export const useBootStore = create<BootState>()((set) => ({
  phase: 'loading',
  error: null,
  appVersion: null,
  setPhase: (phase, appVersion) =>
    set((prev) => ({ phase, error: null, appVersion: appVersion ?? prev.appVersion })),
  fail: (error) => set({ phase: 'failed', error }),
}));
