import type { DomainPorts } from '../domain-ports';

/** The bound use cases of the vouchers domain. */
export type VoucherUseCases = Record<never, never>;

export function assembleVoucherUseCases(_ports: DomainPorts): VoucherUseCases {
  return {};
}
