import { err, ok, type Result } from '../../../../shared/domain/result';
import { parseWalletAddress } from '../../../../shared/domain/wallet-address';
import type { SaleTender } from '../../../../shared/ipc/contract/sales-schemas';
import { findCard } from '../../db/repositories/card.repo';
import { findPayment, type PaymentMethod } from '../../db/repositories/payment.repo';
import { saleOfPayment, type SaleTenderKind } from '../../db/repositories/sale.repo';
import { findWalletByAddress } from '../../db/repositories/wallet.repo';
import type { ReadTx } from '../../db/tx';
import { openAuthorization } from '../cards/payment-hold';
import { walletAccountIn } from '../wallets/wallet-reads';

/** Where a tender's money comes from in the ledger: a card hold to post, a customer's account, or a merchant account. */
export type TenderSource =
  | { readonly kind: 'hold'; readonly holdId: string; readonly accountId: string }
  | { readonly kind: 'account'; readonly accountId: string }
  | { readonly kind: 'merchant'; readonly name: 'cashDrawer' | 'externalCardClearing' | 'providerClearing' };

/** A tender as main found it: its amount (cash: handed over; card: the authorised amount) and what it names. */
export type ResolvedTender = {
  readonly tenderId: string;
  readonly kind: SaleTenderKind;
  readonly amountMinor: number;
  readonly source: TenderSource;
  readonly cardId: string | null;
  readonly last4: string | null;
  readonly authorizationId: string | null;
  readonly walletId: string | null;
  readonly paymentId: string | null;
  readonly method: PaymentMethod | null;
  readonly reference: string | null;
};

const base = { cardId: null, last4: null, authorizationId: null, walletId: null, paymentId: null, method: null, reference: null } as const;

async function cardTender(tx: ReadTx, t: Extract<SaleTender, { kind: 'card' }>, currency: string, nowMs: number): Promise<Result<ResolvedTender>> {
  if (await saleOfPayment(tx, 'authorization_id', t.authorizationId)) return err('hold_already_resolved', 'this authorisation already paid a sale');
  const open = await openAuthorization(tx, t.authorizationId, nowMs);
  if (!open.ok) return open;
  const { authorization, hold } = open.value;
  if (authorization.currency !== currency) return err('tender_currency_mismatch', `the card pays in ${authorization.currency}`);
  const card = await findCard(tx, authorization.cardId);
  return ok({
    ...base, tenderId: t.tenderId, kind: 'card', amountMinor: hold.amountMinor,
    source: { kind: 'hold', holdId: authorization.holdId, accountId: hold.debitAccountId },
    cardId: authorization.cardId, last4: card?.last4 ?? null, authorizationId: t.authorizationId,
  });
}

async function walletTender(tx: ReadTx, t: Extract<SaleTender, { kind: 'wallet' }>, currency: string): Promise<Result<ResolvedTender>> {
  const address = parseWalletAddress(t.walletAddress);
  if (!address.ok) return err(address.error.code, address.error.message);
  const wallet = await findWalletByAddress(tx, address.value);
  if (!wallet) return err('not_found', 'no wallet has this address');
  const accountId = await walletAccountIn(tx, wallet.id, currency);
  if (!accountId) return err('insufficient_funds', `the wallet holds no ${currency}`);
  return ok({ ...base, tenderId: t.tenderId, kind: 'wallet', amountMinor: t.amountMinor, source: { kind: 'account', accountId }, walletId: wallet.id });
}

async function providerTender(tx: ReadTx, t: Extract<SaleTender, { kind: 'provider' }>, currency: string): Promise<Result<ResolvedTender>> {
  const payment = await findPayment(tx, t.paymentId);
  if (!payment) return err('payment_not_found', 'no provider payment has this id');
  if (payment.status !== 'approved') return err('payment_not_approved', `the payment is ${payment.status}`);
  if (payment.currency !== currency) return err('tender_currency_mismatch', `the payment is in ${payment.currency}`);
  if (await saleOfPayment(tx, 'payment_id', t.paymentId)) return err('payment_already_used', 'this payment already paid a sale');
  return ok({
    ...base, tenderId: t.tenderId, kind: 'provider', amountMinor: payment.amountMinor, source: { kind: 'merchant', name: 'providerClearing' },
    paymentId: payment.id, method: payment.method, reference: payment.providerReference,
  });
}

/** One tender, resolved and checked inside the sale's transaction (nothing is written here). */
export async function resolveTender(tx: ReadTx, t: SaleTender, currency: string, nowMs: number): Promise<Result<ResolvedTender>> {
  switch (t.kind) {
    case 'cash':
      return ok({ ...base, tenderId: t.tenderId, kind: 'cash', amountMinor: t.amountMinor, source: { kind: 'merchant', name: 'cashDrawer' } });
    case 'external_card':
      return ok({
        ...base, tenderId: t.tenderId, kind: 'external_card', amountMinor: t.amountMinor,
        source: { kind: 'merchant', name: 'externalCardClearing' }, reference: t.approvalCode,
      });
    case 'card':
      return cardTender(tx, t, currency, nowMs);
    case 'wallet':
      return walletTender(tx, t, currency);
    case 'provider':
      return providerTender(tx, t, currency);
  }
}

export async function resolveTenders(tx: ReadTx, tenders: readonly SaleTender[], currency: string, nowMs: number): Promise<Result<ResolvedTender[]>> {
  const out: ResolvedTender[] = [];
  for (const t of tenders) {
    const resolved = await resolveTender(tx, t, currency, nowMs);
    if (!resolved.ok) return resolved;
    out.push(resolved.value);
  }
  return ok(out);
}
