import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Output } from '../../../shared/ipc/contract';
import { createTestApp, expectOk, type TestApp } from '../../support/test-app';

/**
 * First-run setup's "Load demo data" (issue 9 §7) through the real dispatch: an empty terminal
 * becomes a flagged demo shop with a week of sales; the PINs it answers with sign in; a second
 * press while it runs gets the same shop; afterwards, and on a real shop, it is refused.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('setup.loadDemo', () => {
  it('makes one demo shop whatever the presses, dated in the past week, then is refused', async () => {
    const startedAtMs = t.clock.nowMs();
    const [first, second] = await Promise.all([t.call('setup.loadDemo', { locale: 'zh-CN' }), t.call('setup.loadDemo', { locale: 'en' })]);
    const shop = expectOk<Output<'setup.loadDemo'>>(first);
    expect(second).toEqual(first);
    expect(shop.staff.map((s) => s.role)).toEqual(['owner', 'manager', 'cashier', 'cashier']);
    expect(shop.products).toBeGreaterThanOrEqual(190);
    expect(shop.zReports).toBe(7);
    expect(shop.sales).toBeGreaterThanOrEqual(7 * 8);

    const status = expectOk<Output<'system.status'>>(await t.call('system.status', {}));
    expect(status).toMatchObject({ setupDone: true, demo: true });
    // signed out at the end: the newcomer signs in with a PIN shown on screen
    expect(expectOk(await t.call('staff.session', {}))).toMatchObject({ state: 'signedOut' });
    const owner = shop.staff[0]!;
    expectOk(await t.call('staff.signIn', { staffCode: owner.staffCode, secret: owner.pin }));
    expect(expectOk<Output<'settings.public'>>(await t.call('settings.public', {})).locale).toBe('zh-CN');

    const [sales, zs, lastSale] = await t.db.tx.read(async (tx) => [
      Number((await tx.get('SELECT count(*) AS n FROM sale'))?.['n']),
      Number((await tx.get('SELECT count(*) AS n FROM z_report'))?.['n']),
      Number((await tx.get('SELECT max(completed_at_ms) AS at FROM sale'))?.['at']),
    ]);
    expect(sales).toBe(shop.sales);
    expect(zs).toBe(7);
    // the week lies behind the real clock, which is the app's again once the seeding is done
    expect(lastSale).toBeLessThan(startedAtMs);
    expect(lastSale).toBeGreaterThan(startedAtMs - 8 * 86_400_000);
    expect(t.app.useCases.session.state()).toBe('active');

    expect(await t.call('setup.loadDemo', { locale: 'en' })).toMatchObject({ ok: false, error: { code: 'setup_already_done' } });
    expect((await t.app.useCases.verifyLedger()).problems).toEqual([]);
  }, 300_000);
});
