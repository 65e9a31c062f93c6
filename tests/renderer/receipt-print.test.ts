import { describe, expect, it, vi } from 'vitest';

import { ClientError, type ClientErrorCode } from '../../renderer/src/api/client';
import { printThisPage } from '../../renderer/src/components/print-page';

import { printReceiptFlow } from '../../renderer/src/components/receipt/print-receipt-flow';
import type { Receipt } from '../../shared/domain/sales/receipt';

const MODEL = { receiptId: '01890000-0000-7000-8000-0000000000b2', copy: false } as unknown as Receipt;

describe('printing a receipt from the screen', () => {
  it('fetches it as a printout, shows the copy, then opens the print, in that order', async () => {
    const steps: string[] = [];
    const printed = await printReceiptFlow(
      async (id) => {
        steps.push(`fetch ${id}`);
        return MODEL;
      },
      MODEL.receiptId,
      async (r) => {
        steps.push(`show ${String(r.copy)}`);
      },
      async () => {
        steps.push('print');
      },
    );
    expect(printed).toBe(MODEL);
    expect(steps).toEqual([`fetch ${MODEL.receiptId}`, 'show false', 'print']);
  });

  it('a failed fetch opens no print', async () => {
    const steps: string[] = [];
    await expect(
      printReceiptFlow(() => Promise.reject(new Error('receipt_not_found')), MODEL.receiptId, async () => { steps.push('show'); }, async () => { steps.push('print'); }),
    ).rejects.toThrow('receipt_not_found');
    expect(steps).toEqual([]);
  });
});

describe('printing this page', () => {
  const fail = (code: ClientErrorCode) => () => Promise.reject(new ClientError(code, code, 'receipts.printPage'));

  it('the app prints it where it can; the browser\'s dialog opens only where the app cannot (browser mode)', async () => {
    const print = vi.fn();
    await printThisPage({ call: (() => Promise.resolve({ printer: 'TM-T82' })) as never }, { print });
    expect(print).not.toHaveBeenCalled();
    await printThisPage({ call: fail('print_unavailable') as never }, { print });
    expect(print).toHaveBeenCalledOnce();
  });

  it('a refused print is an error for the screen, never a second print through the dialog', async () => {
    const print = vi.fn();
    await expect(printThisPage({ call: fail('print_failed') as never }, { print })).rejects.toMatchObject({ code: 'print_failed' });
    expect(print).not.toHaveBeenCalled();
  });
});
