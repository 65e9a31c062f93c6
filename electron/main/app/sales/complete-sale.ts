import { err, ok, type Result } from '../../../../shared/domain/result';
import { cashIncrementMinor } from '../../../../shared/domain/sales/cash-rounding';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { splitTenders } from '../../core/sales/tender-split';
import type { Caller } from '../../core/staff/caller';
import { sha256 } from '../../db/chain-mac';
import { readBalance } from '../../db/repositories/account.repo';
import { appendRecord } from '../../db/repositories/record.repo';
import { findSale, idsTaken, insertSale, nextReceiptNo, type StoredSale } from '../../db/repositories/sale.repo';
import { openShift } from '../../db/repositories/shift.repo';
import type { WriteTx } from '../../db/tx';
import { submitOperation } from '../wallets/money-operation';
import { priceForSale, type PricedForSale } from './price-for-sale';
import { resolveTenders, type ResolvedTender } from './resolve-tenders';
import { saleLegs } from './sale-legs';
import { saleReceipt } from './sale-receipt';
import { saleCompletedBody, saleRows } from './sale-rows';
import { abort, writeSale } from './sale-write';
import type { SalesPorts } from './sales-ports';

type CompleteInput = Input<'sales.complete'>;
type CompleteOutput = Output<'sales.complete'>;
export type CompleteSale = (input: CompleteInput, caller: Caller) => Promise<Result<CompleteOutput>>;

