import type { AccountBalance, BatchRequest, MovementLeg } from '../../../../shared/domain/ledger-types';
import type { Conversion } from '../fx/convert';

/**
 * The ledger batches of the wallet operations (docs/ledger.md §11). The batch id is the
 * client's operation id; leg ids are derived from it (`legId(i)`), so a repeated request is the
 * same request byte for byte and the ledger answers it with its first outcome.
 */
export type LegIds = (index: number) => string;

/** Transfer codes: what each leg is, on statements and on the wire. */
export const WALLET_LEG_CODES = {
  topUp: 'wallet.topup',
  transfer: 'wallet.transfer',
  convertOut: 'fx.convert.out',
  convertFee: 'fx.convert.fee',
  convertIn: 'fx.convert.in',
} as const;

function leg(id: string, currency: string, debitAccountId: string, creditAccountId: string, amountMinor: number, code: string): MovementLeg {
  return { kind: 'single', id, currency, debitAccountId, creditAccountId, amountMinor, code };
}

/** Money paid in: the tender's merchant account (cash drawer, clearing) → the wallet. */
export function topUpBatch(p: {
  operationId: string; legId: LegIds; currency: string; amountMinor: number; tenderAccountId: string; walletAccountId: string;
}): BatchRequest {
  return { id: p.operationId, legs: [leg(p.legId(0), p.currency, p.tenderAccountId, p.walletAccountId, p.amountMinor, WALLET_LEG_CODES.topUp)] };
}

/** Wallet → wallet in one currency. */
export function transferBatch(p: {
  operationId: string; legId: LegIds; currency: string; amountMinor: number; fromAccountId: string; toAccountId: string;
}): BatchRequest {
  return { id: p.operationId, legs: [leg(p.legId(0), p.currency, p.fromAccountId, p.toAccountId, p.amountMinor, WALLET_LEG_CODES.transfer)] };
}

export type ConversionAccounts = {
  readonly walletFrom: string;
  readonly walletTo: string;
  readonly fxPositionFrom: string;
  readonly fxPositionTo: string;
  /** Needed only when there is a fee. */
  readonly feeIncomeFrom: string | undefined;
};

/**
 * One batch, all legs or none: wallet(from) → FX position(from) for the converted amount,
 * wallet(from) → fee income(from) for the fee (left out when zero), FX position(to) → wallet(to)
 * for the credited amount. The wallet's source balance falls by exactly debited = converted +
 * fee; the FX position holds what the merchant bought and sold.
 */
export function conversionBatch(p: { operationId: string; legId: LegIds; conversion: Conversion; accounts: ConversionAccounts }): BatchRequest {
  const { conversion: c, accounts: a } = p;
  const legs: MovementLeg[] = [leg(p.legId(0), c.fromCurrency, a.walletFrom, a.fxPositionFrom, c.convertedMinor, WALLET_LEG_CODES.convertOut)];
  if (c.feeMinor > 0) {
    if (a.feeIncomeFrom === undefined) throw new Error('a conversion with a fee needs the fee income account');
    legs.push(leg(p.legId(1), c.fromCurrency, a.walletFrom, a.feeIncomeFrom, c.feeMinor, WALLET_LEG_CODES.convertFee));
  }
  legs.push(leg(p.legId(2), c.toCurrency, a.fxPositionTo, a.walletTo, c.creditedMinor, WALLET_LEG_CODES.convertIn));
  return { id: p.operationId, legs };
}

export type WalletBalanceView = {
  readonly currency: string;
  readonly accountId: string;
  /** Posted credits − posted debits: what the wallet holds. */
  readonly balanceMinor: number;
  /** What it may still spend: the balance less open holds. */
  readonly availableMinor: number;
  readonly pendingMinor: number;
};

/** A wallet account's cached balance row as the screens show it. */
export function walletBalanceView(b: AccountBalance): WalletBalanceView {
  const balanceMinor = b.creditsPostedMinor - b.debitsPostedMinor;
  return {
    currency: b.currency, accountId: b.accountId, balanceMinor, availableMinor: balanceMinor - b.debitsPendingMinor,
    pendingMinor: b.debitsPendingMinor,
  };
}
