import type { CartInput } from '../../../shared/domain/sales/cart';
import type { salesDomainContract } from '../../../shared/ipc/contract/sales-domain';
import { NOBODY_ID, type DomainSamples } from './fixture';
import { UNKNOWN_WALLET_ADDRESS } from './vouchers';

const id = (n: number): string => `01890000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
const CART: CartInput = {
  cartId: id(0x5a1e1), currency: 'CNY',
  lines: [
    { lineId: id(0x5a1e2), productId: NOBODY_ID, quantityMilli: 1500, discount: { kind: 'percent', bp: 1000 }, overrideId: id(0x5a1e3) },
    { lineId: id(0x5a1e4), productId: NOBODY_ID, quantityMilli: 1000, discount: { kind: 'amount', amountMinor: 50 } },
  ],
  orderDiscount: { kind: 'amount', amountMinor: 10 },
};

export const salesSamples = (): DomainSamples<typeof salesDomainContract> => ({
  'sales.price': [{ cart: CART }],
  'sales.due': [{ cart: CART, tenders: [{ kind: 'card', amountMinor: 1000 }, { kind: 'cash', amountMinor: 5000 }] }],
  'sales.park': [{ cart: CART, label: 'Table 4' }],
  'sales.parked': [{}],
  'sales.resume': [{ cartId: id(0x5a1e1) }],
  'sales.discardParked': [{ cartId: id(0x5a1e1) }],
  'sales.overridePrice': [{ overrideId: id(0x5a1e3), cartId: id(0x5a1e1), lineId: id(0x5a1e2), productId: NOBODY_ID, unitPriceMinor: 990, approvalId: id(0xa9) }],
  'sales.complete': [{
    saleId: id(0x5a1e5), cart: CART, expectedTotalMinor: 3000,
    tenders: [
      { kind: 'cash', tenderId: id(0x7e1), amountMinor: 2000 },
      { kind: 'card', tenderId: id(0x7e2), authorizationId: id(0x7e3) },
      { kind: 'wallet', tenderId: id(0x7e4), walletAddress: UNKNOWN_WALLET_ADDRESS, amountMinor: 100 },
      { kind: 'external_card', tenderId: id(0x7e5), amountMinor: 100, approvalCode: 'A1B2-C3' },
      { kind: 'provider', tenderId: id(0x7e6), paymentId: id(0x7e7) },
    ],
  }],
  'sales.find': [{ receiptNumber: 1 }, { saleId: id(0x5a1e5) }, { code: id(0x5a1e5) }],
  'sales.refund': [{ refundId: id(0x7ef1), saleId: id(0x5a1e5), lines: [{ lineId: id(0x5a1e2), quantityMilli: 500 }], approvalId: id(0xa9) }],
  'sales.void': [{ voidId: id(0x7ef2), saleId: id(0x5a1e5), approvalId: id(0xa9) }],
  'sales.receipt': [{ receiptId: id(0x5a1e5), print: true }],
  'sales.displayQr': [{ payload: 'TILLBOOK:WALLET:ABCDEFGHJKM' }],
  'payments.request': [{ paymentId: id(0x7e7), saleId: id(0x5a1e5), method: 'wechat_pay', amountMinor: 1000, currency: 'CNY' }],
  'payments.lookup': [{ paymentId: id(0x7e7) }],
  'payments.simulatorNext': [{ outcome: 'approve' }, { outcome: 'decline' }, { outcome: 'timeout' }],
});
