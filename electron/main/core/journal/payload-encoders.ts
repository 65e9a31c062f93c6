import { AUDIT_KINDS, type AuditKind } from '../../../../shared/domain/audit-kinds';
import { STATE_JOURNAL_KINDS, type JournalKind, type RecordKind, type StateJournalKind } from '../../../../shared/domain/journal-kinds';
import { RECORD_KINDS } from '../../../../shared/domain/records';
import { batchPayload, rejectionPayload, type BatchHeader, type JournalTransfer, type RejectionRecord } from '../ledger/canonical-batch';
import {
  accountOpenedPayload, auditPayload, ledgerCreatedPayload, recordPayload, statePayload,
  type AccountOpened, type AuditRecorded, type LedgerCreated, type RecordRecorded, type StateRecorded,
} from './entry-payloads';

export type BatchCommitted = { readonly header: BatchHeader; readonly transfers: readonly JournalTransfer[] };

/** What each kind of journal entry says, as a typed record. */
export type JournalRecords = {
  readonly 'ledger.create': LedgerCreated;
  readonly 'account.open': AccountOpened;
  readonly 'ledger.batch': BatchCommitted;
  readonly 'ledger.rejection': RejectionRecord;
} & { readonly [K in StateJournalKind]: StateRecorded }
  & { readonly [K in RecordKind]: RecordRecorded }
  & { readonly [K in AuditKind]: AuditRecorded };

type Encoders = { readonly [K in JournalKind]: (record: JournalRecords[K]) => Uint8Array };

const stateEncoders = Object.fromEntries(STATE_JOURNAL_KINDS.map((kind) => [kind, statePayload])) as {
  readonly [K in StateJournalKind]: (record: StateRecorded) => Uint8Array;
};
const recordEncoders = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, recordPayload])) as {
  readonly [K in RecordKind]: (record: RecordRecorded) => Uint8Array;
};

const auditEncoders = Object.fromEntries(AUDIT_KINDS.map((kind) => [kind, auditPayload])) as {
  readonly [K in AuditKind]: (record: AuditRecorded) => Uint8Array;
};

/**
 * The canonical payload of every journal kind: the bytes its MAC binds. Writers encode the record
 * they write; verify encodes the record it rebuilds from the rows. A mapped type over every kind,
 * so a new kind without an encoder does not compile.
 */
export const PAYLOAD_ENCODERS: Encoders = {
  'ledger.create': ledgerCreatedPayload,
  'account.open': accountOpenedPayload,
  'ledger.batch': (record) => batchPayload(record.header, record.transfers),
  'ledger.rejection': rejectionPayload,
  ...stateEncoders,
  ...recordEncoders,
  ...auditEncoders,
};

export function encodePayload<K extends JournalKind>(kind: K, record: JournalRecords[K]): Uint8Array {
  return (PAYLOAD_ENCODERS[kind] as (r: JournalRecords[K]) => Uint8Array)(record);
}
