/**
 * The plain-JS model of customers, wallets, cards and vouchers for tests/app/domain-model.test.ts.
 * It is written from the documented rules (docs/ledger.md §10–§11, the contract's comments, the
 * card lifecycle table) and imports none of the app's code: balances per wallet and currency,
 * each card's posted and held money, its state and PIN tries, every authorisation, capture and
 * voucher, the FX rates, and what each operation id already decided.
 */
import type { CardLimitsValue } from '../../shared/domain/cards';
import type { Sent } from './domain-model-plan';

export const CURRENCIES = ['CNY', 'JPY', 'KWD'] as const;
export type Currency = (typeof CURRENCIES)[number];
/** ISO 4217 minor-unit exponents of the currencies the model uses. */
export const EXPONENT: Readonly<Record<Currency, number>> = { CNY: 2, JPY: 0, KWD: 3 };
export const PIN_TRIES = 3;
const DAY_MS = 86_400_000;

export type CardState = 'pending_activation' | 'active' | 'frozen' | 'expired' | 'closed';
export type Program = { readonly id: string; readonly currency: Currency; readonly limits: CardLimitsValue; readonly expiryMonths: number };

export type ModelWallet = {
  readonly id: string;
  readonly customerId: string;
  readonly address: string;
  /** Posted balance per currency (wallets have no holds). */
  readonly balances: Map<string, number>;
  /** Currencies the wallet has an account in (opened on first use, even by a declined transfer to it). */
  readonly accounts: Set<string>;
};

export type ModelCard = {
  readonly id: string;
  readonly walletId: string;
  readonly program: Program;
  /** Kept in memory only, to pay by number; never printed (commands show picks, not numbers). */
  readonly pan: string;
  /** As stored: a card past its expiry month is `expired` for every call, stored so by the first write that meets it. */
  state: CardState;
  /** The first instant past the card's expiry month (valid through the end of that month, shop time). */
  readonly pastExpiry: number;
  closeReason: 'lost' | 'stolen' | 'user' | 'expired' | null;
  replacedBy: string | null;
  pin: string | null;
  failures: number;
  blocked: boolean;
  /** Credits − debits posted (held money is still part of it). */
  posted: number;
};

export type ModelHold = {
  readonly authId: string;
  readonly cardId: string;
  readonly amount: number;
  readonly atMs: number;
  readonly expiresAt: number;
  /** `open` includes a hold past its expiry that no sweep has expired yet (its money is still held). */
  status: 'open' | 'captured' | 'released' | 'expired';
  captured: number;
};

export type ModelCapture = { readonly opId: string; readonly authId: string; readonly cardId: string; readonly amount: number; refunded: number };

export type ModelVoucher = {
  readonly id: string;
  readonly code: string;
  readonly batchId: string;
  readonly currency: Currency;
  readonly face: number;
  readonly expiresAt: number | null;
  state: 'unsold' | 'sold' | 'redeemed' | 'voided';
};

export type ModelRate = { readonly num: number; readonly den: number; readonly feeBps: number; readonly asOfMs: number; readonly maxAgeMs: number };

/** What an operation id decided: a recorded success (repeats answer it) or a decline the ledger stored. */
export type OpEntry = { readonly kind: string; readonly input: object; readonly output: object | null; readonly declined?: 'insufficient_funds' };

export type SpendUsage = { daySpent: number; dayCount: number; monthSpent: number; monthCount: number };

export class DomainModel {
  readonly customers: string[] = [];
  readonly wallets = new Map<string, ModelWallet>();
  readonly walletOfCustomer = new Map<string, string>();
  readonly cards = new Map<string, ModelCard>();
  readonly holds = new Map<string, ModelHold>();
  readonly captures = new Map<string, ModelCapture>();
  /** Card top-ups and card → wallet transfers by card, for the day and month windows of the limits. */
  readonly topUps: { cardId: string; atMs: number; amount: number }[] = [];
  readonly spends: { cardId: string; atMs: number; amount: number }[] = [];
  readonly vouchers = new Map<string, ModelVoucher>();
  readonly batches = new Set<string>();
  readonly rates = new Map<string, ModelRate>();
  readonly ops = new Map<string, OpEntry>();
  /** Every request sent that carries an id, for the repeat command. */
  readonly history: Sent[] = [];
  /** Voucher liability per currency, as the run found it plus what it sold and redeemed. */
  readonly liability = new Map<string, number>();

