import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

/** Handlers of the cards domain's contract entries (shared/ipc/contract/cards-domain.ts). */
export function cardHandlers(_uc: UseCases): Pick<Handlers, never> {
  return {};
}
