import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import iconv from 'iconv-lite';
import type { ReceiptBlock, ReceiptDoc } from '../../core/receipts/receipt-doc';

/** FS & / FS .: enter and leave the printer's Chinese (Kanji) character mode. */
const FS_CHINESE_ON = [0x1c, 0x26] as const;
const FS_CHINESE_OFF = [0x1c, 0x2e] as const;
/** Module size of the QR code in dots: 6 keeps a 36-character id (version 3, 29 modules) near 18 mm. */
const QR_MODULE_DOTS = 6;
const FEED_LINES_BEFORE_CUT = 4;

type Encoder = InstanceType<typeof ReceiptPrinterEncoder>;

/**
 * Sends one laid-out line. In Chinese mode the encoder's single-byte code pages cannot carry
 * Chinese, so the text goes as GB18030 bytes (ASCII stays one byte; every other character is a
 * full-width glyph, which is how the layout counted it). Otherwise the encoder's CP858 (Latin-1
 * with €) takes it.
 */
function sendText(encoder: Encoder, doc: ReceiptDoc, text: string): void {
  if (doc.mode === 'gb18030') encoder.raw(iconv.encode(text, 'gb18030'));
  else encoder.text(text);
  encoder.newline();
}

function sendBlock(encoder: Encoder, doc: ReceiptDoc, block: ReceiptBlock): void {
  if (block.kind === 'qr') {
    encoder.align('center').qrcode(block.value, { model: 2, size: QR_MODULE_DOTS, errorlevel: 'm' }).align('left');
    return;
  }
  if (block.style === 'bold') encoder.bold(true);
  if (block.style === 'large') encoder.size(2, 2);
  sendText(encoder, doc, block.text);
  if (block.style === 'bold') encoder.bold(false);
  if (block.style === 'large') encoder.size(1, 1);
}

/**
 * ESC/POS bytes of a laid-out receipt, through @point-of-sale/receipt-printer-encoder: initialise,
 * Chinese mode when the layout was made for it, every line, the QR of the receipt code, a feed and
 * a partial cut. The layout already fits the paper, so the encoder's own wrapping never acts.
 */
export function encodeEscPos(doc: ReceiptDoc): Uint8Array {
  const encoder = new ReceiptPrinterEncoder({
    language: 'esc-pos', columns: doc.columns, newline: '\n', feedBeforeCut: FEED_LINES_BEFORE_CUT, errors: 'relaxed',
  });
  encoder.initialize();
  if (doc.mode === 'gb18030') encoder.raw([...FS_CHINESE_ON]);
  else encoder.codepage('cp858');
  for (const block of doc.blocks) sendBlock(encoder, doc, block);
  if (doc.mode === 'gb18030') encoder.raw([...FS_CHINESE_OFF]);
  encoder.cut('partial');
  return encoder.encode();
}
