import { create } from 'zustand';

import type { Output } from '../../../shared/ipc/contract';
import type { ClientError } from '../api/client';

/**
 * Where the app is before the frame: loading, failed to reach main, first-run setup, ready, or
 * `rolled_back`: the database is older than its chain anchor and only an owner can accept it.
 */
export type BootPhase = 'loading' | 'failed' | 'setup' | 'ready' | 'rolled_back';

export type RollbackFinding = NonNullable<Output<'system.status'>['rollback']>;

export type BootState = {
  readonly phase: BootPhase;
  readonly error: ClientError | null;
  readonly appVersion: string | null;
  /** What system.status found, while the phase is `rolled_back`. */
  readonly rollback: RollbackFinding | null;
  setPhase(phase: Exclude<BootPhase, 'rolled_back'>, appVersion?: string): void;
  rolledBack(finding: RollbackFinding, appVersion: string): void;
  fail(error: ClientError): void;
};

export const useBootStore = create<BootState>()((set) => ({
  phase: 'loading',
  error: null,
  appVersion: null,
  rollback: null,
  setPhase: (phase, appVersion) =>
    set((prev) => ({ phase, error: null, rollback: null, appVersion: appVersion ?? prev.appVersion })),
  rolledBack: (finding, appVersion) => set({ phase: 'rolled_back', error: null, rollback: finding, appVersion }),
  fail: (error) => set({ phase: 'failed', error }),
}));
