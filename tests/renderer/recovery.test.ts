// The renderer's side of the rolled-back database (issue 7 §1): boot stops at the recovery phase
// with the finding, a refused confirmation keeps it there, an accepted one boots into sign-in.
import { beforeEach, describe, expect, it } from 'vitest';
import { boot } from '../../renderer/src/app/boot';
import { acceptRollback } from '../../renderer/src/features/recovery/recovery.actions';
import { FEATURES } from '../../renderer/src/features/registry';
import { useBootStore } from '../../renderer/src/stores/boot.store';
import { fail, fakeApi, ok } from './fake-transport';

const STATUS = {
  appVersion: '0.1.0', database: {}, chainHeadSeq: 3, setupDone: true, session: 'signedOut', locale: 'en', serverTimeMs: 0,
};
const FINDING = { reason: 'behind_anchor', headSeq: 3, anchorSeq: 5 } as const;

beforeEach(() => {
  useBootStore.setState({ phase: 'loading', error: null, appVersion: null, rollback: null });
});

describe('a rolled-back database', () => {
  it('boots into the recovery phase with the finding, and asks for nothing else', async () => {
    const { api, calls } = fakeApi({ 'system.status': () => ok({ ...STATUS, rollback: FINDING }) });
    await boot(api);
    expect(useBootStore.getState()).toMatchObject({ phase: 'rolled_back', rollback: FINDING, appVersion: '0.1.0' });
    expect(calls.map((c) => c.key)).toEqual(['system.status']);
  });

  it('a refused confirmation rejects with its code and stays; an accepted one boots to sign-in', async () => {
    let accepted = false;
    const { api, calls } = fakeApi({
      'system.status': () => ok(accepted ? STATUS : { ...STATUS, rollback: FINDING }),
      'anchor.acceptRollback': (input) => {
        if ((input as { secret: string }).secret !== '246813') return fail('bad_credentials');
        accepted = true;
        return ok({ headSeq: 3, anchorSeq: 5 });
      },
      'settings.public': () => fail('not_found'),
      'staff.session': () => ok({ state: 'signedOut', staff: null, idleLockMs: 300000 }),
    });
    await boot(api);
    await expect(acceptRollback(api, ' owner ', '000000')).rejects.toMatchObject({ code: 'bad_credentials' });
    expect(useBootStore.getState().phase).toBe('rolled_back');
    await acceptRollback(api, 'owner', '246813');
    expect(calls.find((c) => c.key === 'anchor.acceptRollback')?.input).toEqual({ staffCode: 'owner', secret: '000000' });
    expect(useBootStore.getState()).toMatchObject({ phase: 'ready', rollback: null });
  });

  it('the recovery feature is registered once, with no section', () => {
    const recovery = FEATURES.filter((feature) => feature.id === 'recovery');
    expect(recovery).toHaveLength(1);
    expect(recovery[0]?.section).toBeUndefined();
  });
});
