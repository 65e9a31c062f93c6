import type { MethodSpec } from '../method';
import { customerContract } from './customers';
import { walletMoneyContract } from './wallet-money';

/**
 * The contract entries of the wallets domain: customers (and their wallets) and wallet money
 * operations. shared/ipc/contract.ts spreads this one.
 */
export const walletDomainContract = {
  ...customerContract,
  ...walletMoneyContract,
} as const satisfies Record<string, MethodSpec>;
