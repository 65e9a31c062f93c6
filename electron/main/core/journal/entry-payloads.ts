import { canonicalBytes } from '../../../../shared/domain/canonical';
import type { AuditKind } from '../../../../shared/domain/audit-kinds';
import type { RecordKind, StateJournalKind } from '../../../../shared/domain/journal-kinds';

/** A per-currency ledger came into being. */
export type LedgerCreated = {
  readonly ledgerId: number;
  readonly currency: string;
  readonly assetScale: number;
  readonly staffId: string;
  readonly terminalId: string;
};

export function ledgerCreatedPayload(r: LedgerCreated): Uint8Array {
  return canonicalBytes(['ledger.create/1', r.ledgerId, r.currency, r.assetScale, r.staffId, r.terminalId]);
}

/** An account was opened on a ledger, with the limit flags it keeps for ever. */
export type AccountOpened = {
  readonly accountId: string;
  readonly currency: string;
  readonly kind: string;
  readonly ownerRef: string | null;
  readonly flags: number;
  readonly staffId: string;
  readonly terminalId: string;
};

export function accountOpenedPayload(r: AccountOpened): Uint8Array {
  return canonicalBytes(['account.open/1', r.accountId, r.currency, r.kind, r.ownerRef, r.flags, r.staffId, r.terminalId]);
}

/**
 * An audit event. Version 2 binds the typed detail as JSON (its kind's schema, keys in schema
 * order); version 1 (before migration 30) bound a free subject and detail text, kept as
 * `{ subject, detail }` JSON so old entries still verify.
 */
export type AuditRecorded = {
  readonly kind: AuditKind;
  readonly staffId: string | null;
  readonly detailJson: string;
  readonly origin: string;
  readonly atMs: number;
  readonly version: 1 | 2;
};

export function auditPayload(r: AuditRecorded): Uint8Array {
  if (r.version === 2) return canonicalBytes(['audit/2', r.kind, r.staffId, r.detailJson, r.origin, r.atMs]);
  const legacy = JSON.parse(r.detailJson) as { subject?: unknown; detail?: unknown };
  return canonicalBytes(['audit/1', r.kind, r.staffId, String(legacy.subject), String(legacy.detail), r.origin, r.atMs]);
}

/** A snapshot of guarded state (a staff member, the merchant facts) after a change. */
export type StateRecorded = {
  readonly kind: StateJournalKind;
  /** The staff member, or null for the merchant facts. */
  readonly subjectId: string | null;
  readonly stateJson: string;
  readonly atMs: number;
};

export function statePayload(r: StateRecorded): Uint8Array {
  return canonicalBytes(['state/1', r.kind, r.subjectId, r.stateJson, r.atMs]);
}

/** A record (shared/domain/records): what an operation meant, its body as its schema makes it. */
export type RecordRecorded = {
  readonly kind: RecordKind;
  /** The operation id (for a money operation, its batch id) or the subject the record is about. */
  readonly subjectId: string;
  readonly bodyJson: string;
  readonly version: number;
  readonly atMs: number;
};

export function recordPayload(r: RecordRecorded): Uint8Array {
  return canonicalBytes(['record/1', r.kind, r.version, r.subjectId, r.bodyJson, r.atMs]);
}
