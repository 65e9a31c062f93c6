/** The vouchers domain's contract keys, zod-free for the preload (see shared/ipc/methods.ts). */
export const VOUCHER_METHOD_KEYS = [
  'vouchers.generateBatch', 'vouchers.sell', 'vouchers.redeem', 'vouchers.void', 'vouchers.voidBatch', 'vouchers.summary', 'vouchers.listBatches',
] as const;
