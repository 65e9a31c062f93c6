import { AUDIT_DETAILS, AUDIT_KINDS, type AuditKind } from '../../../shared/domain/audit-kinds';
import { decodeCanonical } from '../../../shared/domain/canonical';
import { sameBytes, uuidOf } from './bytes';
import { stateJson, SUBJECTLESS_STATE } from '../../../shared/domain/guarded-state';
import { RECORD_KINDS, recordJson, recordSpec } from '../../../shared/domain/records';
import { STATE_JOURNAL_KINDS, type JournalKind, type RecordKind, type StateJournalKind } from '../../../shared/domain/journal-kinds';
import type { AuditRecorded, RecordRecorded, StateRecorded } from '../core/journal/entry-payloads';
import type { JournalRecords } from '../core/journal/payload-encoders';
import type { JournalTransfer } from '../core/ledger/canonical-batch';
import type { VerifyPage } from './verify-page';

/** A journal row as verify reads it. */
export type Entry = {
  readonly seq: number;
  readonly kind: string;
  readonly refId: Uint8Array | null;
  readonly actorId: string | null;
  readonly requestHash: Uint8Array | null;
  readonly deviceTsMs: number;
  readonly payload: Uint8Array | null;
};

export type VerifyContext = { readonly terminalId: string; readonly currencyOf: (ledgerId: number) => string | undefined };

/** The table whose rows an entry kind describes (each row names its entry by seq). */
export type Described = 'transfer' | 'account' | 'ledger' | 'transfer_rejection' | 'audit' | 'state_change' | 'domain_record';

type Reader<K extends JournalKind> = {
  readonly describes: Described;
  /** The entry's record rebuilt from its columns and its rows, or why it cannot be. */
  read(entry: Entry, page: VerifyPage, ctx: VerifyContext): JournalRecords[K] | string;
};

const bytes = (v: unknown): Uint8Array | null => (v instanceof Uint8Array ? v : null);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function batch(entry: Entry, page: VerifyPage, ctx: VerifyContext): JournalRecords['ledger.batch'] | string {
  if (!entry.refId || !entry.requestHash || !entry.actorId) return 'the batch header is incomplete';
  const transfers: JournalTransfer[] = [];
  for (const t of page.transfers.get(entry.seq) ?? []) {
    if (typeof t === 'string') return t;
    transfers.push(t);
  }
  if (transfers.length === 0) return 'the batch has no transfers';
  return {
    header: { batchId: uuidOf(entry.refId), requestHash: entry.requestHash, staffId: entry.actorId, terminalId: ctx.terminalId, createdAtMs: entry.deviceTsMs },
    transfers,
  };
}

/** Stored payloads (entries from before migration 30) name the version they were written in. */
function auditVersion(entry: Entry): 1 | 2 {
  return entry.payload && decodeCanonical(entry.payload)[0] === 'audit/1' ? 1 : 2;
}

function audit(kind: AuditKind): Reader<AuditKind> {
  return {
    describes: 'audit',
    read(entry, page) {
      const row = page.audits.get(entry.seq);
      const detailJson = text(row?.['detail']);
      const origin = text(row?.['origin']);
      if (!row || detailJson === null || origin === null) return 'the audit row is missing';
      const version = auditVersion(entry);
      if (version === 2) {
        // Typed: the stored detail is exactly what its kind's schema makes of it.
        const parsed = AUDIT_DETAILS[kind].safeParse(JSON.parse(detailJson));
        if (!parsed.success || JSON.stringify(parsed.data) !== detailJson) return `the ${kind} detail does not fit its schema`;
      }
      const record: AuditRecorded = {
        kind, staffId: entry.refId ? uuidOf(entry.refId) : null, detailJson, origin, atMs: entry.deviceTsMs, version,
      };
      return record;
    },
  };
}

