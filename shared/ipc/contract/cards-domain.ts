import type { MethodSpec } from '../method';

/**
 * The contract entries of the cards domain. Split it into files per sub-domain as it grows and
 * spread them here; shared/ipc/contract.ts spreads this one.
 */
export const cardDomainContract = {} as const satisfies Record<string, MethodSpec>;