  constructor(
    public now: number,
    readonly programs: readonly Program[],
    /** Minutes east of UTC of the host (the shop's clock) at a time. */
    readonly offsetMinutes: (ms: number) => number,
  ) {}

  wallet(id: string): ModelWallet {
    const w = this.wallets.get(id);
    if (!w) throw new Error(`model: no wallet ${id}`);
    return w;
  }

  card(id: string): ModelCard {
    const c = this.cards.get(id);
    if (!c) throw new Error(`model: no card ${id}`);
    return c;
  }

  balanceOf(walletId: string, currency: string): number {
    return this.wallet(walletId).balances.get(currency) ?? 0;
  }

  credit(walletId: string, currency: string, amount: number): void {
    const w = this.wallet(walletId);
    w.accounts.add(currency);
    w.balances.set(currency, (w.balances.get(currency) ?? 0) + amount);
  }

  addLiability(currency: string, amount: number): void {
    this.liability.set(currency, (this.liability.get(currency) ?? 0) + amount);
  }

  /** Money reserved by holds not captured, released or swept (expired ones included until the sweep). */
  held(cardId: string): number {
    let sum = 0;
    for (const h of this.holds.values()) if (h.cardId === cardId && h.status === 'open') sum += h.amount;
    return sum;
  }

  available(cardId: string): number {
    return this.card(cardId).posted - this.held(cardId);
  }

  /** Holds a capture or release may still take: open and before their expiry instant. */
  isLive(h: ModelHold): boolean {
    return h.status === 'open' && this.now < h.expiresAt;
  }

  dueHolds(): ModelHold[] {
    return [...this.holds.values()].filter((h) => h.status === 'open' && h.expiresAt <= this.now);
  }

  /** The sweep: every open hold whose expiry has come is expired; its money is the card's again. */
  sweep(): number {
    const due = this.dueHolds();
    for (const h of due) h.status = 'expired';
    return due.length;
  }

