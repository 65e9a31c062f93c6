import { ok } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

export function settingsHandlers(uc: UseCases): Pick<Handlers, 'settings.public' | 'settings.get' | 'settings.update'> {
  return {
    'settings.public': async () => ok(uc.readPublicSettings()),
    'settings.get': async () => ok(await uc.readSettingsView()),
    'settings.update': (input, ctx) => uc.updateSettings(input, ctx.caller, ctx.transport),
  };
}
