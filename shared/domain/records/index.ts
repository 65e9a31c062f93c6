import type { z } from '../zod';
import { CARD_RECORDS } from './cards';
import { CLOSURE_RECORDS } from './closures';
import type { RecordSpec } from './record-spec';
import { SALES_RECORDS } from './sales';
import { SHIFT_RECORDS } from './shifts';
import { VOUCHER_RECORDS } from './vouchers';
import { WALLET_RECORDS } from './wallets';

export type { RecordSpec } from './record-spec';

/** Every record kind, one registry per domain. */
export const RECORD_SPECS = { ...WALLET_RECORDS, ...CARD_RECORDS, ...VOUCHER_RECORDS, ...SALES_RECORDS, ...SHIFT_RECORDS, ...CLOSURE_RECORDS } as const satisfies Record<string, RecordSpec>;

export type RecordKind = keyof typeof RECORD_SPECS;
export type RecordBody<K extends RecordKind> = z.infer<(typeof RECORD_SPECS)[K]['schema']>;
export const RECORD_KINDS = Object.keys(RECORD_SPECS) as RecordKind[];

/** A kind's spec, typed for the generic code (the registry's own type is empty until a domain fills it). */
export function recordSpec(kind: RecordKind): RecordSpec {
  return (RECORD_SPECS as Readonly<Record<string, RecordSpec>>)[kind] as RecordSpec;
}

export function isRecordKind(kind: string): kind is RecordKind {
  return Object.hasOwn(RECORD_SPECS, kind);
}

/**
 * The body as stored and chained: its schema's output as JSON (keys in schema order), or why it
 * does not fit.
 */
export function recordJson<K extends RecordKind>(kind: K, body: unknown): { ok: true; json: string } | { ok: false; message: string } {
  const spec = recordSpec(kind);
  const parsed = spec.schema.safeParse(body);
  if (!parsed.success) return { ok: false, message: `the ${kind} body does not fit its schema: ${parsed.error.issues[0]?.message ?? ''}` };
  return { ok: true, json: JSON.stringify(parsed.data) };
}
