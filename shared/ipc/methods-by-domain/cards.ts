/** The cards domain's contract keys, zod-free for the preload (see shared/ipc/methods.ts). */
export const CARD_METHOD_KEYS = [] as const;
