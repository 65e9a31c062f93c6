import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintOutcome } from '../../../electron/main/app/receipts/print-page';
import { createTestApp, expectOk, setupWithStaff, type TestApp } from '../../support/test-app';

/** receipts.printPage: the caller's page on the system printer, through its transport's effect. */
let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
  await setupWithStaff(t, []);
});
afterEach(async () => t.close());

const printer = (outcome: PrintOutcome) => vi.fn((_name: string | null) => Promise.resolve(outcome));

describe('receipts.printPage', () => {
  it('prints silently to the printer named in Settings, or through the dialog when none is named', async () => {
    const print = printer({ ok: true });
    expect(expectOk(await t.call('receipts.printPage', {}, 'ipc', { printPage: print }))).toEqual({ printer: null });
    expect(print).toHaveBeenLastCalledWith(null);
    expectOk(await t.call('settings.update', { printer: 'Counter TM-T82' }));
    expect(expectOk(await t.call('receipts.printPage', {}, 'ipc', { printPage: print }))).toEqual({ printer: 'Counter TM-T82' });
    expect(print).toHaveBeenLastCalledWith('Counter TM-T82');
  });

  it('a refused or cancelled print is print_failed with the reason; a transport that cannot print is print_unavailable', async () => {
    const failed = await t.call('receipts.printPage', {}, 'ipc', { printPage: printer({ ok: false, reason: 'cancelled' }) });
    expect(failed).toEqual({ ok: false, error: { code: 'print_failed', message: 'not printed: cancelled' } });
    const web = await t.call('receipts.printPage', {}, 'http');
    expect(web.ok ? null : web.error.code).toBe('print_unavailable');
  });

  it('nobody signed in: refused before anything is printed', async () => {
    expectOk(await t.call('staff.signOut', {}));
    const print = printer({ ok: true });
    const refused = await t.call('receipts.printPage', {}, 'ipc', { printPage: print });
    expect(refused.ok ? null : refused.error.code).toBe('unauthenticated');
    expect(print).not.toHaveBeenCalled();
  });
});
