import type { Receipt } from '../../../shared/domain/sales/receipt';

// 2026-03-14 09:26:53 UTC: a fixed time, so layouts and golden files never depend on the clock.
const AT_MS = Date.UTC(2026, 2, 14, 9, 26, 53);

/** An EU-style sale in English: two VAT rates, a discount, cash rounding, split card + cash. */
export function sampleReceiptEn(overrides: Partial<Receipt> = {}): Receipt {
  return {
    receiptId: '01890000-0000-7000-8000-0000000000a1',
    kind: 'sale',
    receiptNumber: 'T1-000042',
    copy: false,
    locale: 'en',
    merchant: { name: 'Corner Shop', address: '12 Market Street, Springfield', taxId: 'VAT DE123456789' },
    terminalName: 'Till 1',
    staffFirstName: 'Anna',
    atMs: AT_MS,
    currency: 'EUR',
    lines: [
      { name: 'Espresso beans, dark roast, 1 kg bag from a very long supplier name', quantityMilli: 1000, unitPriceMinor: 1899, discountMinor: 0, totalMinor: 1899, taxLabel: 'B' },
      { name: 'Sparkling water', quantityMilli: 6000, unitPriceMinor: 89, discountMinor: 54, totalMinor: 480, taxLabel: 'A' },
      { name: 'Cheese (weighed)', quantityMilli: 355, unitPriceMinor: 2490, discountMinor: 0, totalMinor: 884, taxLabel: 'B' },
    ],
    taxes: [
      { label: 'A', rateBp: 2000, netMinor: 400, taxMinor: 80 },
      { label: 'B', rateBp: 1000, netMinor: 2530, taxMinor: 253 },
    ],
    subtotalMinor: 3317,
    discountMinor: 54,
    totalMinor: 3263,
    cashRoundingMinor: 0,
    tenders: [
      { kind: 'card', amountMinor: 2000, maskedCard: '•••• 4242', remainingBalanceMinor: 1550 },
      { kind: 'cash', amountMinor: 1500 },
    ],
    changeMinor: 237,
    code: '01890000-0000-7000-8000-0000000000a1',
    ...overrides,
  };
}

/** A China VAT sale in Chinese: CJK names (one long enough to wrap), a provider tender. */
export function sampleReceiptZh(overrides: Partial<Receipt> = {}): Receipt {
  return {
    receiptId: '01890000-0000-7000-8000-0000000000b2',
    kind: 'sale',
    receiptNumber: 'T2-000007',
    copy: false,
    locale: 'zh-CN',
    merchant: { name: '街角便利店', address: '上海市黄浦区南京东路100号', taxId: '91310000MA1FL8XQ3D' },
    terminalName: '收银台2',
    staffFirstName: '小王',
    atMs: AT_MS,
    currency: 'CNY',
    lines: [
      { name: '农夫山泉饮用天然水550ml', quantityMilli: 2000, unitPriceMinor: 200, discountMinor: 0, totalMinor: 400, taxLabel: 'A' },
      { name: '康师傅红烧牛肉面（五连包）特惠装超值家庭分享', quantityMilli: 1000, unitPriceMinor: 1590, discountMinor: 100, totalMinor: 1490, taxLabel: 'A' },
      { name: '苹果 Fuji', quantityMilli: 1250, unitPriceMinor: 1200, discountMinor: 0, totalMinor: 1500, taxLabel: 'B' },
    ],
    taxes: [
      { label: 'A', rateBp: 1300, netMinor: 1673, taxMinor: 217 },
      { label: 'B', rateBp: 900, netMinor: 1376, taxMinor: 124 },
    ],
    subtotalMinor: 3490,
    discountMinor: 100,
    totalMinor: 3390,
    cashRoundingMinor: 0,
    tenders: [
      { kind: 'provider', provider: 'alipay', amountMinor: 2000, providerReference: '2026031422001400001' },
      { kind: 'card', amountMinor: 1390, maskedCard: '622202 •••• 1234', remainingBalanceMinor: 8610 },
    ],
    changeMinor: 0,
    code: '01890000-0000-7000-8000-0000000000b2',
    ...overrides,
  };
}
