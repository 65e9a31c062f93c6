/**
 * The plain-JS model of the ledger for tests/db/ledger-model.test.ts. It is written from the design
 * (docs/ledger.md §2) and does not import the planner: it predicts every outcome (the exact
 * error code or the exact transfers) and every balance on its own.
 */
import { AMOUNT_MINOR_MAX } from '../../shared/domain/limits';
import {
  isMovementLeg,
  type AccountFlags,
  type BatchRequest,
  type PostedTransfer,
  type TransferLeg,
} from '../../shared/domain/ledger-types';
import type { ErrorCode } from '../../shared/domain/errors';

export type Columns = { debitsPending: number; debitsPosted: number; creditsPending: number; creditsPosted: number };

export type ModelAccount = Columns & { readonly id: string; readonly currency: string; readonly flags: AccountFlags };

export type ModelHold = {
  readonly id: string;
  readonly currency: string;
  readonly debit: string;
  readonly credit: string;
  readonly amount: number;
  readonly code: string;
  readonly expiresAt: number;
  readonly seq: number;
  readonly leg: number;
  resolution: 'open' | 'post' | 'void' | 'expire';
};

export type ExpectedOutcome =
  | { readonly ok: true; readonly seq: number; readonly createdAtMs: number; readonly transfers: readonly PostedTransfer[] }
  /** `stored`: the failure was recorded (planning failures are; validation failures are not). */
  | { readonly ok: false; readonly code: ErrorCode; readonly stored: boolean };

export type HistoryEntry = { readonly request: BatchRequest; readonly expected: ExpectedOutcome };

export type RowCounts = { batch: number; transfer: number; transfer_rejection: number; journal: number; outbox: number };

const ZERO: Columns = { debitsPending: 0, debitsPosted: 0, creditsPending: 0, creditsPosted: 0 };

function limitBreach(a: ModelAccount): ErrorCode | undefined {
  if (a.flags === 2 && a.debitsPending + a.debitsPosted > a.creditsPosted) return 'insufficient_funds';
  if (a.flags === 4 && a.creditsPending + a.creditsPosted > a.debitsPosted) return 'limit_exceeded';
  return undefined;
}

const validAmount = (n: number | undefined): boolean =>
  Number.isSafeInteger(n) && (n as number) >= 1 && (n as number) <= AMOUNT_MINOR_MAX;

/** Only the request defects the generator produces; the full rule set is unit-tested elsewhere. */
function validationCode(request: BatchRequest): ErrorCode | undefined {
  for (const leg of request.legs) {
    if (isMovementLeg(leg)) {
      if (leg.debitAccountId === leg.creditAccountId) return 'same_account';
      if (!validAmount(leg.amountMinor)) return 'invalid_amount';
    } else if (leg.amountMinor !== undefined && !validAmount(leg.amountMinor)) {
      return 'invalid_amount';
    }
  }
  return undefined;
}

export class LedgerModel {
  readonly accounts = new Map<string, ModelAccount>();
  readonly holds: ModelHold[] = [];
  readonly holdById = new Map<string, ModelHold>();
  readonly history: HistoryEntry[] = [];
  /** Stored outcomes by batch id (what `batch` / `transfer_rejection` hold). */
  readonly stored = new Map<string, HistoryEntry>();

  constructor(
    readonly currencies: readonly string[],
    accounts: readonly { id: string; currency: string; flags: AccountFlags }[],
    public now: number,
    public seq: number,
    readonly counts: RowCounts,
  ) {
    for (const a of accounts) this.accounts.set(a.id, { ...a, ...ZERO });
  }

  accountsIn(currency: string): ModelAccount[] {
    return [...this.accounts.values()].filter((a) => a.currency === currency);
  }

