import type { ReceiptLocale } from '../../../../shared/domain/sales/receipt';
import type { WidthMode } from './text-width';

/**
 * A receipt laid out for one paper width: the lines exactly as they are printed, already padded
 * and aligned, so the ESC/POS bytes and the PDF are two renderings of the same thing.
 * 'large' lines are printed at double width and height: their text fits half the columns.
 */
export type LineStyle = 'normal' | 'bold' | 'large';

export type ReceiptBlock =
  | { readonly kind: 'text'; readonly text: string; readonly style: LineStyle }
  /** A 2-D code of `value` (the receipt's `code`), centred. */
  | { readonly kind: 'qr'; readonly value: string };

export type ReceiptDoc = {
  readonly columns: number;
  readonly mode: WidthMode;
  readonly locale: ReceiptLocale;
  readonly blocks: readonly ReceiptBlock[];
};

/** Paper widths and their columns in the printer's standard font (12-dot characters). */
export const PAPER_COLUMNS = { 58: 32, 80: 48 } as const;
export type PaperWidthMm = keyof typeof PAPER_COLUMNS;
