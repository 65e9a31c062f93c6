import { ok } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

export function systemHandlers(uc: UseCases): Pick<Handlers, 'system.status'> {
  return { 'system.status': async () => ok(await uc.systemStatus()) };
}
