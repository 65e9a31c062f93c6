import { insertSaleRow } from '../../app/settings/sale-row';
import { signInAs } from '../../support/test-app';
import { ROLE_GATED, type Reach } from './common';

/**
 * settings.update's own codes: a new base currency once a sale exists (a sale row written with
 * the database key: the lock asks only whether one exists), and a rate override for a class the
 * shop's tax profile (cn_vat, by the CNY default) does not have.
 */
export const settingsUpdateReach = {
  ...ROLE_GATED,
  base_currency_locked: async (w) => {
    await insertSaleRow(w.t.db, 'CNY');
    await signInAs(w.t, w.manager);
    return w.t.call('settings.update', { currency: 'EUR' });
  },
  unknown_tax_class: async (w) => {
    await signInAs(w.t, w.manager);
    return w.t.call('settings.update', { taxRateOverrides: [{ taxClass: 'taxable', rateBp: 500 }] });
  },
} as const satisfies Record<string, Reach>;
