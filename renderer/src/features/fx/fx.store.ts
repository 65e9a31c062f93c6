import type { ClientError } from '../../api/client';
import { createSessionStore } from '../../lib/session-scope';
import type { Output } from '../../../../shared/ipc/contract';

export type FxRate = Output<'fx.listRates'>[number];

/** The exchange rates as main last listed them (fx.listRates). Session-scoped. */
export type FxState = {
  readonly rates: readonly FxRate[] | null;
  readonly loading: boolean;
  readonly error: ClientError | null;
  start(): void;
  loaded(rates: readonly FxRate[]): void;
  fail(error: ClientError): void;
};

export const useFxStore = createSessionStore<FxState>('fx.rates', (set) => ({
  rates: null,
  loading: false,
  error: null,
  start: () => set({ loading: true, error: null }),
  loaded: (rates) => set({ rates: [...rates], loading: false }),
  fail: (error) => set({ error, loading: false }),
}));
