import type { receiptDomainContract } from '../../../shared/ipc/contract/receipts-domain';
import { signInAs } from '../../support/test-app';
import { NOBODY_ID } from '../samples';
import { SIGNED_IN, type DomainReachers } from './common';

/** A way to reach every declared code of the receipts domain (see declared-errors.test.ts). */
export const receiptReach: DomainReachers<typeof receiptDomainContract> = {
  'receipts.render': {
    ...SIGNED_IN,
    receipt_not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('receipts.render', { receiptId: NOBODY_ID, format: 'escpos58' });
    },
    // The font is looked for at each PDF render; TILLBOOK_RECEIPT_FONT naming no file stands for a
    // machine without fonts-noto-cjk.
    receipt_font_missing: async (w) => {
      await signInAs(w.t, w.cashier);
      const before = process.env['TILLBOOK_RECEIPT_FONT'];
      process.env['TILLBOOK_RECEIPT_FONT'] = '/nonexistent/receipt-font.ttf';
      try {
        return await w.t.call('receipts.render', { receiptId: NOBODY_ID, format: 'pdf' });
      } finally {
        if (before === undefined) delete process.env['TILLBOOK_RECEIPT_FONT'];
        else process.env['TILLBOOK_RECEIPT_FONT'] = before;
      }
    },
  },
  'receipts.printPage': {
    ...SIGNED_IN,
    // The web host (and any transport without a print effect) cannot print the page.
    print_unavailable: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('receipts.printPage', {}, 'http');
    },
    // The Electron router's effect, standing in for a printer that refuses the job.
    print_failed: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('receipts.printPage', {}, 'ipc', { printPage: async () => ({ ok: false, reason: 'printer offline' }) });
    },
  },
};
