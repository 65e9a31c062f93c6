import type { Receipt, ReceiptLocale, ReceiptTender } from '../../../../shared/domain/sales/receipt';
import { amountText, dateTimeText, negativeAmountText, quantityText, rateText } from './format';
import { RECEIPT_LABELS, type ReceiptLabels } from './labels';
import { centered, labelled, large, nameWithAmount, rule, tableRow, textLine, type Layout } from './layout-parts';
import type { ReceiptBlock, ReceiptDoc } from './receipt-doc';
import { textWidth, wrap, type WidthMode } from './text-width';

export type LayoutOptions = {
  readonly columns: number;
  readonly mode: WidthMode;
  readonly locale: ReceiptLocale;
  /** IANA zone the time is printed in (the till's). */
  readonly timeZone: string;
};

type Ctx = Layout & { readonly r: Receipt; readonly t: ReceiptLabels; readonly timeZone: string };

const money = (c: Ctx, minor: number) => amountText(minor, c.r.currency);

function header(c: Ctx): ReceiptBlock[] {
  const { r, t } = c;
  const blocks = [...centered(c, r.merchant.name, 'bold')];
  if (r.merchant.address !== undefined) blocks.push(...centered(c, r.merchant.address));
  if (r.merchant.taxId !== undefined) blocks.push(...centered(c, `${t.taxId} ${r.merchant.taxId}`));
  if (r.kind !== 'sale') blocks.push(...large(c, t[r.kind]));
  if (r.copy) blocks.push(...large(c, `*** ${t.copy} ***`));
  return blocks;
}

function facts(c: Ctx): ReceiptBlock[] {
  const { r, t } = c;
  return [
    ...labelled(c, t.receiptNumber, r.receiptNumber),
    ...(r.originalReceiptNumber === undefined ? [] : labelled(c, t.originalReceipt, r.originalReceiptNumber)),
    ...labelled(c, t.time, dateTimeText(r.atMs, c.timeZone)),
    ...labelled(c, t.terminal, r.terminalName),
    ...labelled(c, t.staff, r.staffFirstName),
  ];
}

const lineRight = (c: Ctx, line: Receipt['lines'][number]) =>
  line.taxLabel === '' ? money(c, line.totalMinor) : `${money(c, line.totalMinor)} ${line.taxLabel}`;

/** Each line: the name with its amount (and tax mark) on the right, then quantity × price and discount. */
function items(c: Ctx): ReceiptBlock[] {
  const rightWidth = Math.max(0, ...c.r.lines.map((line) => textWidth(lineRight(c, line), c.mode)));
  return c.r.lines.flatMap((line) => {
    const blocks = nameWithAmount(c, line.name, lineRight(c, line), rightWidth);
    if (line.quantityMilli !== 1000) {
      blocks.push(textLine(`  ${quantityText(line.quantityMilli)} x ${money(c, line.unitPriceMinor)}`));
    }
    if (line.discountMinor > 0) blocks.push(...labelled(c, c.t.discount, negativeAmountText(line.discountMinor, c.r.currency), 'normal', 2));
    return blocks;
  });
}

function totals(c: Ctx): ReceiptBlock[] {
  const { r, t } = c;
  const blocks = labelled(c, t.subtotal, money(c, r.subtotalMinor));
  if (r.discountMinor > 0) blocks.push(...labelled(c, t.discount, negativeAmountText(r.discountMinor, r.currency)));
  const totalLabel = `${r.kind === 'sale' ? t.total : t.refundTotal} ${r.currency}`;
  blocks.push(...labelled(c, totalLabel, money(c, r.totalMinor), 'bold'));
  // Shown after the total, not added to it: the receipt prints the figures core computed, and
  // the tenders below show what was paid after rounding.
  if (r.cashRoundingMinor !== 0) blocks.push(...labelled(c, t.cashRounding, money(c, r.cashRoundingMinor)));
  return blocks;
}

/** The row's label with its rate, unless the label already says the rate ('standard 13%'). */
export function taxRowLabel(label: string, rateBp: number): string {
  const rate = rateText(rateBp);
  return label.includes(rate) ? label : `${label} ${rate}`;
}

