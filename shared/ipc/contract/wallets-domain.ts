import type { MethodSpec } from '../method';
import { customerContract } from './customers';
import { fxContract } from './fx';
import { walletMoneyContract } from './wallet-money';
import { walletStatementContract } from './wallet-statement';

/**
 * The contract entries of the wallets domain: customers (and their wallets), wallet money
 * operations and statements, and FX rates. shared/ipc/contract.ts spreads this one.
 */
export const walletDomainContract = {
  ...customerContract,
  ...walletMoneyContract,
  ...walletStatementContract,
  ...fxContract,
} as const satisfies Record<string, MethodSpec>;
