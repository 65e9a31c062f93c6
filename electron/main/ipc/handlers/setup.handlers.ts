import type { UseCases } from '../../app/assemble';
import type { DemoCall } from '../../app/demo/demo-call';
import type { LoadDemo } from '../../app/demo/load-demo';
import type { Dispatch } from '../dispatch';
import type { Handlers } from './handler-types';

/**
 * `dispatch` is the app's own (bound after the handlers exist): the demo seeding makes its shop
 * through the same calls, checks and audit as a till's screen, on the caller's transport.
 */
export function setupHandlers(uc: UseCases, loadDemo: LoadDemo, dispatch: () => Dispatch): Pick<Handlers, 'setup.complete' | 'setup.loadDemo'> {
  return {
    'setup.complete': (input, ctx) => uc.completeSetup(input, ctx.transport),
    'setup.loadDemo': (input, ctx) => loadDemo(input, ((key: string, body: unknown) => dispatch()(key, body, ctx.transport)) as DemoCall),
  };
}
