import { ClientError } from '../api/client';
import type { ClientErrorCode } from '../api/client';
import { errors as enErrors } from '../locales/en/errors';

/** Every code with a message in the `errors` namespace. */
export const MESSAGE_CODES = Object.keys(enErrors) as ClientErrorCode[];

/** Anything caught in a handler, as a ClientError (unknown throws become `internal`). */
export function toClientError(error: unknown): ClientError {
  if (error instanceof ClientError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ClientError('internal', message);
}

/** The i18n key of the readable message for a code; unknown codes read as `internal`. */
export function errorMessageKey(code: string): `errors:${ClientErrorCode}` {
  const known = (MESSAGE_CODES as readonly string[]).includes(code);
  return `errors:${known ? (code as ClientErrorCode) : 'internal'}`;
}
