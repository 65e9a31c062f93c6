import type { AppError } from '../../../../shared/domain/errors';
import { newId } from '../../../../shared/domain/ids';
import type { RecordBody } from '../../../../shared/domain/records';
import { cashIncrementMinor } from '../../../../shared/domain/sales/cash-rounding';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { cashPayout, lineRefund, tenderShares, type LineRefund } from '../../core/sales/refund-amounts';
import { findCard } from '../../db/repositories/card.repo';
import { refundedAgainst } from '../../db/repositories/card-usage.repo';
import { appendRecord } from '../../db/repositories/record.repo';
import { insertRefund, nextRefundNo, type StoredRefund } from '../../db/repositories/refund.repo';
import type { SaleTenderRow } from '../../db/repositories/sale.repo';
import type { ReadTx, WriteTx } from '../../db/tx';
import type { Actor } from '../ledger/ports';
import { submitOperation } from '../wallets/money-operation';
import type { TenderSource } from './resolve-tenders';
import { refundLegs, SALE_CODES } from './sale-legs';
import { refundableLine, type SaleState } from './sale-state';
import { abort } from './sale-write';
import type { SalesPorts } from './sales-ports';

/** What a refund or void gives back, decided from the sale as it is now. */
export type GiveBackPlan = {
  readonly kind: 'refund' | 'void';
  readonly lines: readonly LineRefund[];
  /** Per sale tender, in the sale's order: what each pays back (cash in whole coins). */
  readonly tenderAmounts: readonly number[];
  /** The cash paid back less the cash share it stands for (a void: the sale's own rounding). */
  readonly cashRoundingMinor: number;
};

/**
 * The part of the sale's total the cash tender settled, and of it what earlier refunds gave back,
 * both exact (before cash rounding): the sale's cash less its rounding, the refunds' cash less theirs.
 */
function cashExact(state: SaleState, t: SaleTenderRow): { settledMinor: number; backMinor: number } {
  return {
    settledMinor: t.amountMinor - state.stored.sale.cashRoundingMinor,
    backMinor: (state.refundedByTender.get(t.tenderId) ?? 0) - state.refundRoundingMinor,
  };
}

/**
 * What a tender may still take back, exact: what it paid less the refunds against it (a card's
 * counted by the cards domain too; cash by what it settled, before rounding).
 */
async function tenderRefundable(tx: ReadTx, state: SaleState, t: SaleTenderRow): Promise<number> {
  if (t.kind === 'cash') {
    const { settledMinor, backMinor } = cashExact(state, t);
    return settledMinor - backMinor;
  }
  const ours = t.amountMinor - (state.refundedByTender.get(t.tenderId) ?? 0);
  if (t.kind !== 'card') return ours;
  return Math.max(0, Math.min(ours, t.amountMinor - (await refundedAgainst(tx, t.tenderId, 'card.refund'))));
}

/** The exact shares with the cash one paid out in whole coins (`cashPayout`), and that rounding. */
function roundCashShare(state: SaleState, shares: readonly number[]): { tenderAmounts: number[]; cashRoundingMinor: number } {
  const tenders = state.stored.tenders;
  const i = tenders.findIndex((t) => t.kind === 'cash');
  const cash = tenders[i];
  const share = shares[i] ?? 0;
  if (cash === undefined || share === 0) return { tenderAmounts: [...shares], cashRoundingMinor: 0 };
  const payout = cashPayout(cashExact(state, cash).backMinor, share, cashIncrementMinor(state.stored.sale.currency));
  return { tenderAmounts: shares.map((s, k) => (k === i ? payout : s)), cashRoundingMinor: payout - share };
}

/** A refund of some lines: each line's amounts by core, the total spread over the tenders by what each may take back. */
export async function planRefund(tx: ReadTx, state: SaleState, lines: readonly { lineId: string; quantityMilli: number }[]): Promise<Result<GiveBackPlan>> {
  if (state.stored.sale.status === 'voided') return err('sale_voided', 'the sale was voided');
  const refunds: LineRefund[] = [];
  for (const wanted of lines) {
    const line = refundableLine(state, wanted.lineId);
    if (!line) return err('refund_line_not_found', `line ${wanted.lineId} is not on this sale`);
    const refund = lineRefund(line, wanted.quantityMilli);
    if (!refund.ok) return refund;
    refunds.push(refund.value);
  }
  const total = refunds.reduce((sum, r) => sum + r.totalMinor, 0);
  const refundable: number[] = [];
  for (const t of state.stored.tenders) refundable.push(await tenderRefundable(tx, state, t));
  const shares = tenderShares(total, refundable);
  if (!shares.ok) return shares;
  return ok({ kind: 'refund', lines: refunds, ...roundCashShare(state, shares.value) });
}

/** A void: every line and every tender in full, cash rounding reversed; only a sale with nothing refunded. */
export function planVoid(state: SaleState): Result<GiveBackPlan> {
  if (state.stored.sale.status === 'voided') return err('sale_voided', 'the sale was voided already');
  if (state.refunds.length > 0) return err('sale_has_refunds', 'a sale with refunds cannot be voided: refund its remaining lines');
  return ok({
    kind: 'void',
    lines: state.stored.lines.map((l) => ({ lineId: l.lineId, quantityMilli: l.quantityMilli, netMinor: l.netMinor, taxMinor: l.taxMinor, totalMinor: l.totalMinor })),
    tenderAmounts: state.stored.tenders.map((t) => t.amountMinor),
    cashRoundingMinor: state.stored.sale.cashRoundingMinor,
  });
}

