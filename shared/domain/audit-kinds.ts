import { CATALOG_AUDIT_DETAILS } from './catalog-audit';
import { ROLES } from './roles';
import { z } from './zod';

// Bounds at least the contract's own (shared/ipc/limits.ts NOTE_CHARS_MAX = 500): an audit of a
// call the contract accepted must never fail on length.
const TEXT_MAX = 500;
const context = z.string().max(TEXT_MAX);
const action = z.string().max(64);
const subject = z.string().max(TEXT_MAX);
const staffId = z.string().min(1).max(64);
/** A staff code nobody has, as HMAC-SHA256 under a sub-key (hex, 128 bits): never the typed text. */
const codeHash = z.string().regex(/^[0-9a-f]{32}$/);
/** A card, by its id (never its number). */
const cardId = z.string().length(36);
const checkFailure = z.enum(['unknown_or_disabled', 'locked', 'wrong_secret']);

/**
 * Every audit event kind and the typed detail it records (PCI DSS 10.2). The detail is stored as
 * JSON in the `audit` table and chained through its journal entry; a kind missing here cannot be
 * written or verified.
 */
export const AUDIT_DETAILS = {
  'audit.setup': z.strictObject({ merchantName: z.string().max(120), currency: z.string().length(3) }),
  'audit.signIn': z.strictObject({ context }),
  'audit.signInFailed': z.strictObject({
    context,
    reason: checkFailure,
    attempt: z.int().min(1).nullable(),
    codeHash: codeHash.optional(),
  }),
  'audit.lockout': z.strictObject({ context, lockedUntilMs: z.int().min(0) }),
  'audit.signOut': z.strictObject({}),
  'audit.staffCreated': z.strictObject({ targetStaffId: staffId, role: z.enum(ROLES) }),
  'audit.roleChanged': z.strictObject({ targetStaffId: staffId, role: z.enum(ROLES) }),
  /** A staff member disabled (true) or enabled again (false) by the row's staff member. */
  'audit.staffDisabled': z.strictObject({ targetStaffId: staffId, disabled: z.boolean() }),
  /** A staff member's secret replaced and lockout cleared, under this approval (never the secret). */
  'audit.secretReset': z.strictObject({
    targetStaffId: staffId, secretKind: z.enum(['pin', 'password']), approvalId: z.string().max(64), approverId: staffId,
  }),
  'audit.approvalGranted': z.strictObject({
    action, subject, requesterId: staffId, approvalId: z.string().max(64),
    /** The approver is the requester, let through by the owner's policy (settings). */
    selfApproved: z.literal(true).optional(),
  }),
  'audit.approvalRefused': z.strictObject({ action, subject, reason: z.string().max(TEXT_MAX) }),
  'audit.approvalUsed': z.strictObject({ action, subject, approvalId: z.string().max(64), approverId: staffId }),
  'audit.settingsChanged': z.strictObject({ keys: z.array(z.string().max(40)).max(40) }),
  'audit.accessDenied': z.strictObject({
    method: z.string().max(64), code: z.string().max(64), reason: z.string().max(TEXT_MAX).nullable(),
    /** A coalesced row: this many more refusals like the first, from `sinceMs` to the row's time. */
    repeated: z.int().min(1).optional(),
    sinceMs: z.int().min(0).optional(),
  }),
  /** A manager's code and secret typed to approve an action did not pass (not a sign-in). */
  'audit.approvalCheckFailed': z.strictObject({
    action, subject, reason: checkFailure, attempt: z.int().min(1).nullable(), codeHash: codeHash.optional(),
  }),
  /**
   * A wrong card PIN (security.md §4.2): the consecutive failures so far, and whether this one
   * blocked the PIN. Never the PIN, never the card number.
   */
  'audit.cardPinFailed': z.strictObject({ cardId, failures: z.int().min(1).max(3), blocked: z.boolean() }),
  /** A card's PIN block cleared under this approval. */
  'audit.cardPinUnblocked': z.strictObject({ cardId, approvalId: z.string().max(64), approverId: staffId }),
  /** A card's full number shown to this staff member under this approval (PCI DSS 10.2.1.1); last 4 only here. */
  'audit.cardRevealed': z.strictObject({
    cardId, last4: z.string().regex(/^[0-9]{4}$/), approvalId: z.string().max(64), approverId: staffId,
  }),
  /**
   * The chain anchor was set to an older or another head, confirmed by this manager or owner:
   * a rolled-back database accepted, or a backup restored (db/chain-anchor.ts).
   */
  'audit.anchorReset': z.strictObject({
    cause: z.enum(['rollback_accepted', 'backup_restored']),
    finding: z.enum(['behind_anchor', 'diverged', 'anchor_missing', 'anchor_invalid']).nullable(),
    headSeq: z.int().min(0),
    anchorSeq: z.int().min(0).nullable(),
  }),
  /**
   * A customer display paired with the till's one-time code (security.md §4): the display now
   * reads the display events. The event's staff member is whoever asked for the code.
   */
  'audit.displayPaired': z.strictObject({}),
  /** A display code burnt by wrong tries (someone guessing), before anyone paired with it. */
  'audit.displayCodeBurnt': z.strictObject({ wrongTries: z.int().min(1).max(100) }),
  ...CATALOG_AUDIT_DETAILS,
} as const;

export type AuditKind = keyof typeof AUDIT_DETAILS;
export type AuditDetail<K extends AuditKind> = z.infer<(typeof AUDIT_DETAILS)[K]>;

export const AUDIT_KINDS = Object.keys(AUDIT_DETAILS) as AuditKind[];

/** Where a call came from: the Electron IPC, the web host, the CLI or the app itself. */
export type AuditOrigin = 'ipc' | 'http' | 'cli' | 'system';

export type AuditEvent = {
  [K in AuditKind]: {
    readonly kind: K;
    /** The staff member the event is about or by; null for an unknown one. */
    readonly staffId: string | null;
    readonly detail: AuditDetail<K>;
    readonly origin: string;
  };
}[AuditKind];

export function isAuditKind(kind: string): kind is AuditKind {
  return Object.hasOwn(AUDIT_DETAILS, kind);
}
