import { ok, type Result } from '../../../../shared/domain/result';
import type { Receipt, ReceiptLocale } from '../../../../shared/domain/sales/receipt';
import type { Input, Output } from '../../../../shared/ipc/contract';
import type { ReceiptFormat } from '../../../../shared/ipc/contract/receipts-domain';
import { RECEIPT_LABELS } from '../../core/receipts/labels';
import { layoutReceipt, printerModeFor } from '../../core/receipts/layout-receipt';
import { PAPER_COLUMNS } from '../../core/receipts/receipt-doc';
import type { Caller } from '../../core/staff/caller';
import { encodeEscPos } from '../../sys/receipts/escpos';
import { renderReceiptPdf } from '../../sys/receipts/pdf';
import type { ReceiptFonts } from '../../sys/receipts/receipt-font';

export type ReceiptPorts = {
  /** SALES's `sales.receipt` use case: the model, `copy` set from the print history. */
  readonly fetchReceipt: (input: { receiptId: string; print?: boolean }, caller: Caller) => Promise<Result<Receipt>>;
  /** The terminal's language, used when the model does not name one. */
  readonly locale: () => ReceiptLocale;
  /** The till's IANA time zone (the printed time is local). */
  readonly timeZone: () => string;
  /** The PDF's fonts, looked for at each PDF render (installing fonts-noto-cjk needs no restart). */
  readonly fonts: () => Result<ReceiptFonts>;
};

export type RenderReceipt = (input: Input<'receipts.render'>, caller: Caller) => Promise<Result<Output<'receipts.render'>>>;

function renderBytes(ports: ReceiptPorts, receipt: Receipt, format: ReceiptFormat, fonts: ReceiptFonts | null): Promise<Uint8Array> {
  const locale = receipt.locale ?? ports.locale();
  const timeZone = ports.timeZone();
  if (fonts !== null) {
    const doc = layoutReceipt(receipt, { columns: PAPER_COLUMNS[80], mode: 'display', locale, timeZone });
    const title = `${RECEIPT_LABELS[locale].receiptNumber} ${receipt.receiptNumber}`;
    return renderReceiptPdf(doc, fonts, { title, atMs: receipt.atMs });
  }
  const columns = format === 'escpos58' ? PAPER_COLUMNS[58] : PAPER_COLUMNS[80];
  return Promise.resolve(encodeEscPos(layoutReceipt(receipt, { columns, mode: printerModeFor(receipt, locale), locale, timeZone })));
}

/**
 * `receipts.render`: the receipt model from SALES, laid out for the paper and rendered to
 * ESC/POS bytes or a PDF. A render with `print: true` counts as a printout (later ones say COPY).
 */
export function renderReceipt(ports: ReceiptPorts): RenderReceipt {
  return async (input, caller) => {
    // The font first: a PDF that cannot be made must not note a printout (the next one would say COPY).
    const fonts = input.format === 'pdf' ? ports.fonts() : null;
    if (fonts !== null && !fonts.ok) return fonts;
    const receipt = await ports.fetchReceipt(input.print === true ? { receiptId: input.receiptId, print: true } : { receiptId: input.receiptId }, caller);
    if (!receipt.ok) return receipt;
    const bytes = await renderBytes(ports, receipt.value, input.format, fonts === null ? null : fonts.value);
    return ok({ format: input.format, base64: Buffer.from(bytes).toString('base64'), bytes: bytes.length });
  };
}
