import { AUDIT_KINDS, type AuditKind } from './audit-kinds';

/**
 * Every kind of journal entry. Each has a payload encoder (electron/main/core/journal) and a row
 * verifier (electron/main/db/verify): both registries are mapped types over this list, so a kind
 * without either does not compile.
 */
export const LEDGER_JOURNAL_KINDS = ['ledger.create', 'account.open', 'ledger.batch', 'ledger.rejection'] as const;
export type LedgerJournalKind = (typeof LEDGER_JOURNAL_KINDS)[number];

/**
 * Snapshots of guarded state that lives outside the ledger (docs/security.md): a staff member's
 * role, secret and lockout after every change, and the merchant facts of setup. Verify rebuilds
 * the current tables from the latest snapshot per subject, so an edit made with the database key
 * alone is named.
 */
export const STATE_JOURNAL_KINDS = ['staff.state', 'meta.state'] as const;
export type StateJournalKind = (typeof STATE_JOURNAL_KINDS)[number];

export type JournalKind = LedgerJournalKind | StateJournalKind | AuditKind;

export const JOURNAL_KINDS: readonly JournalKind[] = [...LEDGER_JOURNAL_KINDS, ...STATE_JOURNAL_KINDS, ...AUDIT_KINDS];

export function isJournalKind(kind: string): kind is JournalKind {
  return (JOURNAL_KINDS as readonly string[]).includes(kind);
}
