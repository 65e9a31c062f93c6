import type { LedgerWritePorts } from '../ledger/ports';

/**
 * What the voucher use cases are built from: the ledger's write ports, the key of the voucher
 * code hashes (`SUB_KEY_LABELS.voucherCode`) and a source of random bytes for new codes
 * (injectable, so a test can force collisions).
 */
export type VoucherPorts = LedgerWritePorts & {
  readonly codeKey: Uint8Array;
  readonly random: (n: number) => Uint8Array;
};
