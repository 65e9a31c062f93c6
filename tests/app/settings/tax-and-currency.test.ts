import { afterEach, describe, expect, it } from 'vitest';
import { loadGuardedSettings } from '../../../electron/main/app/settings/guarded-settings';
import { readMetaIn } from '../../../electron/main/db/repositories/meta.repo';
import type { SettingsView } from '../../../shared/ipc/contract/settings';
import { MANAGER } from '../../ipc/samples';
import { FixedClock } from '../../support/test-db';
import { createTestApp, expectOk, setupWithStaff, signInAs, type StaffSeed, type TestApp } from '../../support/test-app';
import { insertSaleRow } from './sale-row';

/**
 * Issue 9 §3: the base currency cannot change in Settings once sales exist, and the screen says
 * why (`baseCurrencyLocked`). The tax profile and the shop's own rates are guarded settings:
 * chained in the ledger database, defaulting by the base currency.
 */
let t: TestApp;
let manager: StaffSeed;
afterEach(async () => t.close());

async function seeded(): Promise<void> {
  t = await createTestApp();
  manager = (await setupWithStaff(t, [{ ...MANAGER, role: 'manager' }])).members[0] as StaffSeed;
  await signInAs(t, manager);
}

const view = async () => expectOk<SettingsView>(await t.call('settings.get', {}));
const meta = (key: string) => t.db.tx.read((tx) => readMetaIn(tx, key));

describe('base currency lock', () => {
  it('before any sale the currency changes, in the ledger’s merchant facts too (chained), and the default profile follows', async () => {
    await seeded();
    expect(await view()).toMatchObject({ currency: 'CNY', taxProfileId: 'cn_vat', taxRateOverrides: [], baseCurrencyLocked: false });
    const before = (await t.mark()).headSeq;
    const saved = expectOk<SettingsView>(await t.call('settings.update', { currency: 'USD' }));
    expect(saved).toMatchObject({ currency: 'USD', taxProfileId: 'us_sales_tax', baseCurrencyLocked: false });
    expect(await meta('currency')).toBe('USD');
    expect((await t.journalSince(before)).map((e) => e.kind)).toEqual(['meta.state', 'audit.settingsChanged']);
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('once a sale exists: locked, shown as such, and a new currency is refused with nothing written', async () => {
    await seeded();
    await insertSaleRow(t.db, 'CNY');
    const shown = await view();
    expect(shown.baseCurrencyLocked).toBe(true);
    const before = await t.mark();
    expect(await t.call('settings.update', { currency: 'EUR', terminalName: 'Till 9' })).toMatchObject({ ok: false, error: { code: 'base_currency_locked' } });
    expect(await t.mark()).toEqual(before); // no journal entry, no row
    expect(await view()).toEqual(shown); // nor the settings file
    expect(await meta('currency')).toBe('CNY');
    // The same currency sent again is no change, and other settings still save.
    expect(expectOk<SettingsView>(await t.call('settings.update', { currency: 'CNY', terminalName: 'Till 9' }))).toMatchObject({
      currency: 'CNY', terminalName: 'Till 9', baseCurrencyLocked: true,
    });
  });

  it('the check runs in the write transaction through the port (a fake that says sales exist)', async () => {
    await seeded();
    const cache = await loadGuardedSettings({ db: t.db, mac: t.mac, terminalId: 'terminal-test', clock: new FixedClock(), salesExist: async () => true });
    expect(await cache.currencyLocked()).toBe(true);
    const values = cache.values();
    expect(values.currency).toBe('CNY');
    expect(await cache.save({ ...values, currency: 'EUR' })).toMatchObject({ ok: false, error: { code: 'base_currency_locked' } });
    expect(cache.values().currency).toBe('CNY');
    expect(await cache.save({ ...values, backendUrl: 'https://settle.example/' })).toEqual({ ok: true, value: true });
  });
});

describe('tax settings', () => {
  it('a profile and a rate override are chained, served, and an edit with the database key is named by verify', async () => {
    await seeded();
    const saved = expectOk<SettingsView>(await t.call('settings.update', {
      taxProfileId: 'us_sales_tax', taxRateOverrides: [{ taxClass: 'taxable', rateBp: 1025 }],
    }));
    expect(saved).toMatchObject({ currency: 'CNY', taxProfileId: 'us_sales_tax', taxRateOverrides: [{ taxClass: 'taxable', rateBp: 1025 }] });
    expect([await meta('tax_profile_id'), await meta('tax_rate_overrides')]).toEqual(['us_sales_tax', '[{"taxClass":"taxable","rateBp":1025}]']);
    // The file says otherwise: the database wins.
    t.settings.write({ ...(t.settings.read() ?? saved), taxProfileId: 'eu_vat', taxRateOverrides: [] });
    expect(await view()).toMatchObject({ taxProfileId: 'us_sales_tax', taxRateOverrides: [{ taxClass: 'taxable', rateBp: 1025 }] });
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
    await t.db.tx.write((tx) => tx.run(`UPDATE meta SET value = '[{"taxClass":"taxable","rateBp":0}]' WHERE key = 'tax_rate_overrides'`));
    const report = await t.app.useCases.verifyLedger();
    expect(report.problems.map((p) => p.message)).toEqual([expect.stringContaining('taxRateOverrides is')]);
  });

  it('an override for a class the profile does not have is unknown_tax_class', async () => {
    await seeded();
    // cn_vat (the CNY default) has standard, reduced, services and zero; 'taxable' is the US class.
    expect(await t.call('settings.update', { taxRateOverrides: [{ taxClass: 'taxable', rateBp: 500 }] }))
      .toMatchObject({ ok: false, error: { code: 'unknown_tax_class' } });
  });

  it('moving to another profile drops the old profile’s overrides unless new ones are sent', async () => {
    await seeded();
    expectOk(await t.call('settings.update', { taxRateOverrides: [{ taxClass: 'standard', rateBp: 1200 }] }));
    const moved = expectOk<SettingsView>(await t.call('settings.update', { taxProfileId: 'us_sales_tax' }));
    expect(moved).toMatchObject({ taxProfileId: 'us_sales_tax', taxRateOverrides: [] });
    expect(await meta('tax_rate_overrides')).toBeUndefined();
  });
});
