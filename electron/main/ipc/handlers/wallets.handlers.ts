import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

/** Handlers of the wallets domain's contract entries (shared/ipc/contract/wallets-domain.ts). */
export function walletHandlers(_uc: UseCases): Pick<Handlers, never> {
  return {};
}
