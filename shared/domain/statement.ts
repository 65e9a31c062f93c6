import type { TransferKind } from './ledger-types';

/** Lines per statement page: a screen's worth, and a bounded read. */
export const STATEMENT_PAGE_MAX = 500;

/**
 * One movement of one account, as a statement shows it: `in` credits the account, `out` debits
 * it. A hold shows as `pending`; its resolution (`post`, `void`, `expire`) is its own line. The
 * counter account is named by its kind (`cash_drawer`, `merchant_sales`, `wallet`, …), never by
 * anything about a customer.
 */
export type StatementLine = {
  /** The transfer's position in the ledger (seq × 1024 + leg): the paging key. */
  readonly key: number;
  readonly seq: number;
  readonly transferId: string;
  /** The batch: the operation id of the card, wallet or voucher operation that made it. */
  readonly operationId: string;
  readonly atMs: number;
  readonly kind: TransferKind;
  readonly direction: 'in' | 'out';
  readonly amountMinor: number;
  readonly currency: string;
  readonly code: string;
  readonly counterAccountId: string;
  readonly counterAccountKind: string;
  readonly memo: string | null;
  readonly pendingId: string | null;
};

export type StatementQuery = {
  readonly accountId: string;
  /** Inclusive bounds on the time the operation was recorded. */
  readonly fromMs?: number | undefined;
  readonly toMs?: number | undefined;
  /** The `nextBeforeKey` of the previous page; omitted for the newest page. */
  readonly beforeKey?: number | undefined;
  readonly limit: number;
};

export type StatementPage = { readonly lines: readonly StatementLine[]; readonly nextBeforeKey: number | null };

