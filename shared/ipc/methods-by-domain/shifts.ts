/** The shifts domain's contract keys (shifts, closures and reports), zod-free for the preload (see shared/ipc/methods.ts). */
export const SHIFT_METHOD_KEYS = [
  'shifts.open', 'shifts.current', 'shifts.cashMovement', 'shifts.noSale', 'shifts.xReport', 'shifts.close', 'shifts.zReports',
  'shifts.zReport', 'shifts.closePeriod', 'shifts.closures', 'reports.sales', 'reports.taxes', 'reports.storedValue',
] as const;
