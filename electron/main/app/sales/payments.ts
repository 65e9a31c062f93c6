import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import type { Caller } from '../../core/staff/caller';
import { findPayment, insertPayment, updatePaymentStatus, type PaymentRow } from '../../db/repositories/payment.repo';
import { appendRecord } from '../../db/repositories/record.repo';
import { saleOfPayment } from '../../db/repositories/sale.repo';
import type { ProviderAnswer } from './providers/payment-provider';
import type { SimulatorProvider } from './providers/simulator-provider';
import type { SalesPorts } from './sales-ports';

type PaymentOutput = Output<'payments.request'>;
export type RequestPayment = (input: Input<'payments.request'>, caller: Caller) => Promise<Result<PaymentOutput>>;
export type LookupPayment = (input: Input<'payments.lookup'>) => Promise<Result<PaymentOutput>>;
export type SimulatorNext = (input: Input<'payments.simulatorNext'>) => Promise<Result<Output<'payments.simulatorNext'>>>;
type Ports = Pick<SalesPorts, 'db' | 'mac' | 'clock' | 'provider'>;

const viewOf = (p: PaymentRow, replayed: boolean, usedBySaleId: string | null): PaymentOutput => ({
  paymentId: p.id, saleId: p.saleId, method: p.method, amountMinor: p.amountMinor, currency: p.currency, status: p.status,
  providerReference: p.providerReference, usedBySaleId, requestedAtMs: p.requestedAtMs, replayed,
});

/** The payment as answered, with the sale that took it as a tender (if one did). */
async function answer(ports: Ports, p: PaymentRow, replayed: boolean): Promise<PaymentOutput> {
  return viewOf(p, replayed, (await ports.db.tx.read((tx) => saleOfPayment(tx, 'payment_id', p.id))) ?? null);
}

const isOpen = (p: PaymentRow): boolean => p.status === 'pending' || p.status === 'unknown';

/** Stores the provider's answer for an open payment (and records a decision); answers the row as it now is. */
async function settle(ports: Ports, payment: PaymentRow, answer: ProviderAnswer, staffId: string): Promise<PaymentRow> {
  return ports.db.tx.write(async (tx) => {
    const now = await findPayment(tx, payment.id);
    if (!now || !isOpen(now)) return now ?? payment;
    const atMs = ports.clock.nowMs();
    if (answer.status === 'approved' || answer.status === 'declined') {
      await updatePaymentStatus(tx, payment.id, answer.status, answer.providerReference, atMs);
      await appendRecord(tx, ports.mac, {
        kind: 'payment.resolved', subjectId: payment.id, actorId: staffId, atMs,
        body: {
          paymentId: payment.id, saleId: payment.saleId, method: payment.method, currency: payment.currency, amountMinor: payment.amountMinor,
          status: answer.status, providerReference: answer.providerReference,
        },
      });
    } else if (answer.status !== now.status) {
      await updatePaymentStatus(tx, payment.id, answer.status, null, null);
    }
    return (await findPayment(tx, payment.id)) ?? payment;
  });
}

/**
 * Asks the provider for a payment once per payment id: the pending row and its record are
 * committed before the provider is called, so a crash in between leaves a pending payment that a
 * lookup resolves. A repeat of the id never pays twice: a decided payment is answered as stored,
 * an open one is looked up.
 */
export function requestPayment(ports: Ports): RequestPayment {
  return async (input, caller) => {
    const existing = await ports.db.tx.read((tx) => findPayment(tx, input.paymentId));
    if (existing) {
      const same = existing.saleId === input.saleId && existing.method === input.method && existing.amountMinor === input.amountMinor
        && existing.currency === input.currency;
      if (!same) return err('id_exists_with_different_content', 'this payment id asked for another payment');
      if (!isOpen(existing)) return ok(await answer(ports, existing, true));
      return ok(await answer(ports, await settle(ports, existing, await ports.provider.lookup(existing.id), caller.staffId), true));
    }
    const row: PaymentRow = {
      id: input.paymentId, saleId: input.saleId, method: input.method, currency: input.currency, amountMinor: input.amountMinor, status: 'pending',
      provider: ports.provider.name, providerReference: null, staffId: caller.staffId, requestedAtMs: ports.clock.nowMs(), resolvedAtMs: null,
    };
    await ports.db.tx.write(async (tx) => {
      await insertPayment(tx, row);
      await appendRecord(tx, ports.mac, {
        kind: 'payment.requested', subjectId: row.id, actorId: caller.staffId, atMs: row.requestedAtMs,
        body: { paymentId: row.id, saleId: row.saleId, method: row.method, currency: row.currency, amountMinor: row.amountMinor },
      });
    });
    const reply = await ports.provider.request({ paymentId: row.id, method: row.method, amountMinor: row.amountMinor, currency: row.currency });
    return ok(await answer(ports, await settle(ports, row, reply, caller.staffId), false));
  };
}

/** The payment as the provider now knows it: an open one is asked again (never requested again). */
export function lookupPayment(ports: Ports): LookupPayment {
  return async (input) => {
    const payment = await ports.db.tx.read((tx) => findPayment(tx, input.paymentId));
    if (!payment) return err('payment_not_found', 'no payment has this id');
    if (!isOpen(payment)) return ok(await answer(ports, payment, false));
    return ok(await answer(ports, await settle(ports, payment, await ports.provider.lookup(payment.id), payment.staffId), false));
  };
}

/** Tells the simulator provider what to answer next (the only provider there is). */
export function simulatorNext(simulator: SimulatorProvider): SimulatorNext {
  return async (input) => ok({ outcome: input.outcome, queued: simulator.next(input.outcome) });
}
