import type { ReceiptLocale, ReceiptTender } from '../../../../shared/domain/sales/receipt';

/**
 * The printed words of a receipt, in both languages. Main has no i18next (the renderer's
 * catalogue is for the screen); this table is the printed receipt's catalogue, and the on-screen
 * receipt's `receipt` namespace says the same things.
 */
export type ReceiptLabels = {
  readonly sale: string;
  readonly refund: string;
  readonly void: string;
  readonly copy: string;
  readonly taxId: string;
  readonly receiptNumber: string;
  readonly originalReceipt: string;
  readonly time: string;
  readonly terminal: string;
  readonly staff: string;
  readonly discount: string;
  readonly subtotal: string;
  readonly cashRounding: string;
  readonly total: string;
  readonly refundTotal: string;
  readonly taxRate: string;
  readonly taxNet: string;
  readonly taxAmount: string;
  readonly paidWith: string;
  readonly refundedTo: string;
  readonly balance: string;
  readonly approvalCode: string;
  readonly reference: string;
  readonly change: string;
  readonly thanks: string;
  readonly tender: Readonly<Record<ReceiptTender['kind'], string>>;
  readonly provider: Readonly<Record<NonNullable<ReceiptTender['provider']>, string>>;
  /** The shipped tax profiles' classes (shared/domain/sales/tax-profiles.ts), as the receipt names them. */
  readonly taxClass: Readonly<Partial<Record<string, string>>>;
};

export const RECEIPT_LABELS: Readonly<Record<ReceiptLocale, ReceiptLabels>> = {
  en: {
    sale: 'SALE',
    refund: 'REFUND',
    void: 'VOID',
    copy: 'COPY',
    taxId: 'Tax ID',
    receiptNumber: 'Receipt',
    originalReceipt: 'Original receipt',
    time: 'Time',
    terminal: 'Till',
    staff: 'Served by',
    discount: 'Discount',
    subtotal: 'Subtotal',
    cashRounding: 'Cash rounding',
    total: 'TOTAL',
    refundTotal: 'REFUNDED',
    taxRate: 'Tax',
    taxNet: 'Net',
    taxAmount: 'Tax amt',
    paidWith: 'Paid with',
    refundedTo: 'Refunded to',
    balance: 'Balance',
    approvalCode: 'Approval',
    reference: 'Ref',
    change: 'Change',
    thanks: 'Thank you!',
    tender: { cash: 'Cash', card: 'Tillbook card', wallet: 'Wallet', external_card: 'Card', provider: 'Mobile payment' },
    provider: { alipay: 'Alipay', wechat_pay: 'WeChat Pay', unionpay_qr: 'UnionPay QuickPass' },
    taxClass: { standard: 'Standard', reduced: 'Reduced', super_reduced: 'Super-reduced', services: 'Services', zero: 'Zero rate', taxable: 'Taxable', exempt: 'Exempt' },
  },
  'zh-CN': {
    sale: '销售',
    refund: '退款',
    void: '作废',
    copy: '副本',
    taxId: '税号',
    receiptNumber: '小票号',
    originalReceipt: '原小票号',
    time: '时间',
    terminal: '收银台',
    staff: '收银员',
    discount: '折扣',
    subtotal: '小计',
    cashRounding: '现金抹零',
    total: '合计',
    refundTotal: '退款合计',
    taxRate: '税率',
    taxNet: '不含税',
    taxAmount: '税额',
    paidWith: '支付方式',
    refundedTo: '退回至',
    balance: '余额',
    approvalCode: '授权码',
    reference: '参考号',
    change: '找零',
    thanks: '谢谢惠顾，欢迎再次光临！',
    tender: { cash: '现金', card: '储值卡', wallet: '钱包', external_card: '银行卡', provider: '移动支付' },
    provider: { alipay: '支付宝', wechat_pay: '微信支付', unionpay_qr: '云闪付' },
    taxClass: { standard: '标准税率', reduced: '低税率', super_reduced: '超低税率', services: '服务', zero: '零税率', taxable: '应税', exempt: '免税' },
  },
};
