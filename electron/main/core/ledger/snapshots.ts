import type { AccountFlags } from '../../../../shared/domain/ledger-types';

/** An account as the planner sees it: identity, limits and the four cached balances. */
export type AccountSnapshot = {
  readonly id: string;
  readonly currency: string;
  readonly flags: AccountFlags;
  readonly closed: boolean;
  readonly debitsPending: number;
  readonly debitsPosted: number;
  readonly creditsPending: number;
  readonly creditsPosted: number;
};

/** A pending transfer and whether something already resolved it. */
export type HoldSnapshot = {
  readonly id: string;
  readonly currency: string;
  readonly debitAccountId: string;
  readonly creditAccountId: string;
  readonly amountMinor: number;
  readonly code: string;
  readonly expiresAtMs: number;
  readonly resolved: boolean;
};
