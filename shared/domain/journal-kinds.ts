import { AUDIT_KINDS, type AuditKind } from './audit-kinds';
import { isRecordKind, RECORD_KINDS, recordSpec, type RecordKind } from './records';
import { CARD_STATE_SCHEMAS } from './state/cards';
import { SHIFT_STATE_SCHEMAS } from './state/shifts';
import { VOUCHER_STATE_SCHEMAS } from './state/vouchers';
import { WALLET_STATE_SCHEMAS } from './state/wallets';

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
const CORE_STATE_KINDS = ['staff.state', 'meta.state'] as const;
/** The guarded state of each domain (customers and wallets, cards, vouchers), one file each. */
export const DOMAIN_STATE_SCHEMAS = { ...WALLET_STATE_SCHEMAS, ...CARD_STATE_SCHEMAS, ...VOUCHER_STATE_SCHEMAS, ...SHIFT_STATE_SCHEMAS } as const;
export type DomainStateKind = keyof typeof DOMAIN_STATE_SCHEMAS;
export type StateJournalKind = (typeof CORE_STATE_KINDS)[number] | DomainStateKind;
export const STATE_JOURNAL_KINDS: readonly StateJournalKind[] = [
  ...CORE_STATE_KINDS, ...(Object.keys(DOMAIN_STATE_SCHEMAS) as DomainStateKind[]),
];

/**
 * Records (shared/domain/records): append-only facts of what an operation meant, each with its
 * versioned body schema; every record kind is also an outbox kind.
 */
export type { RecordKind } from './records';

export type JournalKind = LedgerJournalKind | StateJournalKind | RecordKind | AuditKind;

export const JOURNAL_KINDS: readonly JournalKind[] = [...LEDGER_JOURNAL_KINDS, ...STATE_JOURNAL_KINDS, ...RECORD_KINDS, ...AUDIT_KINDS];

export function isJournalKind(kind: string): kind is JournalKind {
  return (JOURNAL_KINDS as readonly string[]).includes(kind);
}

/**
 * Whether the chain anchor (docs/security.md §6.1) may follow an entry of this kind on its
 * schedule instead of before the call returns: ledger batches and declines, and the records that
 * only describe the money a batch of the same commit moved (`anchor: 'withBatch'` in their spec).
 * A commit is anchored at once when any of its entries is of another kind.
 */
export function anchorsWithBatch(kind: string): boolean {
  if (kind === 'ledger.batch' || kind === 'ledger.rejection') return true;
  return isRecordKind(kind) && recordSpec(kind).anchor === 'withBatch';
}
