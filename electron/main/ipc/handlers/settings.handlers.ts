import { settings as settingsSchema, type Settings } from '../../../../shared/ipc/contract/settings';
import { err, ok } from '../../../../shared/domain/result';
import { DEFAULT_SETTINGS, type SettingsStore } from '../../core/settings/settings-store';
import type { AppContext } from './app-context';
import type { Handler } from './handler-types';

/** Stored settings, or the defaults; a stored value that no longer parses falls back too. */
export function currentSettings(store: SettingsStore): Settings {
  const parsed = settingsSchema.safeParse(store.read());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function settingsHandlers(app: AppContext): {
  'settings.get': Handler<'settings.get'>;
  'settings.update': Handler<'settings.update'>;
} {
  return {
    'settings.get': async () => ok(currentSettings(app.settings)),
    'settings.update': async (input, ctx) => {
      // Structured clone keeps `{ key: undefined }`; an absent value means "leave it", not "clear it".
      const patch = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
      const next = settingsSchema.safeParse({ ...currentSettings(app.settings), ...patch });
      if (!next.success) return err('invalid_input', next.error.issues[0]?.message ?? 'invalid settings');
      app.settings.write(next.data);
      app.session.setIdleLockMs(next.data.idleLockMinutes * 60_000);
      await app.staff.recordAudit({
        kind: 'audit.settingsChanged',
        staffId: ctx.caller?.staffId ?? null,
        subject: Object.keys(patch).sort().join(','),
        detail: '',
        origin: ctx.transport,
      });
      return ok(next.data);
    },
  };
}
