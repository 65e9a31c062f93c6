// The system printer (issue 9 §4), Electron only: `receipts.printPage` prints the calling window's
// page with webContents.print (the router binds it to the sender), where the renderer's print
// stylesheet leaves only the receipt's or sheet's print copy on paper
// (renderer/src/components/receipt/receipt.css). Browser mode uses window.print() of the same page.
import type { WebContents, WebContentsPrintOptions } from 'electron';

import type { PrintOutcome } from '../app/receipts/print-page';

/**
 * The print options: with a configured printer (`Settings.printer`) the receipt goes straight to
 * it without a dialog, as a till needs; without one the system dialog lets the cashier choose.
 * No margins (a thermal roll's printable width is the page) and no page header or footer.
 */
export function receiptPrintOptions(printerName: string | null): WebContentsPrintOptions {
  const base: WebContentsPrintOptions = { printBackground: false, margins: { marginType: 'none' }, header: '', footer: '' };
  return printerName === null ? { ...base, silent: false } : { ...base, silent: true, deviceName: printerName };
}

/** Prints the page of `contents`; settles once the printer accepted the job or refused it (never rejects). */
export function printReceipt(contents: Pick<WebContents, 'print'>, printerName: string | null): Promise<PrintOutcome> {
  return new Promise((resolve) => {
    try {
      contents.print(receiptPrintOptions(printerName), (success, failureReason) => {
        resolve(success ? { ok: true } : { ok: false, reason: failureReason === '' ? 'cancelled' : failureReason });
      });
    } catch (error) {
      resolve({ ok: false, reason: error instanceof Error ? error.message : String(error) });
    }
  });
}
