import type { Receipt } from '../../../../shared/domain/sales/receipt';

/**
 * One printout of a receipt: fetch the model as a print (`sales.receipt` with print: true, so the
 * first printout is the original and every later one says COPY), put it on the page's print copy,
 * then print the page (`printThisPage`: in Electron silently to the configured printer, in the
 * browser through its dialog).
 */
export async function printReceiptFlow(
  fetchForPrint: (receiptId: string) => Promise<Receipt>,
  receiptId: string,
  show: (receipt: Receipt) => Promise<void>,
  print: () => Promise<void>,
): Promise<Receipt> {
  const receipt = await fetchForPrint(receiptId);
  await show(receipt);
  await print();
  return receipt;
}
