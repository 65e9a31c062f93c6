import type { AppError, ErrorCode } from '../../../shared/domain/errors';
import { driverErrorCode } from './driver';

/** What the schema said when it refused a write, parsed from the driver's message. */
export type Refusal =
  | { readonly by: 'raise'; readonly name: string }
  | { readonly by: 'check'; readonly name: string }
  | { readonly by: 'unique'; readonly name: string }
  | { readonly by: 'other'; readonly name: string };

const PREFIX = 'SQLITE_CONSTRAINT: ';

export function refusalOf(error: unknown): Refusal | undefined {
  if (driverErrorCode(error) !== 'SQLITE_CONSTRAINT' || !(error instanceof Error)) return undefined;
  const text = error.message.startsWith(PREFIX) ? error.message.slice(PREFIX.length) : error.message;
  const check = /^CHECK constraint failed: ([a-z_]+)$/.exec(text);
  if (check?.[1]) return { by: 'check', name: check[1] };
  const unique = /^UNIQUE constraint failed: ([a-z_.]+)$/.exec(text);
  if (unique?.[1]) return { by: 'unique', name: unique[1] };
  if (/^[a-z_]+$/.test(text)) return { by: 'raise', name: text };
  return { by: 'other', name: text };
}

/** Named RAISE codes of the triggers (migration 30) that are declines, not bugs. */
const RAISED: Readonly<Record<string, ErrorCode>> = {
  ledger_mismatch: 'ledger_mismatch',
  account_closed: 'account_closed',
};

/** Named CHECK constraints that are declines; any other CHECK failing is a bug. */
const NAMED_CHECKS: Readonly<Record<string, ErrorCode>> = {
  debits_within_credits: 'insufficient_funds',
  credits_within_debits: 'limit_exceeded',
};

/** Unique indexes whose violation is a repeated id, named by table.column. */
const UNIQUES: Readonly<Record<string, ErrorCode>> = {
  'transfer.pending_id': 'hold_already_resolved',
  'transfer.id': 'id_exists_with_different_content',
  'journal.ref_id': 'id_exists_with_different_content',
};

/** The precise code for a refusal that is a decline; undefined means a bug (rethrow). */
export function declineOf(error: unknown): AppError | undefined {
  const refusal = refusalOf(error);
  if (!refusal) return undefined;
  const table = refusal.by === 'raise' ? RAISED : refusal.by === 'check' ? NAMED_CHECKS : refusal.by === 'unique' ? UNIQUES : {};
  const code = table[refusal.name];
  return code ? { code, message: `refused by the ledger: ${refusal.name}` } : undefined;
}

/** The chain head this writer assumed is stale: read it again and retry. */
export function isStaleHead(error: unknown): boolean {
  const refusal = refusalOf(error);
  return refusal?.by === 'raise' && refusal.name === 'journal_out_of_order';
}
