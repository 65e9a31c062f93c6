import type { MovementLeg, TransferLeg } from './ledger-schemas';

/**
 * Ledger requests and outcomes. JSON-safe (ids are UUID strings, amounts integer minor units,
 * times `…AtMs`), so the same shapes cross IPC, HTTP and the outbox.
 */

/** 2: debits must not exceed credits (a wallet cannot go below zero). 4: the mirror. */
export const ACCOUNT_FLAGS = {
  none: 0,
  debitsMustNotExceedCredits: 2,
  creditsMustNotExceedDebits: 4,
} as const;
export type AccountFlags = (typeof ACCOUNT_FLAGS)[keyof typeof ACCOUNT_FLAGS];

export { CODE_MAX_CHARS, MAX_LEGS_PER_BATCH, MEMO_MAX_CHARS } from './ledger-schemas';
export type { BatchRequest, MovementLeg, ResolveLeg, TransferLeg } from './ledger-schemas';

export type TransferKind = 'single' | 'pending' | 'post' | 'void' | 'expire';

export type PostedTransfer = {
  readonly id: string;
  readonly leg: number;
  readonly kind: TransferKind;
  readonly currency: string;
  readonly debitAccountId: string;
  readonly creditAccountId: string;
  readonly amountMinor: number;
  readonly code: string;
  readonly pendingId: string | null;
  readonly expiresAtMs: number | null;
};

export type BatchOutcome = {
  readonly batchId: string;
  readonly seq: number;
  readonly createdAtMs: number;
  readonly transfers: readonly PostedTransfer[];
  /** True when this answer is the stored first outcome of an earlier identical request. */
  readonly replayed: boolean;
};

export type AccountBalance = {
  readonly accountId: string;
  readonly currency: string;
  readonly debitsPendingMinor: number;
  readonly debitsPostedMinor: number;
  readonly creditsPendingMinor: number;
  readonly creditsPostedMinor: number;
};

export type OpenAccountRequest = {
  readonly id: string;
  readonly currency: string;
  readonly kind: string;
  readonly ownerRef?: string;
  readonly flags: AccountFlags;
};

export function isMovementLeg(leg: TransferLeg): leg is MovementLeg {
  return leg.kind === 'single' || leg.kind === 'pending';
}
