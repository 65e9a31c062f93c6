import type { StatementLine, StatementPage } from '../../../../shared/domain/statement';
import { formatMinor } from '../../../../shared/domain/money';
import type { CsvValue } from '../../components/csv';

/** What a statement view asks its call for: the account is bound by the caller. */
export type StatementRequest = {
  readonly fromMs?: number;
  readonly toMs?: number;
  readonly beforeKey?: number;
  readonly limit: number;
};
export type StatementLoader = (request: StatementRequest) => Promise<StatementPage>;

/** Lines per screen page, and per page of an export (the contract's maximum). */
export const STATEMENT_SCREEN_PAGE = 50;
export const STATEMENT_EXPORT_PAGE = 500;
/** An export stops past this many lines rather than hold an unbounded file in memory. */
export const STATEMENT_EXPORT_MAX = 200_000;

/** A day picked in a date field ("2026-12-03") as local-time bounds: from its start, to its end. */
export function dayStartMs(day: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 0, 0, 0, 0).getTime();
}

export function dayEndMs(day: string): number | undefined {
  const start = dayStartMs(day);
  if (start === undefined) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1, 0, 0, 0, 0).getTime() - 1;
}

export function rangeOf(from: string, to: string): Pick<StatementRequest, 'fromMs' | 'toMs'> {
  const fromMs = dayStartMs(from);
  const toMs = dayEndMs(to);
  return { ...(fromMs === undefined ? {} : { fromMs }), ...(toMs === undefined ? {} : { toMs }) };
}

/**
 * The words for a line's transfer code (the cards and wallets domains write them; some contain
 * dots, which i18next would read as nesting). A code not listed reads as its transfer kind.
 */
const CODE_WORDS: Readonly<Record<string, string>> = {
  card_topup: 'topUp', 'wallet.topup': 'topUp', card_payment: 'hold', card_capture: 'payment', card_release: 'released',
  card_refund: 'refund', card_transfer: 'transfer', 'wallet.transfer': 'transfer', card_replace: 'replace', expire: 'expired',
  'fx.convert.out': 'convertOut', 'fx.convert.fee': 'convertFee', 'fx.convert.in': 'convertIn', voucher_redeem: 'voucherRedeem',
};

export function lineWordsKey(line: Pick<StatementLine, 'code' | 'kind'>): string {
  const word = Object.hasOwn(CODE_WORDS, line.code) ? CODE_WORDS[line.code] : undefined;
  return word === undefined ? `cards:statement.kind.${line.kind}` : `cards:statement.code.${word}`;
}

/** The signed amount of a line for the account: credits in, debits out. */
export function signedMinor(line: StatementLine): number {
  return line.direction === 'in' ? line.amountMinor : -line.amountMinor;
}

export const STATEMENT_CSV_HEADER = ['time_utc', 'operation_id', 'kind', 'direction', 'amount', 'currency', 'counterparty', 'pending_id'] as const;

/**
 * One CSV row of a line: ISO time in UTC, the exact decimal amount (signed) in the currency's
 * own digits, the counter account by kind only (never a customer's details, never a card number).
 */
export function statementCsvRow(line: StatementLine): CsvValue[] {
  return [
    new Date(line.atMs).toISOString(), line.operationId, line.kind, line.direction,
    formatMinor(signedMinor(line), line.currency), line.currency, line.counterAccountKind, line.pendingId,
  ];
}