  dayStart(): number {
    const off = this.offsetMinutes(this.now) * 60_000;
    const shifted = this.now + off;
    return shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) - off;
  }

  monthStart(): number {
    const off = this.offsetMinutes(this.now) * 60_000;
    const local = new Date(this.now + off);
    return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - off;
  }

  /**
   * Spending in the shop's day and month so far: payments from their authorisation (an open hold
   * before its expiry in full, a captured one by what was captured, released or expired ones not
   * at all) and card → wallet transfers.
   */
  spendUsage(cardId: string): SpendUsage {
    const [day, month] = [this.dayStart(), this.monthStart()];
    const usage = { daySpent: 0, dayCount: 0, monthSpent: 0, monthCount: 0 };
    const count = (atMs: number, amount: number): void => {
      if (atMs >= day) {
        usage.daySpent += amount;
        usage.dayCount += 1;
      }
      if (atMs >= month) {
        usage.monthSpent += amount;
        usage.monthCount += 1;
      }
    };
    for (const h of this.holds.values()) {
      if (h.cardId !== cardId) continue;
      if (h.status === 'captured') count(h.atMs, h.captured);
      else if (h.status === 'open' && h.expiresAt > this.now) count(h.atMs, h.amount);
    }
    for (const s of this.spends) if (s.cardId === cardId) count(s.atMs, s.amount);
    return usage;
  }

  toppedUpToday(cardId: string): number {
    const day = this.dayStart();
    return this.topUps.filter((t) => t.cardId === cardId && t.atMs >= day).reduce((sum, t) => sum + t.amount, 0);
  }

  /** May the card spend `amount` now (limits are inclusive; null is no limit)? */
  spendAllowed(card: ModelCard, amount: number): boolean {
    const l = card.program.limits;
    const u = this.spendUsage(card.id);
    const within = (used: number, add: number, limit: number | null): boolean => limit === null || used + add <= limit;
    return within(0, amount, l.perTransactionMinor) && within(u.dayCount, 1, l.dailyCount) && within(u.daySpent, amount, l.dailySpendMinor)
      && within(u.monthCount, 1, l.monthlyCount) && within(u.monthSpent, amount, l.monthlySpendMinor);
  }

  topUpAllowed(card: ModelCard, amount: number): boolean {
    const l = card.program.limits;
    return (l.maxBalanceMinor === null || card.posted + amount <= l.maxBalanceMinor)
      && (l.dailyTopUpMinor === null || this.toppedUpToday(card.id) + amount <= l.dailyTopUpMinor);
  }

  /** The most a payment could take now within every spend limit (ignoring the balance). */
  spendRoom(card: ModelCard): number {
    const l = card.program.limits;
    const u = this.spendUsage(card.id);
    const rooms = [l.perTransactionMinor, l.dailySpendMinor === null ? null : l.dailySpendMinor - u.daySpent,
      l.monthlySpendMinor === null ? null : l.monthlySpendMinor - u.monthSpent].filter((r): r is number => r !== null);
    return rooms.length === 0 ? Number.MAX_SAFE_INTEGER : Math.min(...rooms);
  }

  topUpRoom(card: ModelCard): number {
    const l = card.program.limits;
    const rooms = [l.maxBalanceMinor === null ? null : l.maxBalanceMinor - card.posted,
      l.dailyTopUpMinor === null ? null : l.dailyTopUpMinor - this.toppedUpToday(card.id)].filter((r): r is number => r !== null);
    return rooms.length === 0 ? Number.MAX_SAFE_INTEGER : Math.min(...rooms);
  }

  /** The refusal of a card PIN check about to be hashed: no PIN yet, or a blocked one. */
  pinRefusal(card: ModelCard): 'card_not_activated' | 'pin_blocked' | undefined {
    if (card.pin === null) return 'card_not_activated';
    return card.blocked ? 'pin_blocked' : undefined;
  }

  /** The card's state as every call sees it: a live card past its expiry month is expired. */
  effective(card: ModelCard): CardState {
    const live = card.state === 'pending_activation' || card.state === 'active' || card.state === 'frozen';
    return live && this.now >= card.pastExpiry ? 'expired' : card.state;
  }

  /** A write that meets a card past its expiry first records the move to `expired`; true when that writes. */
  expiresNow(card: ModelCard): boolean {
    return this.effective(card) === 'expired' && card.state !== 'expired';
  }

  /** Why the card may not pay: only an active card may. */
  spendRefusal(card: ModelCard): 'card_not_activated' | 'card_frozen' | 'card_expired' | 'card_closed' | undefined {
    switch (this.effective(card)) {
      case 'pending_activation': return 'card_not_activated';
      case 'frozen': return 'card_frozen';
      case 'expired': return 'card_expired';
      case 'closed': return 'card_closed';
      case 'active': return undefined;
    }
  }

  /** A PIN try settled: a right one clears the count, the third wrong one in a row blocks the PIN. */
  settlePin(card: ModelCard, right: boolean): 'wrong_pin' | 'pin_blocked' | undefined {
    if (right) {
      card.failures = 0;
      return undefined;
    }
    card.failures = Math.min(PIN_TRIES, card.failures + 1);
    card.blocked = card.failures >= PIN_TRIES;
    return card.blocked ? 'pin_blocked' : 'wrong_pin';
  }
}

export type RoundingMode = 'half_up' | 'half_even' | 'down' | 'up';

/** n / d rounded once by `mode` (n ≥ 0, d > 0), in exact integers. */
export function roundDiv(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  switch (mode) {
    case 'down': return q;
    case 'up': return q + 1n;
    case 'half_up': return 2n * r >= d ? q + 1n : q;
    case 'half_even': return 2n * r > d || (2n * r === d && q % 2n === 1n) ? q + 1n : q;
  }
}

export type Converted = { fee: number; converted: number; credited: number };

/**
 * The conversion rule as docs/ledger.md states it: fee = round(debited × bps / 10,000),
 * converted = debited − fee, credited = round(converted × rate) in the target's minor units.
 */
export function convertAt(debited: number, from: Currency, to: Currency, rate: ModelRate, mode: RoundingMode): Converted {
  const fee = Number(roundDiv(BigInt(debited) * BigInt(rate.feeBps), 10_000n, mode));
  const converted = debited - fee;
  const num = BigInt(converted) * BigInt(rate.num) * 10n ** BigInt(EXPONENT[to]);
  const den = BigInt(rate.den) * 10n ** BigInt(EXPONENT[from]);
  return { fee, converted, credited: converted < 1 ? 0 : Number(roundDiv(num, den, mode)) };
}

/** The first instant past the expiry month of a card issued at `nowMs` for `months` months (shop time). */
export function pastExpiryOf(nowMs: number, months: number, offsetMinutes: (ms: number) => number): number {
  const off = offsetMinutes(nowMs) * 60_000;
  const local = new Date(nowMs + off);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + months + 1, 1) - off;
}
