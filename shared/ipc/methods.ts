import type { MethodKey } from './contract';
import { CARD_METHOD_KEYS } from './methods-by-domain/cards';
import { DISPLAY_METHOD_KEYS } from './methods-by-domain/display';
import { CATALOG_METHOD_KEYS } from './methods-by-domain/catalog';
import { SALES_METHOD_KEYS } from './methods-by-domain/sales';
import { RECEIPT_METHOD_KEYS } from './methods-by-domain/receipts';
import { SHIFT_METHOD_KEYS } from './methods-by-domain/shifts';
import { VOUCHER_METHOD_KEYS } from './methods-by-domain/vouchers';
import { WALLET_METHOD_KEYS } from './methods-by-domain/wallets';

/**
 * The key list alone, without zod, for the preload bundle. A test asserts it equals
 * `Object.keys(contract)`; the type below makes a missing or extra key a compile error.
 */
export const METHOD_KEYS = [
  'system.status',
  'setup.complete',
  'setup.loadDemo',
  'staff.signIn',
  'staff.unlock',
  'staff.signOut',
  'staff.session',
  'staff.lock',
  'staff.list',
  'staff.create',
  'staff.setRole',
  'staff.setDisabled',
  'staff.resetSecret',
  'approval.grant',
  'settings.public',
  'settings.get',
  'settings.update',
  'ledger.health',
  'ledger.verify',
  'anchor.acceptRollback',
  ...WALLET_METHOD_KEYS,
  ...CARD_METHOD_KEYS,
  ...VOUCHER_METHOD_KEYS,
  ...DISPLAY_METHOD_KEYS,
  ...SHIFT_METHOD_KEYS,
  ...CATALOG_METHOD_KEYS,
  ...SALES_METHOD_KEYS,
  ...RECEIPT_METHOD_KEYS,
] as const satisfies readonly MethodKey[];

type Missing = Exclude<MethodKey, (typeof METHOD_KEYS)[number]>;
// A compile error here names the contract keys missing from METHOD_KEYS.
export const METHOD_KEYS_COMPLETE: [Missing] extends [never] ? true : Missing = true;

export const IPC_CHANNEL_PREFIX = 'pos:';
export const IPC_EVENT_CHANNEL = 'pos-event';
