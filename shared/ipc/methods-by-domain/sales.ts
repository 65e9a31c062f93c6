/** The sales domain's contract keys, zod-free for the preload (see shared/ipc/methods.ts). */
export const SALES_METHOD_KEYS = [
  'sales.price', 'sales.due', 'sales.park', 'sales.parked', 'sales.resume', 'sales.discardParked', 'sales.overridePrice', 'sales.complete',
  'sales.find', 'sales.refund', 'sales.void', 'sales.receipt', 'sales.displayQr',
  'payments.request', 'payments.lookup', 'payments.simulatorNext',
] as const;
