import type { LineStyle, ReceiptBlock } from './receipt-doc';
import { center, padEnd, padStart, textWidth, wrap, type WidthMode } from './text-width';

/** The pieces every section is made of, bound to one width and mode. */
export type Layout = {
  readonly columns: number;
  readonly mode: WidthMode;
};

export const textLine = (text: string, style: LineStyle = 'normal'): ReceiptBlock => ({ kind: 'text', text, style });

/** On a printer, bullets become asterisks: GB18030 printers and single-byte code pages lack '•'. */
export function printable(text: string, mode: WidthMode): string {
  return mode === 'display' ? text : text.replaceAll('•', '*');
}

export function rule(l: Layout, ch = '-'): ReceiptBlock {
  return textLine(ch.repeat(l.columns));
}

/** Wrapped and centred, each line its own block. */
export function centered(l: Layout, text: string, style: 'normal' | 'bold' = 'normal'): ReceiptBlock[] {
  return wrap(printable(text, l.mode), l.columns, l.mode).map((line) => textLine(center(line, l.columns, l.mode).trimEnd(), style));
}

/** Double width and height, centred in half the columns (each column printed twice as wide). */
export function large(l: Layout, text: string): ReceiptBlock[] {
  const half = Math.floor(l.columns / 2);
  return wrap(printable(text, l.mode), half, l.mode).map((line) => textLine(center(line, half, l.mode).trimEnd(), 'large'));
}

/**
 * A label on the left and a value on the right. When both do not fit on one line, the label wraps
 * on its own lines and the value stands right-aligned on the last one, so an amount is never cut.
 */
export function labelled(l: Layout, label: string, value: string, style: 'normal' | 'bold' = 'normal', indent = 0): ReceiptBlock[] {
  const lab = ' '.repeat(indent) + printable(label, l.mode);
  const val = printable(value, l.mode);
  const valueWidth = textWidth(val, l.mode);
  if (textWidth(lab, l.mode) + 1 + valueWidth <= l.columns) {
    return [textLine(padEnd(lab, l.columns - valueWidth, l.mode) + val, style)];
  }
  const labelLines = wrap(lab, l.columns, l.mode).map((line) => textLine(line, style));
  return [...labelLines, textLine(padStart(val, l.columns, l.mode), style)];
}

/**
 * A product name wrapped into the space left of its amount column; the amount stands right-aligned
 * on the first line, the name's other lines follow.
 */
export function nameWithAmount(l: Layout, name: string, right: string, rightWidth: number): ReceiptBlock[] {
  const nameWidth = l.columns - rightWidth - 1;
  if (nameWidth < 8) return labelled(l, name, right);
  const [first = '', ...rest] = wrap(printable(name, l.mode), nameWidth, l.mode);
  return [textLine(padEnd(first, nameWidth + 1, l.mode) + padStart(right, rightWidth, l.mode)), ...rest.map((line) => textLine(line))];
}

/** Right-aligned cells after a left-aligned first one; null when the widths do not fit the paper. */
export function tableRow(l: Layout, cells: readonly string[], widths: readonly number[], gap = 1): ReceiptBlock | null {
  const [firstCell = '', ...others] = cells;
  const [firstWidth = 0, ...otherWidths] = widths;
  if (textWidth(firstCell, l.mode) > firstWidth) return null;
  const right = others.map((cell, i) => padStart(cell, (otherWidths[i] ?? 0) + gap, l.mode)).join('');
  return textLine(padEnd(firstCell, firstWidth, l.mode) + right);
}
