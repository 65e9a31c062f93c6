import type { ClientError } from '../../api/client';
import { createSessionStore } from '../../lib/session-scope';
import type { Output } from '../../../../shared/ipc/contract';

export type VoucherSummary = Output<'vouchers.summary'>;
export type VoucherBatch = Output<'vouchers.listBatches'>['batches'][number];

/**
 * Vouchers (managers): the counts and outstanding liability, and the batches. Clear codes never
 * enter this store: they live in the generate dialog until it closes. Session-scoped.
 */
export type VouchersState = {
  readonly summary: VoucherSummary | null;
  readonly batches: readonly VoucherBatch[] | null;
  readonly loading: boolean;
  readonly error: ClientError | null;
  start(): void;
  loaded(summary: VoucherSummary, batches: readonly VoucherBatch[]): void;
  fail(error: ClientError): void;
};

export const useVouchersStore = createSessionStore<VouchersState>('vouchers.summary', (set) => ({
  summary: null,
  batches: null,
  loading: false,
  error: null,
  start: () => set({ loading: true, error: null }),
  loaded: (summary, batches) => set({ summary, batches: [...batches], loading: false }),
  fail: (error) => set({ error, loading: false }),
}));
