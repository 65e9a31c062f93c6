import type { AppError, ErrorCode } from './errors';

/** Every call across a layer boundary answers with this shape; failures are values, not throws. */
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<E extends AppError = AppError> = { readonly ok: false; readonly error: E };
export type Result<T, E extends AppError = AppError> = Ok<T> | Err<E>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function err(code: ErrorCode, message: string): Err {
  return { ok: false, error: { code, message } };
}
