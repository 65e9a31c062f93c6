import type { RecordBody } from '../../../../shared/domain/records';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { parseWalletAddress } from '../../../../shared/domain/wallet-address';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { redeemRefusal } from '../../core/vouchers/voucher-rules';
import { appendRecord, firstRecord } from '../../db/repositories/record.repo';
import { chainState } from '../../db/repositories/state.repo';
import { markRedeemed } from '../../db/repositories/voucher.repo';
import { findWallet, findWalletByAddress, type WalletRow } from '../../db/repositories/wallet.repo';
import type { ReadTx } from '../../db/tx';
import type { Actor } from '../ledger/ports';
import { lookUpVoucher, VOUCHER_NOT_FOUND, voucherLookup } from './voucher-lookup';
import { moveVoucherMoney } from './voucher-money';
import type { VoucherPorts } from './voucher-ports';

type RedeemOutput = Output<'vouchers.redeem'>;
export type RedeemVoucher = (input: Input<'vouchers.redeem'>, actor: Actor) => Promise<Result<RedeemOutput>>;

type WalletLookup = { readonly walletId: string } | { readonly address: string };

function walletLookup(ref: Input<'vouchers.redeem'>['wallet']): Result<WalletLookup> {
  if ('walletId' in ref) return ok({ walletId: ref.walletId });
  const parsed = parseWalletAddress(ref.walletAddress);
  return parsed.ok ? ok({ address: parsed.value }) : err(parsed.error.code, parsed.error.message);
}

const lookUpWallet = (tx: ReadTx, w: WalletLookup): Promise<WalletRow | undefined> =>
  'walletId' in w ? findWallet(tx, w.walletId) : findWalletByAddress(tx, w.address);

function redeemedView(operationId: string, body: RecordBody<'voucher.redeemed'>, redeemedAtMs: number, replayed: boolean): RedeemOutput {
  return {
    operationId, voucherId: body.voucherId, batchId: body.batchId, serial: body.serial, currency: body.currency,
    walletId: body.walletId, amountMinor: body.amountMinor, redeemedAtMs, replayed,
  };
}

/**
 * Redeems a sold voucher into a wallet, exactly once, in one transaction: the face value moves
 * from the voucher liability to the wallet's account in the voucher's currency (opened on first
 * use), the voucher becomes `redeemed` (chained) and `voucher.redeemed` records it. The code and
 * the wallet address are checked by their check symbols before anything is looked up. Two
 * redemptions of one code are serialised by the write queue and the state-guarded update: the
 * second finds `redeemed` and is refused (`voucher_already_redeemed`). A repeat of the operation
 * id answers the first redemption (`replayed`).
 */
export function redeemVoucher(ports: VoucherPorts): RedeemVoucher {
  return async (input, actor) => {
    const lookup = voucherLookup({ code: input.code }, ports.codeKey);
    if (!lookup.ok) return lookup;
    const walletRef = walletLookup(input.wallet);
    if (!walletRef.ok) return walletRef;
    const nowMs = ports.clock.nowMs();
    return ports.db.tx.write(async (tx): Promise<Result<RedeemOutput>> => {
      const voucher = await lookUpVoucher(tx, lookup.value);
      const wallet = await lookUpWallet(tx, walletRef.value);
      const earlier = await firstRecord(tx, input.operationId, 'voucher.redeemed');
      if (earlier) {
        const body = earlier.body as RecordBody<'voucher.redeemed'>;
        if (voucher?.id !== body.voucherId || wallet?.id !== body.walletId) {
          return err('id_exists_with_different_content', 'this operation id already redeemed another voucher or into another wallet');
        }
        return ok(redeemedView(input.operationId, body, earlier.atMs, true));
      }
      if (!voucher) return err('voucher_not_found', VOUCHER_NOT_FOUND);
      const refusal = redeemRefusal(voucher, nowMs);
      if (refusal) return { ok: false, error: refusal };
      if (!wallet) return err('not_found', 'no wallet has this id or address');
      const moved = await moveVoucherMoney(tx, ports, {
        operationId: input.operationId, currency: voucher.currency, from: 'voucherLiability', to: { name: 'wallet', ownerId: wallet.id },
        amountMinor: voucher.faceValueMinor, code: 'voucher_redeem',
      }, actor);
      if (!moved.ok) return moved;
      if (!(await markRedeemed(tx, voucher.id, input.operationId, wallet.id, nowMs))) throw new Error('voucher not sold inside its own transaction');
      await chainState(tx, ports.mac, 'voucher.state', voucher.id, nowMs);
      const body: RecordBody<'voucher.redeemed'> = {
        voucherId: voucher.id, batchId: voucher.batchId, serial: voucher.serial, walletId: wallet.id, currency: voucher.currency,
        amountMinor: voucher.faceValueMinor,
      };
      await appendRecord(tx, ports.mac, { kind: 'voucher.redeemed', subjectId: input.operationId, body, actorId: actor.staffId, atMs: nowMs });
      return ok(redeemedView(input.operationId, body, nowMs, false));
    });
  };
}
