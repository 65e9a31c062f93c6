import { describe, expect, it } from 'vitest';

import { fromSettings, toPatch } from '../../renderer/src/features/settings/settings-form';
import { invalidRates, overridesOf, percentText, rateBpOf, ratesFor } from '../../renderer/src/features/settings/tax-rates';
import type { SettingsView } from '../../shared/ipc/contract/settings';

const VIEW: SettingsView = {
  terminalName: 'Front till', merchantName: 'Corner Shop', locale: 'en', currency: 'USD', theme: 'auto', density: 'comfortable',
  printer: null, backendUrl: null, idleLockMinutes: 5, taxProfileId: 'us_sales_tax', taxRateOverrides: [], baseCurrencyLocked: true,
};

describe('tax rates as typed percentages', () => {
  it('converts between basis points and the exact percentage', () => {
    expect([1300, 825, 550, 0, 10_000, 1].map(percentText)).toEqual(['13', '8.25', '5.5', '0', '100', '0.01']);
    expect(['13', '8.25', '5.5', ' 0 ', '100', '0.01'].map(rateBpOf)).toEqual([1300, 825, 550, 0, 10_000, 1]);
    // Finer than a basis point, above 100 %, or not a number: refused, never rounded.
    expect(['8.875', '100.01', '', '-1', '1e2', '8,25'].map(rateBpOf)).toEqual([null, null, null, null, null, null]);
  });

  it('a profile’s rates start from the shipped ones with the overrides applied', () => {
    expect(ratesFor('us_sales_tax', [{ taxClass: 'taxable', rateBp: 1025 }])).toEqual({ taxable: '10.25', exempt: '0' });
    expect(overridesOf('us_sales_tax', { taxable: '10.25', exempt: '0' })).toEqual([{ taxClass: 'taxable', rateBp: 1025 }]);
    expect(overridesOf('us_sales_tax', { taxable: '8.25', exempt: '0' })).toEqual([]);
    expect(invalidRates({ taxable: '8.875', exempt: '0' })).toEqual(['taxable']);
  });
});

describe('settings form: tax fields', () => {
  it('unchanged rates send nothing; a changed rate sends the overrides only', () => {
    const form = fromSettings(VIEW);
    expect(toPatch(form, VIEW)).toEqual({});
    expect(toPatch({ ...form, taxRates: { ...form.taxRates, taxable: '10.25' } }, VIEW)).toEqual({
      taxRateOverrides: [{ taxClass: 'taxable', rateBp: 1025 }],
    });
  });

  it('another profile is sent with its overrides (none when its shipped rates are kept)', () => {
    const form = { ...fromSettings({ ...VIEW, taxRateOverrides: [{ taxClass: 'taxable', rateBp: 1025 }] }), taxProfileId: 'eu_vat' as const, taxRates: ratesFor('eu_vat', []) };
    expect(toPatch(form, { ...VIEW, taxRateOverrides: [{ taxClass: 'taxable', rateBp: 1025 }] })).toEqual({ taxProfileId: 'eu_vat', taxRateOverrides: [] });
  });

  it('the same overrides in another order are no change', () => {
    const view: SettingsView = { ...VIEW, currency: 'EUR', taxProfileId: 'eu_vat', taxRateOverrides: [{ taxClass: 'reduced', rateBp: 900 }, { taxClass: 'standard', rateBp: 810 }] };
    expect(toPatch(fromSettings(view), view)).toEqual({});
  });
});
