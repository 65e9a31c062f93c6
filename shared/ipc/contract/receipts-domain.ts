import type { MethodSpec } from '../method';
import { empty, name, uuidV7 } from '../schemas';
import { z } from '../zod';

export const RECEIPT_FORMATS = ['escpos58', 'escpos80', 'pdf'] as const;
export type ReceiptFormat = (typeof RECEIPT_FORMATS)[number];

/** A rendered receipt of at most 4 MiB (a PDF embeds a subset of the CJK font; ESC/POS is a few KiB). */
export const RENDERED_RECEIPT_BYTES_MAX = 4 * 1024 * 1024;

export const renderInput = z.strictObject({
  /** A sale id or a refund id (what the receipt's QR code holds). */
  receiptId: uuidV7,
  format: z.enum(RECEIPT_FORMATS),
  /** This rendering is a printout: noted, so every later one is marked COPY (as `sales.receipt` with print). */
  print: z.boolean().optional(),
});

export const renderOutput = z.strictObject({
  format: z.enum(RECEIPT_FORMATS),
  /** The bytes: ESC/POS commands for a 58 or 80 mm thermal printer, or a PDF document. */
  base64: z.string().max(Math.ceil(RENDERED_RECEIPT_BYTES_MAX / 3) * 4),
  /** Length of the decoded bytes. */
  bytes: z.int().min(1).max(RENDERED_RECEIPT_BYTES_MAX),
});

/**
 * The receipts domain (issue 9 §4): one receipt model (SALES's `sales.receipt`), rendered for
 * thermal printers (ESC/POS, Chinese in GB18030) and as a PDF. The on-screen receipt and the
 * system printer use the model itself.
 */
export const receiptDomainContract = {
  /** A sale's or refund's receipt as ESC/POS bytes (58 or 80 mm paper) or a PDF, in the terminal's language. */
  'receipts.render': {
    input: renderInput,
    output: renderOutput,
    access: 'signedIn',
    // receipt_not_found: no sale or refund has this id; receipt_font_missing: a PDF was asked for on a
    // machine without the CJK font (fonts-noto-cjk, or TILLBOOK_RECEIPT_FONT).
    errors: ['receipt_not_found', 'receipt_font_missing'],
  },
  /**
   * Prints the calling window's page (its print copy: a receipt, a Z report) on the system
   * printer: silently to the printer named in Settings, else through the system's dialog. Only the
   * Electron shell can (webContents.print); elsewhere `print_unavailable`, and the page prints
   * with window.print() instead.
   */
  'receipts.printPage': {
    input: empty,
    output: z.strictObject({ printer: name.nullable() }),
    access: 'signedIn',
    errors: ['print_unavailable', 'print_failed'],
  },
} as const satisfies Record<string, MethodSpec>;
