import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import { ReceiptView } from '../../renderer/src/components/receipt/ReceiptView';
import { formatQuantityMilli, formatRateBp, receiptViewModel } from '../../renderer/src/components/receipt/receipt-view-model';
import { buildTheme } from '../../renderer/src/app/theme';
import { createI18n } from '../../renderer/src/lib/i18n';
import { formatMoney } from '../../renderer/src/lib/format-money';
import type { Receipt } from '../../shared/domain/sales/receipt';

const RECEIPT: Receipt = {
  receiptId: '01890000-0000-7000-8000-0000000000b2',
  kind: 'sale',
  receiptNumber: 'T2-000007',
  copy: false,
  merchant: { name: '街角便利店', address: '上海市黄浦区南京东路100号', taxId: '91310000MA1FL8XQ3D' },
  terminalName: '收银台2',
  staffFirstName: '小王',
  atMs: Date.UTC(2026, 2, 14, 9, 26, 53),
  currency: 'CNY',
  lines: [
    { name: '农夫山泉饮用天然水550ml', quantityMilli: 2000, unitPriceMinor: 200, discountMinor: 0, totalMinor: 400, taxLabel: 'A' },
    { name: '苹果 Fuji', quantityMilli: 1250, unitPriceMinor: 1200, discountMinor: 100, totalMinor: 1400, taxLabel: 'B' },
  ],
  taxes: [
    { label: 'A', rateBp: 1300, netMinor: 354, taxMinor: 46 },
    { label: 'B', rateBp: 900, netMinor: 1284, taxMinor: 116 },
  ],
  subtotalMinor: 1900,
  discountMinor: 100,
  totalMinor: 1800,
  cashRoundingMinor: 0,
  tenders: [
    { kind: 'card', amountMinor: 1000, maskedCard: '622202 •••• 1234', remainingBalanceMinor: 8610 },
    { kind: 'cash', amountMinor: 1000 },
  ],
  changeMinor: 200,
  code: '01890000-0000-7000-8000-0000000000b2',
};

function render(receipt: Receipt, lng: 'en' | 'zh-CN'): string {
  return renderToStaticMarkup(
    <MantineProvider theme={buildTheme('comfortable', lng)}>
      <I18nextProvider i18n={createI18n(lng)}>
        <ReceiptView receipt={receipt} printable={false} />
      </I18nextProvider>
    </MantineProvider>,
  );
}

describe('receipt view model: the model formatted, nothing computed', () => {
  it('formats every figure with the shared money formatter and the locale', () => {
    const vm = receiptViewModel(RECEIPT, 'en');
    const money = (minor: number) => formatMoney(minor, 'CNY', 'en');
    expect(vm.total).toBe(money(1800));
    expect(vm.subtotal).toBe(money(1900));
    expect(vm.discount).toBe(money(-100));
    expect(vm.change).toBe(money(200));
    expect(vm.lines[0]?.quantity).toEqual({ quantity: '2', price: money(200) });
    expect(vm.lines[1]?.quantity).toEqual({ quantity: '1.25', price: money(1200) });
    expect(vm.lines[1]?.discount).toBe(money(-100));
    expect(vm.tenders[0]).toMatchObject({ maskedCard: '622202 •••• 1234', balance: money(8610) });
    expect(vm.taxes.map((x) => x.rate)).toEqual(['13%', '9%']);
  });

  it('shows no change line on a refund and none on a sale paid without cash', () => {
    expect(receiptViewModel({ ...RECEIPT, kind: 'refund' }, 'en').change).toBeNull();
    expect(receiptViewModel({ ...RECEIPT, tenders: [{ kind: 'card', amountMinor: 1800 }], changeMinor: 0 }, 'en').change).toBeNull();
  });

  it('quantities and rates without floats', () => {
    expect([formatQuantityMilli(355, 'en'), formatQuantityMilli(1000, 'en'), formatQuantityMilli(1500, 'de')]).toEqual(['0.355', '1', '1,5']);
    expect([formatRateBp(550), formatRateBp(2000)]).toEqual(['5.5%', '20%']);
  });
});

describe('<ReceiptView> (server-rendered markup)', () => {
  it('zh-CN: merchant, lines, total, tenders, masked card, QR with the code', () => {
    const html = render(RECEIPT, 'zh-CN');
    for (const s of ['街角便利店', '小票号', 'T2-000007', '农夫山泉饮用天然水550ml', '合计', '储值卡 622202 •••• 1234', '余额', '找零', '谢谢惠顾']) {
      expect(html).toContain(s);
    }
    expect(html).toContain('data-testid="receipt-qr"');
    expect(html).toContain(`小票码 ${RECEIPT.code}`);
    expect(html).not.toContain('data-testid="receipt-copy"');
  });

  it('en: a reprint carries the COPY mark; a refund says Refunded', () => {
    const html = render({ ...RECEIPT, copy: true, kind: 'refund', originalReceiptNumber: 'T2-000001' }, 'en');
    expect(html).toContain('data-testid="receipt-copy"');
    expect(html).toContain('COPY');
    expect(html).toContain('Refunded');
    expect(html).toContain('T2-000001');
    expect(html).not.toContain('Change');
  });
});

describe('tax rows', () => {
  it('a label that already holds its rate is not followed by it again', () => {
    const vm = receiptViewModel({ ...RECEIPT, taxes: [{ label: 'standard 13%', rateBp: 1300, netMinor: 354, taxMinor: 46 }] }, 'en');
    expect(vm.taxes[0]?.rate).toBe('');
  });

  it('a shipped tax class is named in the screen\'s language; an unknown one keeps its label', () => {
    const taxes = [
      { label: 'standard 13%', taxClass: 'standard', rateBp: 1300, netMinor: 354, taxMinor: 46 },
      { label: 'deposit 9%', taxClass: 'deposit', rateBp: 900, netMinor: 1284, taxMinor: 116 },
    ];
    const names: Record<string, string> = { standard: '标准税率' };
    const vm = receiptViewModel({ ...RECEIPT, taxes }, 'zh-CN', (code) => names[code]);
    expect(vm.taxes.map((x) => [x.label, x.rate])).toEqual([['标准税率', '13%'], ['deposit 9%', '']]);
  });
});
