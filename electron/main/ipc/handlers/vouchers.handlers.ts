import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

/** Handlers of the vouchers domain's contract entries (shared/ipc/contract/vouchers-domain.ts). */
export function voucherHandlers(_uc: UseCases): Pick<Handlers, never> {
  return {};
}
