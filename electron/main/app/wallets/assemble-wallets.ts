import type { DomainPorts } from '../domain-ports';

/** The bound use cases of the wallets domain. */
export type WalletUseCases = Record<never, never>;

export function assembleWalletUseCases(_ports: DomainPorts): WalletUseCases {
  return {};
}
