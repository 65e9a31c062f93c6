import { SESSION_STATES } from '../../domain/session-state';
import type { MethodSpec } from '../method';
import { empty, locale, timeMs } from '../schemas';
import { z } from '../zod';

export const databaseStatus = z.strictObject({
  encrypted: z.boolean(),
  cipherVersion: z.string(),
  schemaVersion: z.int(),
  journalMode: z.string(),
  synchronous: z.int(),
  foreignKeys: z.boolean(),
  busyTimeoutMs: z.int(),
});

/**
 * Present only while the database is older than its chain anchor (docs/security.md §6.1): the
 * host runs the recovery dispatch and the renderer shows the recovery screen. No slot path, no key.
 */
export const rollbackFinding = z.strictObject({
  reason: z.enum(['behind_anchor', 'diverged', 'anchor_missing', 'anchor_invalid']),
  headSeq: z.int(),
  anchorSeq: z.int().nullable(),
});

export const systemStatus = z.strictObject({
  appVersion: z.string(),
  database: databaseStatus,
  chainHeadSeq: z.int(),
  setupDone: z.boolean(),
  /** What the frame shows before anything else. */
  session: z.enum(SESSION_STATES),
  locale,
  serverTimeMs: timeMs,
  rollback: rollbackFinding.optional(),
  /** A demo shop (issue 9 §7): the status bar says DEMO. Absent in a real shop. */
  demo: z.literal(true).optional(),
});

export const systemContract = {
  'system.status': { input: empty, output: systemStatus, access: 'public', errors: [] },
} as const satisfies Record<string, MethodSpec>;
