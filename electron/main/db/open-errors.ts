import type { AppError } from '../../../shared/domain/errors';

/** Why a database could not be opened. Never a half-open handle: the connection is closed first. */
export type OpenError = AppError & {
  readonly code:
    | 'wrong_key'
    | 'database_corrupt'
    | 'database_too_new'
    | 'database_locked'
    | 'database_rolled_back'
    | 'not_found'
    | 'internal';
};

export function openError(code: OpenError['code'], message: string): OpenError {
  return { code, message };
}
