import type { Output } from '../../../../shared/ipc/contract';
import type { ClientError } from '../../api/client';
import { createSessionStore } from '../../lib/session-scope';
import type { SaleDetail, Selection } from './refund-selection';

export type RefundDone = Output<'sales.refund'>;

type RefundsState = {
  readonly sale: SaleDetail | null;
  readonly selection: Selection;
  readonly loading: boolean;
  readonly error: ClientError | null;
  /** The last refund or void made here: its slip is on screen until the next search. */
  readonly done: RefundDone | null;
  start(): void;
  found(sale: SaleDetail): void;
  fail(error: ClientError): void;
  select(lineId: string, quantityMilli: number): void;
  selectMany(selection: Selection): void;
  finished(done: RefundDone): void;
  reset(): void;
};

/** The Returns screen: the sale found, the lines chosen, the slip of the refund just made. */
export const useRefundsStore = createSessionStore<RefundsState>('refunds.main', (set) => ({
  sale: null,
  selection: {},
  loading: false,
  error: null,
  done: null,
  start: () => set({ loading: true, error: null }),
  found: (sale) => set({ sale, selection: {}, loading: false, error: null, done: null }),
  fail: (error) => set({ loading: false, error }),
  select: (lineId, quantityMilli) => set((state) => ({ selection: { ...state.selection, [lineId]: quantityMilli } })),
  selectMany: (selection) => set({ selection }),
  finished: (done) => set({ done, selection: {} }),
  reset: () => set({ sale: null, selection: {}, error: null, done: null }),
}));
