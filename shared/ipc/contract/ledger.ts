import type { MethodSpec } from '../method';
import { empty, timeMs } from '../schemas';
import { z } from '../zod';
import { databaseStatus } from './system';

export const verifySummary = z.strictObject({
  ok: z.boolean(),
  entriesVerified: z.int().min(0),
  headSeq: z.int().min(0),
  firstBadSeq: z.int().min(1).nullable(),
  problems: z.array(z.strictObject({ kind: z.string(), seq: z.int().nullable(), message: z.string() })).max(100),
  finishedAtMs: timeMs,
  durationMs: z.int().min(0),
});

export const ledgerHealth = z.strictObject({
  database: databaseStatus,
  chainHeadSeq: z.int().min(0),
  lastVerify: verifySummary.nullable(),
  lastBackupAtMs: timeMs.nullable(),
  integrity: z.strictObject({ ok: z.boolean(), quickCheckMs: z.int(), cipherCheckMs: z.int() }),
});

export const ledgerContract = {
  'ledger.health': { input: empty, output: ledgerHealth, access: 'signedIn', errors: [] },
  /** Walks the whole chain; progress arrives as `ledger.verifyProgress` events. */
  'ledger.verify': { input: empty, output: verifySummary, access: 'signedIn', errors: [] },
} as const satisfies Record<string, MethodSpec>;
