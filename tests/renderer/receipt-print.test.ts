import { describe, expect, it } from 'vitest';

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
      { print: () => steps.push('print') },
    );
    expect(printed).toBe(MODEL);
    expect(steps).toEqual([`fetch ${MODEL.receiptId}`, 'show false', 'print']);
  });

  it('a failed fetch opens no print', async () => {
    const steps: string[] = [];
    await expect(
      printReceiptFlow(() => Promise.reject(new Error('receipt_not_found')), MODEL.receiptId, async () => { steps.push('show'); }, { print: () => steps.push('print') }),
    ).rejects.toThrow('receipt_not_found');
    expect(steps).toEqual([]);
  });
});
