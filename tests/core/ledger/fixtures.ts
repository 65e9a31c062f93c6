import { newId } from '../../../shared/domain/ids';
import type { AccountFlags, MovementLeg, ResolveLeg } from '../../../shared/domain/ledger-types';
import type { AccountSnapshot, HoldSnapshot } from '../../../electron/main/core/ledger/snapshots';

export const NOW = 1_767_225_600_000;

export function account(
  flags: AccountFlags,
  balances: Partial<Pick<AccountSnapshot, 'debitsPending' | 'debitsPosted' | 'creditsPending' | 'creditsPosted'>> = {},
  extra: Partial<Pick<AccountSnapshot, 'currency' | 'closed' | 'id'>> = {},
): AccountSnapshot {
  return {
    id: extra.id ?? newId(),
    currency: extra.currency ?? 'EUR',
    flags,
    closed: extra.closed ?? false,
    debitsPending: balances.debitsPending ?? 0,
    debitsPosted: balances.debitsPosted ?? 0,
    creditsPending: balances.creditsPending ?? 0,
    creditsPosted: balances.creditsPosted ?? 0,
  };
}

export function single(debit: string, credit: string, amountMinor: number, extra: Partial<MovementLeg> = {}): MovementLeg {
  return { kind: 'single', id: newId(), currency: 'EUR', debitAccountId: debit, creditAccountId: credit, amountMinor, code: 'sale', ...extra };
}

export function pending(debit: string, credit: string, amountMinor: number, expiresAtMs = NOW + 60_000, extra: Partial<MovementLeg> = {}): MovementLeg {
  return { kind: 'pending', id: newId(), currency: 'EUR', debitAccountId: debit, creditAccountId: credit, amountMinor, code: 'card_auth', expiresAtMs, ...extra };
}

export function post(pendingId: string, amountMinor?: number, extra: Partial<ResolveLeg> = {}): ResolveLeg {
  return { kind: 'post', id: newId(), pendingId, ...(amountMinor === undefined ? {} : { amountMinor }), ...extra };
}

export function voidLeg(pendingId: string, extra: Partial<ResolveLeg> = {}): ResolveLeg {
  return { kind: 'void', id: newId(), pendingId, ...extra };
}

export function hold(debit: AccountSnapshot, credit: AccountSnapshot, amountMinor: number, extra: Partial<HoldSnapshot> = {}): HoldSnapshot {
  return {
    id: newId(),
    currency: debit.currency,
    debitAccountId: debit.id,
    creditAccountId: credit.id,
    amountMinor,
    code: 'card_auth',
    expiresAtMs: NOW + 60_000,
    resolved: false,
    ...extra,
  };
}

export const byId = <T extends { id: string }>(...items: T[]): Map<string, T> => new Map(items.map((i) => [i.id, i]));
