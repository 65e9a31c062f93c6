import type { Receipt } from '../../../../shared/domain/sales/receipt';

/**
 * One printout of a receipt: fetch the model as a print (`sales.receipt` with print: true, so the
 * first printout is the original and every later one says COPY), put it on the page's print copy,
 * then open the print. In Electron, window.print() prints the page through Chromium's dialog;
 * the shell's print-receipt (webContents.print) prints it silently to the configured printer.
 */
export async function printReceiptFlow(
  fetchForPrint: (receiptId: string) => Promise<Receipt>,
  receiptId: string,
  show: (receipt: Receipt) => Promise<void>,
  win: Pick<Window, 'print'>,
): Promise<Receipt> {
  const receipt = await fetchForPrint(receiptId);
  await show(receipt);
  win.print();
  return receipt;
}
