import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

export function setupHandlers(uc: UseCases): Pick<Handlers, 'setup.complete'> {
  return { 'setup.complete': (input, ctx) => uc.completeSetup(input, ctx.transport) };
}
