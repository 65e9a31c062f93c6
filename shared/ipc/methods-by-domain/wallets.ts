/** The wallets domain's contract keys, zod-free for the preload (see shared/ipc/methods.ts). */
export const WALLET_METHOD_KEYS = [
  'customers.create',
  'customers.update',
  'customers.get',
  'customers.search',
  'customers.list',
  'wallets.lookup',
  'wallets.topUp',
  'wallets.transfer',
  'wallets.convert',
  'wallets.statement',
  'fx.setRate',
  'fx.listRates',
] as const;
