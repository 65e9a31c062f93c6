import type { MethodSpec } from '../method';
import { cardLifecycleContract } from './cards-lifecycle';
import { cardMoneyContract } from './cards-money';

/**
 * The contract entries of the cards domain, one file per part; shared/ipc/contract.ts spreads
 * this one.
 */
export const cardDomainContract = {
  ...cardLifecycleContract,
  ...cardMoneyContract,
} as const satisfies Record<string, MethodSpec>;