/** What a repeat of the sale id must match: everything the client sent but the id itself. */
export function completeRequestHash(input: CompleteInput): Uint8Array {
  const { cart, expectedTotalMinor, tenders } = input;
  return sha256(new TextEncoder().encode(JSON.stringify({ cart, expectedTotalMinor, tenders })));
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

async function answer(tx: WriteTx, ports: SalesPorts, stored: StoredSale, replayed: boolean): Promise<CompleteOutput> {
  const { sale } = stored;
  return {
    saleId: sale.id, receiptNumber: sale.receiptNo, completedAtMs: sale.completedAtMs, totalMinor: sale.totalMinor, changeMinor: sale.changeMinor,
    receipt: await saleReceipt(tx, await ports.header(tx), stored, false), replayed,
  };
}

/** A card's or wallet's balance just after the batch, for the receipt. */
async function balancesAfter(tx: WriteTx, tenders: readonly ResolvedTender[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const t of tenders) {
    if (t.source.kind === 'merchant') continue;
    const b = await readBalance(tx, t.source.accountId);
    if (b) out.set(t.tenderId, b.creditsPostedMinor - b.debitsPostedMinor - b.debitsPendingMinor);
  }
  return out;
}

/** The card captures of the sale, recorded as the cards domain records them (the capture's operation id is the tender id). */
async function recordCaptures(tx: WriteTx, ports: SalesPorts, tenders: readonly ResolvedTender[], currency: string, caller: Caller, atMs: number): Promise<void> {
  for (const t of tenders) {
    if (t.kind !== 'card' || t.authorizationId === null || t.cardId === null) continue;
    await appendRecord(tx, ports.mac, {
      kind: 'card.payment.captured', subjectId: t.tenderId, actorId: caller.staffId, atMs,
      body: { operationId: t.tenderId, authorizationId: t.authorizationId, cardId: t.cardId, currency, amountMinor: t.amountMinor, releasedMinor: 0 },
    });
  }
}

type Checked = { readonly shiftId: string; readonly priced: PricedForSale; readonly tenders: ResolvedTender[]; readonly paid: readonly number[]; readonly changeMinor: number; readonly cashRoundingMinor: number };

/** Every refusal decided before anything is written: shift, cart, price, tenders. */
async function check(tx: WriteTx, ports: SalesPorts, input: CompleteInput, nowMs: number): Promise<Result<Checked>> {
  const shift = await openShift(tx);
  if (!shift) return err('shift_not_open', 'open a shift before selling');
  if (input.cart.lines.length === 0) return err('cart_empty', 'the cart has no lines');
  if (await idsTaken(tx, input.cart.lines.map((l) => l.lineId), input.tenders.map((t) => t.tenderId))) {
    return err('id_exists_with_different_content', 'a line or tender id of this request is already on another sale');
  }
  const priced = await priceForSale(tx, ports, input.cart);
  if (!priced.ok) return priced;
  const cart = priced.value.priced;
  if (cart.totalMinor !== input.expectedTotalMinor) {
    return err('total_changed', `the total is now ${cart.totalMinor} ${cart.currency}, not ${input.expectedTotalMinor}: price the cart again`);
  }
  const tenders = await resolveTenders(tx, input.tenders, cart.currency, nowMs);
  if (!tenders.ok) return tenders;
  const split = splitTenders(cart.totalMinor, tenders.value, cashIncrementMinor(cart.currency));
  if (!split.ok) return split;
  return ok({ shiftId: shift.shiftId, priced: priced.value, tenders: tenders.value, ...split.value, paid: split.value.paidMinor });
}

/**
 * Completes a sale in one write transaction (issue 9 §3): a repeat of the sale id answers the
 * first sale (replayed; another cart or tenders under it is a conflict); then the open shift, the
 * cart re-priced in core against the total the customer was shown, the tenders resolved and
 * split (cash rounding and change by core/sales/tender-split.ts), one linked ledger batch (card
 * holds posted, wallets debited, tender accounts → merchant sales → tax payable per rate), the
 * card captures recorded, the receipt number (MAX + 1 under the write lock), the sale rows and
 * the sale.completed record. A crash after the commit leaves one sale; its retry replays it.
 */
export function completeSale(ports: SalesPorts): CompleteSale {
  return async (input, caller) => {
    const requestHash = completeRequestHash(input);
    const actor = { staffId: caller.staffId };
    const result = await writeSale(ports, async (tx): Promise<Result<CompleteOutput>> => {
      const earlier = await findSale(tx, input.saleId);
      if (earlier) {
        if (!sameBytes(earlier.sale.requestHash, requestHash)) return err('id_exists_with_different_content', 'this sale id completed another sale');
        return ok(await answer(tx, ports, earlier, true));
      }
      const nowMs = ports.clock.nowMs();
      const checked = await check(tx, ports, input, nowMs);
      if (!checked.ok) return checked;
      const { priced, tenders, paid } = checked.value;
      const cart = priced.priced;
      const legs = await saleLegs(tx, ports, {
        currency: cart.currency, tenders: tenders.map((t, i) => ({ source: t.source, paidMinor: paid[i] ?? 0 })), taxes: cart.taxes,
        cashRoundingMinor: checked.value.cashRoundingMinor,
      }, actor);
      if (legs.length > 0) {
        const booked = await submitOperation(tx, ports, { id: input.saleId, legs }, actor);
        if (!booked.ok) abort(booked);
      }
      await recordCaptures(tx, ports, tenders, cart.currency, caller, nowMs);
      const stored = saleRows({
        saleId: input.saleId, receiptNo: await nextReceiptNo(tx, ports.terminalId), terminalId: ports.terminalId, shiftId: checked.value.shiftId,
        staffId: caller.staffId, atMs: nowMs, demo: await ports.demo(tx), requestHash, changeMinor: checked.value.changeMinor,
        cashRoundingMinor: checked.value.cashRoundingMinor,
      }, priced, tenders, paid, await balancesAfter(tx, tenders));
      await insertSale(tx, stored);
      await appendRecord(tx, ports.mac, {
        kind: 'sale.completed', subjectId: input.saleId, actorId: caller.staffId, atMs: nowMs, body: saleCompletedBody(stored, cart, tenders),
      });
      return ok(await answer(tx, ports, stored, false));
    });
    if (result.ok) {
      const { saleId, totalMinor, changeMinor, receipt } = result.value;
      ports.events.emit('display.paid', { saleId, totalMinor, changeMinor, currency: receipt.currency });
    }
    return result;
  };
}