  /** What `submitBatch` must answer for a request with a fresh id. Does not change the model. */
  predict(request: BatchRequest): ExpectedOutcome {
    const invalid = validationCode(request);
    if (invalid) return { ok: false, code: invalid, stored: false };
    const work = new Map<string, ModelAccount>();
    const get = (id: string): ModelAccount | undefined => {
      const found = work.get(id) ?? this.accounts.get(id);
      return found ? { ...found } : undefined;
    };
    const resolvedHere = new Set<string>();
    const transfers: PostedTransfer[] = [];
    const fail = (code: ErrorCode): ExpectedOutcome => ({ ok: false, code, stored: true });
    for (const [index, leg] of request.legs.entries()) {
      let transfer: PostedTransfer;
      let delta: { debit: Columns; credit: Columns };
      if (isMovementLeg(leg)) {
        if (leg.kind === 'pending' && (leg.expiresAtMs ?? 0) <= this.now) return fail('invalid_input');
        const debit = get(leg.debitAccountId);
        const credit = get(leg.creditAccountId);
        if (!debit || !credit) return fail('account_not_found');
        if (debit.currency !== leg.currency || credit.currency !== leg.currency) return fail('ledger_mismatch');
        transfer = {
          id: leg.id, leg: index, kind: leg.kind, currency: leg.currency, debitAccountId: leg.debitAccountId,
          creditAccountId: leg.creditAccountId, amountMinor: leg.amountMinor, code: leg.code, pendingId: null,
          expiresAtMs: leg.kind === 'pending' ? (leg.expiresAtMs ?? null) : null,
        };
        delta = leg.kind === 'single'
          ? { debit: { ...ZERO, debitsPosted: leg.amountMinor }, credit: { ...ZERO, creditsPosted: leg.amountMinor } }
          : { debit: { ...ZERO, debitsPending: leg.amountMinor }, credit: { ...ZERO, creditsPending: leg.amountMinor } };
      } else {
        const hold = this.holdById.get(leg.pendingId);
        if (!hold) return fail('hold_not_found');
        if (hold.resolution !== 'open' || resolvedHere.has(hold.id)) return fail('hold_already_resolved');
        if (this.now >= hold.expiresAt) return fail('hold_expired');
        const amount = leg.kind === 'post' ? (leg.amountMinor ?? hold.amount) : hold.amount;
        if (amount > hold.amount) return fail('post_exceeds_hold');
        resolvedHere.add(hold.id);
        transfer = {
          id: leg.id, leg: index, kind: leg.kind, currency: hold.currency, debitAccountId: hold.debit,
          creditAccountId: hold.credit, amountMinor: amount, code: leg.code ?? hold.code, pendingId: hold.id,
          expiresAtMs: null,
        };
        const posted = leg.kind === 'post' ? amount : 0;
        delta = {
          debit: { ...ZERO, debitsPending: -hold.amount, debitsPosted: posted },
          credit: { ...ZERO, creditsPending: -hold.amount, creditsPosted: posted },
        };
      }
      for (const [id, d] of [[transfer.debitAccountId, delta.debit], [transfer.creditAccountId, delta.credit]] as const) {
        const a = get(id);
        if (!a) return fail('account_not_found');
        a.debitsPending += d.debitsPending;
        a.debitsPosted += d.debitsPosted;
        a.creditsPending += d.creditsPending;
        a.creditsPosted += d.creditsPosted;
        const breach = limitBreach(a);
        if (breach) return fail(breach);
        work.set(id, a);
      }
      transfers.push(transfer);
    }
    return { ok: true, seq: this.seq + 1, createdAtMs: this.now, transfers };
  }

  /** Applies what a fresh request did (the result of `predict`). */
  commit(request: BatchRequest, expected: ExpectedOutcome): void {
    const entry = { request, expected };
    this.history.push(entry);
    if (!expected.ok) {
      if (!expected.stored) return;
      this.stored.set(request.id, entry);
      this.seq += 1;
      this.counts.journal += 1;
      this.counts.transfer_rejection += 1;
      return;
    }
    this.stored.set(request.id, entry);
    this.seq += 1;
    this.counts.journal += 1;
    this.counts.batch += 1;
    this.counts.outbox += 1;
    this.counts.transfer += expected.transfers.length;
    for (const t of expected.transfers) {
      const hold = t.pendingId === null ? undefined : this.holdById.get(t.pendingId);
      this.book(t.kind, t.debitAccountId, t.creditAccountId, t.amountMinor, hold?.amount ?? 0);
      if (hold) hold.resolution = t.kind === 'post' ? 'post' : 'void';
      if (t.kind === 'pending') {
        const h: ModelHold = {
          id: t.id, currency: t.currency, debit: t.debitAccountId, credit: t.creditAccountId, amount: t.amountMinor,
          code: t.code, expiresAt: t.expiresAtMs ?? Number.NaN, seq: expected.seq, leg: t.leg, resolution: 'open',
        };
        this.holds.push(h);
        this.holdById.set(h.id, h);
      }
    }
  }

  /** The sweep: every open hold whose time has come, in (expires_at, seq, leg) order. */
  expire(): ModelHold[] {
    const due = this.holds
      .filter((h) => h.resolution === 'open' && h.expiresAt <= this.now)
      .sort((a, b) => a.expiresAt - b.expiresAt || a.seq - b.seq || a.leg - b.leg);
    if (due.length === 0) return due;
    for (const h of due) {
      this.book('expire', h.debit, h.credit, h.amount, h.amount);
      h.resolution = 'expire';
    }
    this.seq += 1;
    this.counts.journal += 1;
    this.counts.batch += 1;
    this.counts.outbox += 1;
    this.counts.transfer += due.length;
    return due;
  }

  private book(kind: PostedTransfer['kind'], debit: string, credit: string, amount: number, held: number): void {
    const d = this.accounts.get(debit);
    const c = this.accounts.get(credit);
    if (!d || !c) throw new Error('model: booking on an unknown account');
    switch (kind) {
      case 'single':
        d.debitsPosted += amount;
        c.creditsPosted += amount;
        break;
      case 'pending':
        d.debitsPending += amount;
        c.creditsPending += amount;
        break;
      case 'post':
        d.debitsPending -= held;
        c.creditsPending -= held;
        d.debitsPosted += amount;
        c.creditsPosted += amount;
        break;
      case 'void':
      case 'expire':
        d.debitsPending -= held;
        c.creditsPending -= held;
        break;
    }
  }
}

/** The same request with every object's keys in reverse order: the hash must not care. */
export function reorderKeys(request: BatchRequest): BatchRequest {
  const flip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
  return flip({ ...request, legs: request.legs.map((l) => flip(l) as TransferLeg) });
}
