import { isErrorCode } from '../../../shared/domain/errors';
import type { AppError } from '../../../shared/domain/errors';
import type { Result } from '../../../shared/domain/result';

/**
 * Reads an untrusted value as a Result: `{ ok: true, value }` or `{ ok: false, error: { code,
 * message } }` with a known code. Anything else is null (the caller reports it as `internal`).
 */
export function readResult(raw: unknown): Result<unknown> | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  if (record['ok'] === true && Object.hasOwn(record, 'value')) {
    return { ok: true, value: record['value'] };
  }
  if (record['ok'] === false) {
    const error = readError(record['error']);
    return error === null ? null : { ok: false, error };
  }
  return null;
}

function readError(raw: unknown): AppError | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  const code = record['code'];
  const message = record['message'];
  if (!isErrorCode(code)) return null;
  return { code, message: typeof message === 'string' ? message : '' };
}
