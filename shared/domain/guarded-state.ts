import { DOMAIN_STATE_SCHEMAS, type StateJournalKind } from './journal-kinds';
import { ROLES } from './roles';
import { z } from './zod';

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

/**
 * A staff member's guarded state as chained after every change: who they are, their role, their
 * secret (as the keyed hash the table holds) and their lockout. `last_sign_in_at_ms` is left out
 * on purpose: it is informational, and a sign-in that changes nothing else writes no entry.
 */
export const staffState = z.strictObject({
  staffCode: z.string().min(1).max(64),
  displayName: z.string().min(1).max(120),
  role: z.enum(ROLES),
  secretKind: z.enum(['pin', 'password']),
  secretSalt: hex(16),
  secretHash: hex(32),
  secretParams: z.string().max(64),
  failedAttempts: z.int().min(0),
  lockedUntilMs: z.int().min(0).nullable(),
  disabled: z.boolean(),
  createdAtMs: z.int().min(0),
});
export type StaffState = z.infer<typeof staffState>;

/**
 * The merchant facts setup writes into `meta`, and the settings that decide who may move money
 * or where it settles (the owner's four-eyes policy, the backend address); null until set. These
 * settings live here, not in the plain settings file, so editing that file changes nothing.
 */
export const metaState = z.strictObject({
  merchantName: z.string().max(120).nullable(),
  currency: z.string().max(3).nullable(),
  setupDoneAtMs: z.string().max(20).nullable(),
  allowSelfApproval: z.enum(['true', 'false']).nullable(),
  backendUrl: z.string().max(2048).nullable(),
  // Added with the tax settings: absent (not null) until set, so a state chained before them still matches.
  taxProfileId: z.string().max(32).optional(),
  taxRateOverrides: z.string().max(1024).optional(),
  // A demo shop (issue 9 §7), set once by setup: absent in a real shop, so its chained states still match.
  demoShop: z.enum(['true']).optional(),
});
export type MetaState = z.infer<typeof metaState>;

export const STATE_SCHEMAS = {
  'staff.state': staffState, 'meta.state': metaState, ...DOMAIN_STATE_SCHEMAS,
} as const satisfies Record<StateJournalKind, z.ZodType>;

/** Only the merchant facts have no subject; every other state belongs to one id. */
export const SUBJECTLESS_STATE: StateJournalKind = 'meta.state';

/**
 * The state as stored and chained: its schema's output as JSON, keys in schema order. A value the
 * schema refuses (only a table edited outside the app can hold one) is kept as it is, so it can
 * never equal a chained state and verify names it instead of failing.
 */
export function stateJson(kind: StateJournalKind, state: Record<string, unknown>): string {
  const parsed = STATE_SCHEMAS[kind].safeParse(state);
  return JSON.stringify(parsed.success ? parsed.data : { invalid: state });
}
