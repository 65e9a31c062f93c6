import { newId } from '../../../../shared/domain/ids';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { formatVoucherCode, newVoucherCode, type VoucherCode } from '../../../../shared/domain/voucher-code';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { codeHashTaken, findBatch, insertBatch, insertVoucher, type VoucherBatchRow } from '../../db/repositories/voucher.repo';
import { chainState } from '../../db/repositories/state.repo';
import type { WriteTx } from '../../db/tx';
import { hashVoucherCode } from '../../db/voucher-code-hash';
import type { Actor } from '../ledger/ports';
import type { VoucherPorts } from './voucher-ports';
import { batchView } from './voucher-views';

export type GenerateVoucherBatch = (input: Input<'vouchers.generateBatch'>, actor: Actor) => Promise<Result<Output<'vouchers.generateBatch'>>>;

/**
 * 75 random bits per code make a repeat practically impossible; a repeat at all means the random
 * source is broken, and after this many draws for one voucher the batch is abandoned (rolled back).
 */
export const CODE_DRAWS_MAX = 8;

type Drawn = { readonly code: VoucherCode; readonly hash: Uint8Array };

/** A new code whose keyed hash is neither another voucher's nor one drawn earlier in this batch. */
async function drawUnique(tx: WriteTx, ports: VoucherPorts, drawn: Set<string>): Promise<Drawn> {
  for (let attempt = 0; attempt < CODE_DRAWS_MAX; attempt += 1) {
    const code = newVoucherCode(ports.random);
    const hash = hashVoucherCode(ports.codeKey, code);
    const key = Buffer.from(hash).toString('hex');
    if (drawn.has(key) || (await codeHashTaken(tx, hash))) continue;
    drawn.add(key);
    return { code, hash };
  }
  throw new Error(`no unique voucher code after ${CODE_DRAWS_MAX} draws: the random source repeats`);
}

const sameFigures = (a: VoucherBatchRow, input: Input<'vouchers.generateBatch'>): boolean =>
  a.currency === input.currency && a.faceValueMinor === input.faceValueMinor && a.count === input.count
  && a.expiresAtMs === (input.expiresAtMs ?? null);

/**
 * Generates a batch in one transaction: the batch row and every voucher row, each chained, with
 * codes drawn until their keyed hash is unique (the unique index has the final word). The clear
 * codes exist only in this function's answer. A repeat of the batch id is refused rather than
 * answered again: the codes cannot be rebuilt from their hashes, and a success without them could
 * be printed as an empty sheet (docs/ledger.md §11, "Vouchers").
 */
export function generateVoucherBatch(ports: VoucherPorts): GenerateVoucherBatch {
  return async (input, actor) => {
    const nowMs = ports.clock.nowMs();
    return ports.db.tx.write(async (tx): Promise<Result<Output<'vouchers.generateBatch'>>> => {
      const earlier = await findBatch(tx, input.batchId);
      if (earlier) {
        return sameFigures(earlier, input)
          ? err('voucher_batch_exists', 'this batch was already generated and its codes were shown once; void its vouchers and generate a new batch')
          : err('id_exists_with_different_content', 'this batch id was already used for a batch with other figures');
      }
      if (input.expiresAtMs !== undefined && input.expiresAtMs <= nowMs) {
        return err('voucher_expiry_in_past', 'the expiry must be later than now');
      }
      const batch: VoucherBatchRow = {
        id: input.batchId, currency: input.currency, faceValueMinor: input.faceValueMinor, count: input.count,
        expiresAtMs: input.expiresAtMs ?? null, createdBy: actor.staffId, createdAtMs: nowMs,
      };
      await insertBatch(tx, batch);
      await chainState(tx, ports.mac, 'voucher_batch.state', batch.id, nowMs);
      const drawn = new Set<string>();
      const vouchers: Output<'vouchers.generateBatch'>['vouchers'][number][] = [];
      for (let serial = 1; serial <= input.count; serial += 1) {
        const { code, hash } = await drawUnique(tx, ports, drawn);
        const voucherId = newId();
        await insertVoucher(tx, { id: voucherId, batchId: batch.id, serial, codeHash: hash, createdAtMs: nowMs });
        await chainState(tx, ports.mac, 'voucher.state', voucherId, nowMs);
        vouchers.push({ voucherId, serial, code: formatVoucherCode(code) });
      }
      return ok({ batch: batchView(batch), vouchers });
    });
  };
}
