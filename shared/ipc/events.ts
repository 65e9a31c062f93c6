import { SESSION_STATES } from '../domain/session-state';
import { z } from './zod';

/** Push events main → renderer, declared once like the calls. Payloads only, never the event. */
export const events = {
  'ledger.changed': z.strictObject({ headSeq: z.int().min(0) }),
  'ledger.verifyProgress': z.strictObject({ verified: z.int().min(0), total: z.int().min(0) }),
  'session.locked': z.strictObject({ reason: z.enum(['idle', 'signOut', 'manual']) }),
  'session.changed': z.strictObject({ state: z.enum(SESSION_STATES) }),
  // Customer display (issue 9 §8): only what the customer may see, never staff or card data.
  'display.cart': z.strictObject({
    cartId: z.string().length(36),
    lines: z.array(z.strictObject({ name: z.string().max(120), quantityMilli: z.int().min(1), totalMinor: z.int().min(0) })).max(500),
    totalMinor: z.int().min(0),
    currency: z.string().length(3),
  }),
  'display.paid': z.strictObject({ saleId: z.string().length(36), totalMinor: z.int().min(0), changeMinor: z.int().min(0), currency: z.string().length(3) }),
  'display.walletQr': z.strictObject({ payload: z.string().max(256) }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

/** The name list alone lives in a zod-free file, for the preload bundle. */
export { EVENT_NAMES } from './event-names';
