// The Electron start path over a database older than its chain anchor (issue 7 §1): it used to
// show an error box and quit; now startLedgerApp mounts the recovery dispatch, the router keeps
// the one dispatch it was given, and an owner's confirmation swaps the full app in behind it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { EventHub } from '../../electron/main/app/event-sink';
import { memorySettingsStore } from '../../electron/main/core/settings/settings-store';
import { startLedgerApp } from '../../electron/main/platform/startup';
import { rolledBackDir, ROLLED_BACK_MANAGER, type RolledBack } from '../support/rolled-back';
import { OWNER } from '../support/test-app';
import { FixedClock } from '../support/test-db';

let rolled: RolledBack;
beforeEach(async () => {
  rolled = await rolledBackDir();
});
afterEach(() => rolled.cleanup());

const code = (reply: { ok: boolean; error?: { code: string } }) => (reply.ok ? 'ok' : reply.error?.code);

describe('startLedgerApp over a rolled-back ledger', () => {
  it('starts in recovery instead of failing, and the same dispatch serves the full app once an owner accepted', async () => {
    const log = { error: vi.fn() };
    const started = await startLedgerApp({
      dir: rolled.dir,
      keyProvider: { kind: 'safe-storage', unlock: () => rolled.keySource.unlock() },
      settings: memorySettingsStore(),
      events: new EventHub(),
      clock: new FixedClock(),
      appVersion: '0.0.0-test',
      log,
    });
    if (!started.ok) throw new Error(started.error.message);
    const live = started.value;
    try {
      expect(live.mode()).toBe('recovery');
      const dispatch = live.dispatch;
      expect(code(await dispatch('ledger.verify', {}, 'ipc'))).toBe('database_rolled_back');
      expect(code(await dispatch('anchor.acceptRollback', ROLLED_BACK_MANAGER, 'ipc'))).toBe('forbidden');
      expect(code(await dispatch('anchor.acceptRollback', { staffCode: OWNER.staffCode, secret: OWNER.secret }, 'ipc'))).toBe('ok');
      expect(live.mode()).toBe('app');
      expect(code(await dispatch('staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }, 'ipc'))).toBe('ok');
      expect(log.error).not.toHaveBeenCalled();
    } finally {
      await live.close();
    }
  });
});
