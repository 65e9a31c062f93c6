import { voucherCodeKey } from '../../db/voucher-code-hash';
import type { DomainPorts } from '../domain-ports';
import { generateVoucherBatch, type GenerateVoucherBatch } from './generate-batch';
import { listVoucherBatches, type ListVoucherBatches } from './list-batches';
import { redeemVoucher, type RedeemVoucher } from './redeem-voucher';
import { sellVoucher, type SellVoucher } from './sell-voucher';
import { voidVoucherBatch, type VoidVoucherBatch } from './void-batch';
import { voidVoucher, type VoidVoucher } from './void-voucher';
import { voucherSummary, type VoucherSummary } from './voucher-summary';
import type { VoucherPorts } from './voucher-ports';

/** The bound use cases of the vouchers domain. */
export type VoucherUseCases = {
  readonly generateBatch: GenerateVoucherBatch;
  readonly sell: SellVoucher;
  readonly redeem: RedeemVoucher;
  readonly void: VoidVoucher;
  readonly voidBatch: VoidVoucherBatch;
  readonly summary: VoucherSummary;
  readonly listBatches: ListVoucherBatches;
};

export function assembleVoucherUseCases(ports: DomainPorts): VoucherUseCases {
  const voucherPorts: VoucherPorts = {
    db: ports.db, mac: ports.mac, terminalId: ports.terminalId, clock: ports.clock,
    codeKey: voucherCodeKey(ports.keys.root), random: ports.random,
  };
  return {
    generateBatch: generateVoucherBatch(voucherPorts),
    sell: sellVoucher(voucherPorts),
    redeem: redeemVoucher(voucherPorts),
    void: voidVoucher(voucherPorts),
    voidBatch: voidVoucherBatch(voucherPorts),
    summary: voucherSummary(voucherPorts),
    listBatches: listVoucherBatches(voucherPorts),
  };
}
