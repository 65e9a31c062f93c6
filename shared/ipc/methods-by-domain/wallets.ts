/** The wallets domain's contract keys, zod-free for the preload (see shared/ipc/methods.ts). */
export const WALLET_METHOD_KEYS = [] as const;