/** A snapshot row: its subject is the entry's ref, and its state is exactly what its schema makes of it. */
function state<K extends StateJournalKind>(kind: K): Reader<K> {
  return {
    describes: 'state_change',
    read(entry, page) {
      const row = page.states.get(entry.seq);
      const json = text(row?.['state']);
      if (!row || json === null) return 'the state snapshot is missing';
      const subject = bytes(row['subject']);
      const sameSubject = subject === null || entry.refId === null ? subject === entry.refId : sameBytes(subject, entry.refId);
      if (!sameSubject || (kind === SUBJECTLESS_STATE) !== (subject === null)) return 'the snapshot names another subject';
      if (stateJson(kind, JSON.parse(json) as Record<string, unknown>) !== json) return `the ${kind} snapshot does not fit its schema`;
      const record: StateRecorded = { kind, subjectId: subject ? uuidOf(subject) : null, stateJson: json, atMs: entry.deviceTsMs };
      return record as JournalRecords[K];
    },
  };
}

/** A record row: its subject is the entry's ref, and its body is exactly what its schema makes of it. */
function record<K extends RecordKind>(kind: K): Reader<K> {
  return {
    describes: 'domain_record',
    read(entry, page) {
      const row = page.records.get(entry.seq);
      const json = text(row?.['body']);
      const subject = bytes(row?.['subject']);
      if (!row || json === null || !subject) return 'the record row is missing';
      if (!entry.refId || !sameBytes(subject, entry.refId)) return 'the record names another subject';
      const fitted = recordJson(kind, JSON.parse(json));
      if (!fitted.ok || fitted.json !== json) return `the ${kind} body does not fit its schema`;
      const rebuilt: RecordRecorded = { kind, subjectId: uuidOf(subject), bodyJson: json, version: recordSpec(kind).version, atMs: entry.deviceTsMs };
      return rebuilt as JournalRecords[K];
    },
  };
}

const stateReaders = Object.fromEntries(STATE_JOURNAL_KINDS.map((kind) => [kind, state(kind)])) as { readonly [K in StateJournalKind]: Reader<K> };
const recordReaders = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, record(kind)])) as { readonly [K in RecordKind]: Reader<K> };

const auditReaders = Object.fromEntries(AUDIT_KINDS.map((kind) => [kind, audit(kind)])) as { readonly [K in AuditKind]: Reader<K> };

/**
 * How every journal kind is checked against the rows it describes: rebuilt into its record, then
 * (by the caller) encoded and bound by the MAC. A mapped type over every kind: a kind without a
 * reader does not compile, and no kind's entries are trusted on their MAC alone.
 */
export const ROW_READERS: { readonly [K in JournalKind]: Reader<K> } = {
  'ledger.batch': { describes: 'transfer', read: batch },
  'ledger.create': {
    describes: 'ledger',
    read(entry, page, ctx) {
      const row = page.ledgers.get(entry.seq);
      if (!row || !entry.actorId) return 'the ledger row is missing';
      return {
        ledgerId: num(row['id']) ?? -1, currency: text(row['currency']) ?? '', assetScale: num(row['asset_scale']) ?? -1,
        staffId: entry.actorId, terminalId: ctx.terminalId,
      };
    },
  },
  'account.open': {
    describes: 'account',
    read(entry, page, ctx) {
      const row = page.accounts.get(entry.seq);
      const id = bytes(row?.['id']);
      const currency = ctx.currencyOf(num(row?.['ledger_id']) ?? -1);
      if (!row || !id || !currency || !entry.actorId) return 'the account row is missing';
      return {
        accountId: uuidOf(id), currency, kind: text(row['kind']) ?? '', ownerRef: text(row['owner_ref']),
        flags: num(row['flags']) ?? -1, staffId: entry.actorId, terminalId: ctx.terminalId,
      };
    },
  },
  'ledger.rejection': {
    describes: 'transfer_rejection',
    read(entry, page) {
      const row = page.rejections.get(entry.seq);
      if (!row || !entry.refId || !entry.requestHash || !entry.actorId) return 'the recorded decline is missing';
      return {
        batchId: uuidOf(entry.refId), requestHash: entry.requestHash, code: text(row['code']) ?? '',
        message: text(row['message']) ?? '', staffId: entry.actorId, createdAtMs: entry.deviceTsMs,
      };
    },
  },
  ...stateReaders,
  ...recordReaders,
  ...auditReaders,
};
