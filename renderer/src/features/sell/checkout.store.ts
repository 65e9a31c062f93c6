import type { ClientError } from '../../api/client';
import { createSessionStore } from '../../lib/session-scope';
import type { Output } from '../../../../shared/ipc/contract';
import type { SaleTender, SaleTenderKind } from '../../../../shared/ipc/contract/sales-schemas';
import type { DueView } from './tender-due';

export type CompletedSale = Output<'sales.complete'>;
export type PaymentView = Output<'payments.request'>;

/**
 * A tender taken for this sale, waiting for sales.complete. `amountMinor` is what core said it
 * covers (the authorisation's amount, the approved provider payment) or what the cashier
 * entered (cash handed over, a wallet or external-card amount); `last4` is the most of a card shown.
 */
export type TakenTender = {
  readonly tender: SaleTender;
  readonly amountMinor: number;
  readonly last4?: string;
  readonly reference?: string;
};

export type TenderPanel = SaleTenderKind;

/**
 * Paying for the sale on screen. The sale id is made once, before the first attempt, and kept
 * until the sale completes or is abandoned, so a double click, a retry or a lost reply completes
 * one sale at most (main answers a repeat with the first outcome). Session-scoped.
 */
export type CheckoutState = {
  readonly saleId: string | null;
  readonly tenders: readonly TakenTender[];
  /** core's figures (sales.due) for exactly these tenders; null until asked, and after any change. */
  readonly due: DueView | null;
  /** Why core could not say what is due (the cashier asks again); cleared by the next answer or change. */
  readonly dueError: ClientError | null;
  /** The tender being entered (its panel is open). */
  readonly panel: TenderPanel | null;
  /** Split: take several tenders until nothing is due. */
  readonly split: boolean;
  readonly completing: boolean;
  readonly failure: ClientError | null;
  /** The provider payment being asked for (pending / unknown until it is resolved). */
  readonly payment: PaymentView | null;
  /** The completed sale: change due and receipt, on screen until the next sale starts. */
  readonly done: CompletedSale | null;
  /** The sale id, made now if this sale has none yet. */
  saleIdFor(make: () => string): string;
  open(panel: TenderPanel | null, split?: boolean): void;
  taken(tender: TakenTender): void;
  removed(tenderId: string): void;
  /** core's answer for the tenders it was asked about; dropped if they changed meanwhile. */
  dueSeen(due: DueView, forTenders: readonly TakenTender[]): void;
  dueFailed(error: ClientError, forTenders: readonly TakenTender[]): void;
  paymentSeen(payment: PaymentView | null): void;
  completeStarted(): boolean;
  completed(sale: CompletedSale): void;
  completeFailed(error: ClientError): void;
  failed(error: ClientError | null): void;
  /** The next sale: everything above forgotten. */
  clear(): void;
};

const IDLE = { saleId: null, tenders: [], due: null, dueError: null, panel: null, split: false, completing: false, failure: null, payment: null, done: null } as const;

export const useCheckoutStore = createSessionStore<CheckoutState>('sell.checkout', (set, get) => ({
  ...IDLE,
  saleIdFor: (make) => {
    const existing = get().saleId;
    if (existing !== null) return existing;
    const saleId = make();
    set({ saleId });
    return saleId;
  },
  open: (panel, split) => set((prev) => ({ panel, split: split ?? prev.split, failure: null })),
  taken: (tender) => set((prev) => ({ tenders: [...prev.tenders, tender], due: null, dueError: null, failure: null })),
  removed: (tenderId) => set((prev) => ({ tenders: prev.tenders.filter((t) => t.tender.tenderId !== tenderId), due: null, dueError: null })),
  dueSeen: (due, forTenders) => {
    if (get().tenders === forTenders) set({ due, dueError: null });
  },
  dueFailed: (dueError, forTenders) => {
    if (get().tenders === forTenders) set({ dueError });
  },
  paymentSeen: (payment) => set({ payment }),
  completeStarted: () => {
    if (get().completing || get().done !== null) return false;
    set({ completing: true, failure: null });
    return true;
  },
  completed: (done) => set({ done, completing: false, panel: null, failure: null, payment: null }),
  completeFailed: (failure) => set({ completing: false, failure }),
  failed: (failure) => set({ failure }),
  clear: () => set({ ...IDLE }),
}));