/** The tax table: mark and rate, net, tax; two lines a rate when the columns do not fit. */
function taxes(c: Ctx): ReceiptBlock[] {
  const { r, t } = c;
  if (r.taxes.length === 0) return [];
  const named = (x: Receipt['taxes'][number]) => (x.taxClass === undefined ? undefined : t.taxClass[x.taxClass]);
  const rows = r.taxes.map((x) => [taxRowLabel(named(x) ?? x.label, x.rateBp), money(c, x.netMinor), money(c, x.taxMinor)]);
  const all = [[t.taxRate, t.taxNet, t.taxAmount], ...rows];
  const w1 = Math.max(...all.map((row) => textWidth(row[1] ?? '', c.mode)));
  const w2 = Math.max(...all.map((row) => textWidth(row[2] ?? '', c.mode)));
  const w0 = Math.max(...all.map((row) => textWidth(row[0] ?? '', c.mode)));
  // Two spaces between the figures when the paper has room for them, one otherwise.
  const gap = w0 + w1 + w2 + 4 <= c.columns ? 2 : 1;
  const widths = [c.columns - w1 - w2 - 2 * gap, w1, w2];
  const table = all.map((row) => tableRow(c, row, widths, gap));
  if (table.every((row) => row !== null)) return [rule(c), ...table];
  return [rule(c), ...rows.flatMap(([label = '', net = '', tax = '']) => [
    ...labelled(c, label, ''), ...labelled(c, t.taxNet, net, 'normal', 2), ...labelled(c, t.taxAmount, tax, 'normal', 2),
  ])];
}

function tenderName(t: ReceiptLabels, tender: ReceiptTender): string {
  const name = tender.provider === undefined ? t.tender[tender.kind] : t.provider[tender.provider];
  return tender.maskedCard === undefined ? name : `${name} ${tender.maskedCard}`;
}

function tenders(c: Ctx): ReceiptBlock[] {
  const { r, t } = c;
  if (r.tenders.length === 0) return [];
  const blocks = [rule(c), textLine(r.kind === 'sale' ? t.paidWith : t.refundedTo)];
  for (const tender of r.tenders) {
    blocks.push(...labelled(c, tenderName(t, tender), money(c, tender.amountMinor)));
    if (tender.approvalCode !== undefined) blocks.push(...labelled(c, t.approvalCode, tender.approvalCode, 'normal', 2));
    if (tender.providerReference !== undefined) blocks.push(...labelled(c, t.reference, tender.providerReference, 'normal', 2));
    if (tender.remainingBalanceMinor !== undefined) blocks.push(...labelled(c, t.balance, money(c, tender.remainingBalanceMinor), 'normal', 2));
  }
  const tookCash = r.tenders.some((tender) => tender.kind === 'cash');
  if (r.kind === 'sale' && (tookCash || r.changeMinor > 0)) blocks.push(...labelled(c, t.change, money(c, r.changeMinor), 'bold'));
  return blocks;
}

function footer(c: Ctx): ReceiptBlock[] {
  // A code wider than the paper breaks after a hyphen (a UUID is 36 columns, 58 mm paper has 32).
  const codeLines = wrap(c.r.code.replaceAll('-', '- '), c.columns, c.mode).map((line) => line.replaceAll('- ', '-'));
  const blocks: ReceiptBlock[] = [rule(c), { kind: 'qr', value: c.r.code }, ...codeLines.flatMap((line) => centered(c, line))];
  if (c.r.copy) blocks.push(...large(c, `*** ${c.t.copy} ***`));
  blocks.push(...centered(c, c.t.thanks));
  return blocks;
}

/**
 * Lays a receipt out for one paper width and printer mode: every text block fits `columns`
 * ('large' ones half of it), double-width characters counted twice and never split.
 */
export function layoutReceipt(r: Receipt, options: LayoutOptions): ReceiptDoc {
  const c: Ctx = { columns: options.columns, mode: options.mode, r, t: RECEIPT_LABELS[options.locale], timeZone: options.timeZone };
  const blocks = [
    ...header(c), rule(c, '='), ...facts(c), rule(c), ...items(c), rule(c), ...totals(c), ...taxes(c), ...tenders(c), ...footer(c),
  ];
  return { columns: options.columns, mode: options.mode, locale: options.locale, blocks };
}

/**
 * The printer mode a receipt needs: Chinese mode (GB18030) for a Chinese receipt or any character
 * beyond Latin-1; a single-byte code page otherwise.
 */
export function printerModeFor(r: Receipt, locale: ReceiptLocale): WidthMode {
  if (locale === 'zh-CN') return 'gb18030';
  const texts = [r.merchant.name, r.merchant.address ?? '', r.merchant.taxId ?? '', r.terminalName, r.staffFirstName, ...r.lines.map((l) => l.name)];
  return texts.every((s) => /^[\u0020-\u007E\u00A0-\u00FF•]*$/u.test(s)) ? 'single' : 'gb18030';
}
