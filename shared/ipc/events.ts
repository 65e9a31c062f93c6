import { z } from './zod';

/** Push events main → renderer, declared once like the calls. Payloads only, never the event. */
export const events = {
  'ledger.changed': z.strictObject({ headSeq: z.int().min(0) }),
  'ledger.verifyProgress': z.strictObject({ verified: z.int().min(0), total: z.int().min(0) }),
  'session.locked': z.strictObject({ reason: z.enum(['idle', 'signOut', 'manual']) }),
  'session.changed': z.strictObject({ state: z.enum(['signedOut', 'active', 'locked']) }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

/** The key list alone, for the preload. */
export const EVENT_NAMES = [
  'ledger.changed',
  'ledger.verifyProgress',
  'session.locked',
  'session.changed',
] as const satisfies readonly EventName[];
