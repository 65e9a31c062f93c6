import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { ReceiptBlock, ReceiptDoc } from '../../core/receipts/receipt-doc';
import { charWidth } from '../../core/receipts/text-width';
import type { ReceiptFonts } from './receipt-font';
import { openedFont } from './font-cache';

const MM = 72 / 25.4;
const PAGE_WIDTH = 80 * MM;
const MARGIN = 4 * MM;
const LINE_HEIGHT = 1.4;
const QR_QUIET_MODULES = 2;
const QR_SIDE = 24 * MM;

type Geometry = { readonly cell: number; readonly fontSize: number };

/** A half-width column is half the font size in Noto Sans Mono CJK; the columns fill the paper. */
const geometryFor = (doc: ReceiptDoc): Geometry => {
  const cell = (PAGE_WIDTH - 2 * MARGIN) / doc.columns;
  return { cell, fontSize: 2 * cell };
};

const blockHeight = (g: Geometry, block: ReceiptBlock): number =>
  block.kind === 'qr' ? QR_SIDE + g.fontSize : g.fontSize * LINE_HEIGHT * (block.style === 'large' ? 2 : 1);

/**
 * Each character is put at its own column (x = its column × the cell width), so the PDF keeps the
 * layout's columns with any font; spaces are skipped.
 */
function drawText(pdf: PDFKit.PDFDocument, g: Geometry, block: ReceiptBlock & { kind: 'text' }, y: number, doc: ReceiptDoc): void {
  const scale = block.style === 'large' ? 2 : 1;
  pdf.font(block.style === 'normal' ? 'regular' : 'bold').fontSize(g.fontSize * scale);
  let column = 0;
  for (const ch of block.text) {
    if (ch !== ' ') pdf.text(ch, MARGIN + column * g.cell * scale, y, { lineBreak: false });
    column += charWidth(ch, doc.mode);
  }
}

/** The QR code as vector squares from the `qrcode` package's module matrix, centred. */
function drawQr(pdf: PDFKit.PDFDocument, value: string, y: number): void {
  const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
  const count = modules.size + 2 * QR_QUIET_MODULES;
  const unit = QR_SIDE / count;
  const left = (PAGE_WIDTH - QR_SIDE) / 2;
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col) === 1) pdf.rect(left + (col + QR_QUIET_MODULES) * unit, y + (row + QR_QUIET_MODULES) * unit, unit, unit);
    }
  }
  pdf.fill('#000000');
}

export type PdfMeta = { readonly title: string; readonly atMs: number };

/**
 * The laid-out receipt as a one-page PDF on 80 mm paper, as tall as the receipt, set in the CJK
 * monospace font (embedded as a subset). Dates come from the receipt, so the same receipt gives
 * the same document.
 */
export async function renderReceiptPdf(doc: ReceiptDoc, fonts: ReceiptFonts, meta: PdfMeta): Promise<Uint8Array> {
  const g = geometryFor(doc);
  const height = 2 * MARGIN + doc.blocks.reduce((sum, block) => sum + blockHeight(g, block), 0);
  const created = new Date(meta.atMs);
  const pdf = new PDFDocument({
    size: [PAGE_WIDTH, height], margin: 0, autoFirstPage: true,
    info: { Title: meta.title, Producer: 'Tillbook', Creator: 'Tillbook', CreationDate: created, ModDate: created },
  });
  // pdfkit takes a parsed fontkit font as well as a path; its types only name the path forms
  pdf.registerFont('regular', openedFont(fonts.regular) as unknown as PDFKit.Mixins.PDFFontSource);
  pdf.registerFont('bold', openedFont(fonts.bold) as unknown as PDFKit.Mixins.PDFFontSource);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  let y = MARGIN;
  for (const block of doc.blocks) {
    if (block.kind === 'qr') drawQr(pdf, block.value, y + g.fontSize / 2);
    else drawText(pdf, g, block, y, doc);
    y += blockHeight(g, block);
  }
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
