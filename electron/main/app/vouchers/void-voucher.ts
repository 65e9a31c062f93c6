import type { RecordBody } from '../../../../shared/domain/records';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { voidRefusal } from '../../core/vouchers/voucher-rules';
import { appendRecord, firstRecord } from '../../db/repositories/record.repo';
import { chainState } from '../../db/repositories/state.repo';
import { markVoided } from '../../db/repositories/voucher.repo';
import type { Actor } from '../ledger/ports';
import { lookUpVoucher, VOUCHER_NOT_FOUND, voucherLookup } from './voucher-lookup';
import { moveVoucherMoney } from './voucher-money';
import type { VoucherPorts } from './voucher-ports';

type VoidOutput = Output<'vouchers.void'>;
export type VoidVoucher = (input: Input<'vouchers.void'>, actor: Actor) => Promise<Result<VoidOutput>>;

function voidedView(operationId: string, body: RecordBody<'voucher.voided'>, voidedAtMs: number, replayed: boolean): VoidOutput {
  return {
    operationId, voucherId: body.voucherId, batchId: body.batchId, serial: body.serial, currency: body.currency,
    faceValueMinor: body.faceValueMinor, wasSold: body.wasSold, releasedMinor: body.releasedMinor, voidedAtMs, replayed,
  };
}

/**
 * Voids an unsold or a sold, unredeemed voucher (expired or not), in one transaction. An unsold
 * one moves no money. A sold one's face value leaves the voucher liability for merchant sales
 * (the merchant keeps what it was paid, as breakage): the buyer is refunded by nothing here, so a
 * refund is a separate, deliberate payout (docs/ledger.md §11, "Vouchers"). Either way the voucher
 * becomes `voided` (chained) and `voucher.voided` records it; a repeat of the operation id answers
 * the first void.
 */
export function voidVoucher(ports: VoucherPorts): VoidVoucher {
  return async (input, actor) => {
    const lookup = voucherLookup(input.voucher, ports.codeKey);
    if (!lookup.ok) return lookup;
    const nowMs = ports.clock.nowMs();
    return ports.db.tx.write(async (tx): Promise<Result<VoidOutput>> => {
      const voucher = await lookUpVoucher(tx, lookup.value);
      const earlier = await firstRecord(tx, input.operationId, 'voucher.voided');
      if (earlier) {
        const body = earlier.body as RecordBody<'voucher.voided'>;
        if (voucher?.id !== body.voucherId || body.reason !== input.reason) {
          return err('id_exists_with_different_content', 'this operation id already voided another voucher or for another reason');
        }
        return ok(voidedView(input.operationId, body, earlier.atMs, true));
      }
      if (!voucher) return err('voucher_not_found', VOUCHER_NOT_FOUND);
      const refusal = voidRefusal(voucher);
      if (refusal) return { ok: false, error: refusal };
      const wasSold = voucher.state === 'sold';
      if (wasSold) {
        const moved = await moveVoucherMoney(tx, ports, {
          operationId: input.operationId, currency: voucher.currency, from: 'voucherLiability', to: 'merchantSales',
          amountMinor: voucher.faceValueMinor, code: 'voucher_void',
        }, actor);
        if (!moved.ok) return moved;
      }
      if (!(await markVoided(tx, voucher.id, input.operationId, nowMs))) throw new Error('voucher final inside its own transaction');
      await chainState(tx, ports.mac, 'voucher.state', voucher.id, nowMs);
      const body: RecordBody<'voucher.voided'> = {
        voucherId: voucher.id, batchId: voucher.batchId, serial: voucher.serial, currency: voucher.currency,
        faceValueMinor: voucher.faceValueMinor, wasSold, releasedMinor: wasSold ? voucher.faceValueMinor : 0, reason: input.reason,
      };
      await appendRecord(tx, ports.mac, { kind: 'voucher.voided', subjectId: input.operationId, body, actorId: actor.staffId, atMs: nowMs });
      return ok(voidedView(input.operationId, body, nowMs, false));
    });
  };
}
