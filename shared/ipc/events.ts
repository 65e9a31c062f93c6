import { SESSION_STATES } from '../domain/session-state';
import { z } from './zod';

/** Push events main → renderer, declared once like the calls. Payloads only, never the event. */
export const events = {
  'ledger.changed': z.strictObject({ headSeq: z.int().min(0) }),
  'ledger.verifyProgress': z.strictObject({ verified: z.int().min(0), total: z.int().min(0) }),
  'session.locked': z.strictObject({ reason: z.enum(['idle', 'signOut', 'manual']) }),
  'session.changed': z.strictObject({ state: z.enum(SESSION_STATES) }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

/** The name list alone lives in a zod-free file, for the preload bundle. */
export { EVENT_NAMES } from './event-names';
