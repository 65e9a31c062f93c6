import type { RecordBody } from '../../../../shared/domain/records';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { TENDER_ACCOUNT, type Tender } from '../../../../shared/domain/tender';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { sellRefusal } from '../../core/vouchers/voucher-rules';
import { appendRecord, firstRecord } from '../../db/repositories/record.repo';
import { chainState } from '../../db/repositories/state.repo';
import { markSold } from '../../db/repositories/voucher.repo';
import type { Actor } from '../ledger/ports';
import { lookUpVoucher, VOUCHER_NOT_FOUND, voucherLookup } from './voucher-lookup';
import { moveVoucherMoney } from './voucher-money';
import type { VoucherPorts } from './voucher-ports';

type SellOutput = Output<'vouchers.sell'>;
export type SellVoucher = (input: Input<'vouchers.sell'>, actor: Actor) => Promise<Result<SellOutput>>;

function soldView(operationId: string, body: RecordBody<'voucher.sold'>, soldAtMs: number, replayed: boolean): SellOutput {
  return {
    operationId, voucherId: body.voucherId, batchId: body.batchId, serial: body.serial, currency: body.currency,
    amountMinor: body.amountMinor, tenderKind: body.tender.kind, soldAtMs, replayed,
  };
}

const sameTender = (a: Tender, b: Tender): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Sells a voucher at the counter, in one transaction: the face value moves from the tender's
 * merchant account (cash drawer, external-card or bank clearing) to the voucher liability, the
 * voucher becomes `sold` (chained) and `voucher.sold` records the tender. A repeat of the
 * operation id answers the first sale (`replayed`); the same id for another voucher or tender is
 * `id_exists_with_different_content`. A refusal (already sold, voided, expired…) writes nothing,
 * so a repeat decides again on the voucher as it is then.
 */
export function sellVoucher(ports: VoucherPorts): SellVoucher {
  return async (input, actor) => {
    const lookup = voucherLookup(input.voucher, ports.codeKey);
    if (!lookup.ok) return lookup;
    const nowMs = ports.clock.nowMs();
    return ports.db.tx.write(async (tx): Promise<Result<SellOutput>> => {
      const voucher = await lookUpVoucher(tx, lookup.value);
      const earlier = await firstRecord(tx, input.operationId, 'voucher.sold');
      if (earlier) {
        const body = earlier.body as RecordBody<'voucher.sold'>;
        if (voucher?.id !== body.voucherId || !sameTender(body.tender, input.tender)) {
          return err('id_exists_with_different_content', 'this operation id already sold another voucher or took another tender');
        }
        return ok(soldView(input.operationId, body, earlier.atMs, true));
      }
      if (!voucher) return err('voucher_not_found', VOUCHER_NOT_FOUND);
      const refusal = sellRefusal(voucher, nowMs);
      if (refusal) return { ok: false, error: refusal };
      const moved = await moveVoucherMoney(tx, ports, {
        operationId: input.operationId, currency: voucher.currency, from: TENDER_ACCOUNT[input.tender.kind], to: 'voucherLiability',
        amountMinor: voucher.faceValueMinor, code: 'voucher_sale',
      }, actor);
      if (!moved.ok) return moved;
      if (!(await markSold(tx, voucher.id, input.operationId, nowMs))) throw new Error('voucher left unsold inside its own transaction');
      await chainState(tx, ports.mac, 'voucher.state', voucher.id, nowMs);
      const body: RecordBody<'voucher.sold'> = {
        voucherId: voucher.id, batchId: voucher.batchId, serial: voucher.serial, currency: voucher.currency,
        amountMinor: voucher.faceValueMinor, tender: input.tender,
      };
      await appendRecord(tx, ports.mac, { kind: 'voucher.sold', subjectId: input.operationId, body, actorId: actor.staffId, atMs: nowMs });
      return ok(soldView(input.operationId, body, nowMs, false));
    });
  };
}
