import { err } from '../../../../shared/domain/result';
import type { Handlers } from './handler-types';

/**
 * On a ledger that opened normally there is nothing to accept: refused before any secret is
 * checked, as the use case does. The recovery dispatch (create-recovery-app.ts) binds the real one.
 */
export function anchorHandlers(): Pick<Handlers, 'anchor.acceptRollback'> {
  return {
    'anchor.acceptRollback': () =>
      Promise.resolve(err('invalid_input', 'nothing to accept: the database is not older than its anchor')),
  };
}
