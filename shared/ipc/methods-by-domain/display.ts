/** The customer-display domain's contract keys, zod-free for the preload (see shared/ipc/methods.ts). */
export const DISPLAY_METHOD_KEYS = ['display.pairingCode', 'display.redeemCode'] as const;
