
import type { ClientError } from '../../api/client';
import { createSessionStore } from '../../lib/session-scope';
import type { Output } from '../../../../shared/ipc/contract';

export type LedgerHealth = Output<'ledger.health'>;

export type HealthState = {
  readonly health: LedgerHealth | null;
  readonly loading: boolean;
  readonly error: ClientError | null;
  start(): void;
  succeed(health: LedgerHealth): void;
  fail(error: ClientError): void;
  reset(): void;
};

export const useHealthStore = createSessionStore<HealthState>('ledger-health.health', (set) => ({
  health: null,
  loading: false,
  error: null,
  start: () => set({ loading: true, error: null }),
  succeed: (health) => set({ health, loading: false, error: null }),
  fail: (error) => set({ loading: false, error }),
  reset: () => set({ health: null, loading: false, error: null }),
}));
