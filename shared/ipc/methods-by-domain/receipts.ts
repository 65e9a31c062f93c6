/** The receipts domain's contract keys, zod-free for the preload (see shared/ipc/methods.ts). */
export const RECEIPT_METHOD_KEYS = ['receipts.render', 'receipts.printPage'] as const;
