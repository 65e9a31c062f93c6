import { RECORD_KINDS, recordSpec, type RecordBody, type RecordKind } from './records';
import { z } from './zod';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const minor = z.int().min(1).max(100_000_000_000);
const header = {
  /** The operation id: the batch or account id, the idempotency key end to end. */
  operationId: uuid,
  /** The journal seq: the per-terminal sequence of the operation. */
  seq: z.int().min(1),
  terminalId: z.string().min(1).max(64),
  staffId: z.string().min(1).max(64),
  createdAtMs: z.int().min(0),
};

const wireTransfer = z.strictObject({
  id: uuid,
  leg: z.int().min(0).max(999),
  kind: z.enum(['single', 'pending', 'post', 'void', 'expire']),
  currency: z.string().length(3),
  debitAccountId: uuid,
  creditAccountId: uuid,
  amountMinor: minor,
  code: z.string().min(1).max(40),
  pendingId: uuid.nullable(),
  expiresAtMs: z.int().min(0).nullable(),
  memo: z.string().max(500).nullable(),
});

/**
 * What the outbox relay sends, per kind: the versioned wire payload a settlement backend applies.
 * The journal row is the outbox; these payloads are built from the rows it describes (never a
 * PAN, never a PIN). A new version is a new schema; old versions stay readable.
 */
export const LEDGER_OUTBOX_KINDS = {
  'account.open': {
    version: 1,
    schema: z.strictObject({
      kind: z.literal('account.open'), version: z.literal(1), ...header,
      currency: z.string().length(3), accountKind: z.string().min(1).max(40), ownerRef: z.string().max(120).nullable(),
      flags: z.union([z.literal(0), z.literal(2), z.literal(4)]),
    }),
  },
  'ledger.batch': {
    version: 1,
    schema: z.strictObject({
      kind: z.literal('ledger.batch'), version: z.literal(1), ...header,
      /** SHA-256 of the request, hex: the same id with another request is a conflict, not a replay. */
      requestHash: z.string().regex(/^[0-9a-f]{64}$/),
      transfers: z.array(wireTransfer).min(1).max(1000),
    }),
  },
} as const;

type LedgerOutboxKind = keyof typeof LEDGER_OUTBOX_KINDS;

/** A record on the wire: the common header and its body, as its kind's versioned schema has it. */
export type RecordWire<K extends RecordKind> = {
  kind: K; version: number; operationId: string; seq: number; terminalId: string; staffId: string; createdAtMs: number;
  body: RecordBody<K>;
};

function recordWireSchema(kind: RecordKind): z.ZodType {
  const spec = recordSpec(kind);
  // The header's staff id is the system's for records the app writes by itself (an expiry sweep).
  return z.strictObject({ kind: z.literal(kind), version: z.literal(spec.version), ...header, staffId: z.string().max(64), body: spec.schema });
}

export type OutboxKind = LedgerOutboxKind | RecordKind;
export type OutboxPayload<K extends OutboxKind = OutboxKind> = K extends LedgerOutboxKind
  ? z.infer<(typeof LEDGER_OUTBOX_KINDS)[K]['schema']>
  : K extends RecordKind ? RecordWire<K> : never;

/**
 * Every outbox kind: the ledger's, and every record kind (what an operation meant travels with
 * the batch that moved its money; the backend applies each once, by operation id).
 */
export const OUTBOX_KINDS: { readonly [K in OutboxKind]: { readonly version: number; readonly schema: z.ZodType } } = {
  ...LEDGER_OUTBOX_KINDS,
  ...(Object.fromEntries(RECORD_KINDS.map((k) => [k, { version: recordSpec(k).version, schema: recordWireSchema(k) }])) as {
    readonly [K in RecordKind]: { readonly version: number; readonly schema: z.ZodType };
  }),
};
export const OUTBOX_KIND_NAMES = Object.keys(OUTBOX_KINDS) as OutboxKind[];
