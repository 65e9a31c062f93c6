import { anchorContract } from './contract/anchor';
import { approvalContract } from './contract/approval';
import { cardDomainContract } from './contract/cards-domain';
import { displayDomainContract } from './contract/display-domain';
import { catalogDomainContract } from './contract/catalog-domain';
import { salesDomainContract } from './contract/sales-domain';
import { receiptDomainContract } from './contract/receipts-domain';
import { ledgerContract } from './contract/ledger';
import { settingsContract } from './contract/settings';
import { setupContract } from './contract/setup';
import { shiftDomainContract } from './contract/shifts-domain';
import { staffContract } from './contract/staff';
import { systemContract } from './contract/system';
import { voucherDomainContract } from './contract/vouchers-domain';
import { walletDomainContract } from './contract/wallets-domain';
import type { DispatchError, MethodSpec } from './method';
import type { z } from './zod';

/**
 * The one declaration of every call between the renderer and main: 'domain.verb' → strict input
 * schema, output schema, access, and the error codes its handler returns. The router, the
 * preload, the web host and the renderer client are all derived from this object.
 */
export const contract = {
  ...systemContract,
  ...setupContract,
  ...staffContract,
  ...approvalContract,
  ...settingsContract,
  ...ledgerContract,
  ...anchorContract,
  ...walletDomainContract,
  ...cardDomainContract,
  ...voucherDomainContract,
  ...displayDomainContract,
  ...shiftDomainContract,
  ...catalogDomainContract,
  ...salesDomainContract,
  ...receiptDomainContract,
} as const satisfies Record<`${string}.${string}`, MethodSpec>;

export type Contract = typeof contract;
export type MethodKey = keyof Contract;
export type Input<K extends MethodKey> = z.infer<Contract[K]['input']>;
export type Output<K extends MethodKey> = z.infer<Contract[K]['output']>;
/** Every error code a call of K can return: dispatch's (from its access) and its handler's. */
export type DeclaredError<K extends MethodKey> = DispatchError<Contract[K]['access']> | Contract[K]['errors'][number];

export function isMethodKey(key: string): key is MethodKey {
  return Object.hasOwn(contract, key);
}