/** A card that would take money back must still be open (a closed card's money would be stranded). */
export async function cardRefusal(tx: ReadTx, state: SaleState, plan: GiveBackPlan): Promise<AppError | undefined> {
  for (const [i, t] of state.stored.tenders.entries()) {
    if (t.kind !== 'card' || t.cardId === null || (plan.tenderAmounts[i] ?? 0) === 0) continue;
    const card = await findCard(tx, t.cardId);
    if (card?.state === 'closed') return { code: 'card_closed', message: 'the card is closed: it cannot take a refund' };
  }
  return undefined;
}

function sourceOf(t: SaleTenderRow): TenderSource {
  if (t.accountId !== null) return { kind: 'account', accountId: t.accountId };
  return { kind: 'merchant', name: t.kind === 'cash' ? 'cashDrawer' : t.kind === 'provider' ? 'providerClearing' : 'externalCardClearing' };
}

/** The tax given back per (class, rate), from the lines refunded. */
function taxesOf(state: SaleState, lines: readonly LineRefund[]): { taxClass: string; rateBp: number; taxMinor: number }[] {
  const byKey = new Map<string, { taxClass: string; rateBp: number; taxMinor: number }>();
  for (const r of lines) {
    const line = state.stored.lines.find((l) => l.lineId === r.lineId);
    if (!line) continue;
    const key = `${line.taxClass}:${line.taxRateBp}`;
    const prior = byKey.get(key) ?? { taxClass: line.taxClass, rateBp: line.taxRateBp, taxMinor: 0 };
    byKey.set(key, { ...prior, taxMinor: prior.taxMinor + r.taxMinor });
  }
  return [...byKey.values()];
}

export type GiveBackFacts = { readonly refundId: string; readonly shiftId: string; readonly approvedBy: string; readonly requestHash: Uint8Array; readonly atMs: number };

/**
 * Writes a refund or void in the caller's transaction: the reversing batch (id = refund id), the
 * cards domain's card.refund record for money back on a card, the refund rows with the slip's
 * gapless number, and the sale.refunded / sale.voided record.
 */
export async function writeGiveBack(
  tx: WriteTx, ports: SalesPorts, state: SaleState, plan: GiveBackPlan, facts: GiveBackFacts, actor: Actor,
): Promise<StoredRefund> {
  const { sale, tenders } = state.stored;
  const legs = await refundLegs(tx, ports, {
    currency: sale.currency, tenders: tenders.map((t, i) => ({ source: sourceOf(t), amountMinor: plan.tenderAmounts[i] ?? 0 })),
    taxes: taxesOf(state, plan.lines), cashRoundingMinor: plan.cashRoundingMinor, code: plan.kind === 'void' ? SALE_CODES.void : SALE_CODES.refund,
  }, actor);
  if (legs.length > 0) {
    const booked = await submitOperation(tx, ports, { id: facts.refundId, legs }, actor);
    if (!booked.ok) abort(booked);
  }
  for (const [i, t] of tenders.entries()) {
    const amountMinor = plan.tenderAmounts[i] ?? 0;
    if (t.kind !== 'card' || t.cardId === null || amountMinor === 0) continue;
    const operationId = newId();
    await appendRecord(tx, ports.mac, {
      kind: 'card.refund', subjectId: operationId, actorId: actor.staffId, atMs: facts.atMs,
      body: { operationId, paymentOperationId: t.tenderId, cardId: t.cardId, currency: sale.currency, amountMinor },
    });
  }
  const net = plan.lines.reduce((s, l) => s + l.netMinor, 0);
  const tax = plan.lines.reduce((s, l) => s + l.taxMinor, 0);
  const stored: StoredRefund = {
    refund: {
      id: facts.refundId, saleId: sale.id, kind: plan.kind, receiptNo: await nextRefundNo(tx, ports.terminalId), terminalId: ports.terminalId,
      atMs: facts.atMs, staffId: actor.staffId, approvedBy: facts.approvedBy, shiftId: facts.shiftId, netMinor: net, taxMinor: tax,
      totalMinor: net + tax, requestHash: facts.requestHash,
    },
    lines: plan.lines,
    tenders: tenders.flatMap((t, i) => ((plan.tenderAmounts[i] ?? 0) > 0 ? [{ tenderId: t.tenderId, kind: t.kind, amountMinor: plan.tenderAmounts[i] ?? 0 }] : [])),
  };
  await insertRefund(tx, stored);
  const body: RecordBody<'sale.refunded'> = {
    refundId: facts.refundId, saleId: sale.id, receiptNumber: stored.refund.receiptNo, shiftId: facts.shiftId, approvedBy: facts.approvedBy,
    currency: sale.currency, netMinor: net, taxMinor: tax, totalMinor: net + tax, lines: [...plan.lines], tenders: [...stored.tenders],
  };
  await appendRecord(tx, ports.mac, {
    kind: plan.kind === 'void' ? 'sale.voided' : 'sale.refunded', subjectId: facts.refundId, actorId: actor.staffId, atMs: facts.atMs, body,
  });
  return stored;
}
