import type { Receipt, ReceiptTender } from '../../../../shared/domain/sales/receipt';
import { formatMoney } from '../../lib/format-money';

/**
 * What the on-screen receipt shows, as text: every figure of the model formatted for the
 * screen's locale and nothing computed (no sums, no differences: the core did them). A pure
 * function so the web project's tests (run in Node) can check it without a DOM.
 */
export type ReceiptLineView = {
  readonly name: string;
  readonly amount: string;
  readonly taxLabel: string;
  /** '2 × ¥2.00' parts, or null for one item. */
  readonly quantity: { readonly quantity: string; readonly price: string } | null;
  readonly discount: string | null;
};

export type ReceiptTenderView = {
  readonly kind: ReceiptTender['kind'];
  readonly provider: ReceiptTender['provider'] | null;
  readonly maskedCard: string | null;
  readonly amount: string;
  readonly approvalCode: string | null;
  readonly reference: string | null;
  readonly balance: string | null;
};

export type ReceiptViewModel = {
  readonly kind: Receipt['kind'];
  readonly copy: boolean;
  readonly merchant: Receipt['merchant'];
  readonly number: string;
  readonly originalNumber: string | null;
  readonly time: string;
  readonly terminal: string;
  readonly staff: string;
  readonly lines: readonly ReceiptLineView[];
  readonly subtotal: string;
  readonly discount: string | null;
  readonly total: string;
  readonly cashRounding: string | null;
  readonly taxes: readonly { readonly label: string; readonly rate: string; readonly net: string; readonly tax: string }[];
  readonly tenders: readonly ReceiptTenderView[];
  /** Shown on a sale that took cash or gave change. */
  readonly change: string | null;
  readonly code: string;
};

/** Thousandths as a plain decimal for the locale (1250 → '1.25'), without a float division. */
export function formatQuantityMilli(quantityMilli: number, locale: string): string {
  const whole = Math.trunc(quantityMilli / 1000);
  const fraction = (quantityMilli % 1000).toString().padStart(3, '0').replace(/0+$/, '');
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  return fraction === '' ? String(whole) : `${whole}${decimal}${fraction}`;
}

/** Basis points as a percentage: 1300 → '13%', 550 → '5.5%' (string digits, no float). */
export function formatRateBp(rateBp: number): string {
  const whole = Math.trunc(rateBp / 100);
  const fraction = (rateBp % 100).toString().padStart(2, '0').replace(/0+$/, '');
  return fraction === '' ? `${whole}%` : `${whole}.${fraction}%`;
}

function tenderView(t: ReceiptTender, money: (minor: number) => string): ReceiptTenderView {
  return {
    kind: t.kind,
    provider: t.provider ?? null,
    maskedCard: t.maskedCard ?? null,
    amount: money(t.amountMinor),
    approvalCode: t.approvalCode ?? null,
    reference: t.providerReference ?? null,
    balance: t.remainingBalanceMinor === undefined ? null : money(t.remainingBalanceMinor),
  };
}

/** A tax class named in the screen's language, or undefined for a class the catalogue does not know. */
export type TaxClassName = (code: string) => string | undefined;

export function receiptViewModel(r: Receipt, locale: string, className: TaxClassName = () => undefined): ReceiptViewModel {
  const money = (minor: number) => formatMoney(minor, r.currency, locale);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(r.atMs);
  const tookCash = r.tenders.some((t) => t.kind === 'cash');
  return {
    kind: r.kind,
    copy: r.copy,
    merchant: r.merchant,
    number: r.receiptNumber,
    originalNumber: r.originalReceiptNumber ?? null,
    time,
    terminal: r.terminalName,
    staff: r.staffFirstName,
    lines: r.lines.map((line) => ({
      name: line.name,
      amount: money(line.totalMinor),
      taxLabel: line.taxLabel,
      quantity: line.quantityMilli === 1000 ? null : { quantity: formatQuantityMilli(line.quantityMilli, locale), price: money(line.unitPriceMinor) },
      discount: line.discountMinor > 0 ? money(-line.discountMinor) : null,
    })),
    subtotal: money(r.subtotalMinor),
    discount: r.discountMinor > 0 ? money(-r.discountMinor) : null,
    total: money(r.totalMinor),
    cashRounding: r.cashRoundingMinor === 0 ? null : money(r.cashRoundingMinor),
    taxes: r.taxes.map((x) => {
      const rate = formatRateBp(x.rateBp);
      const label = (x.taxClass === undefined ? undefined : className(x.taxClass)) ?? x.label;
      // A label that already says its rate ('standard 13%') is not followed by it again.
      return { label, rate: label.includes(rate) ? '' : rate, net: money(x.netMinor), tax: money(x.taxMinor) };
    }),
    tenders: r.tenders.map((t) => tenderView(t, money)),
    change: r.kind === 'sale' && (tookCash || r.changeMinor > 0) ? money(r.changeMinor) : null,
    code: r.code,
  };
}
