/**
 * One interface for external payment providers (Alipay, WeChat Pay, UnionPay QuickPass): a
 * request for a payment id, then its status. `unknown` means the provider did not answer in time:
 * the money may or may not have moved, so the caller asks `lookup` with the same id and never
 * requests the payment a second time. A provider must treat a repeated payment id as the same
 * payment (idempotent on its side too).
 */
export type ProviderRequest = {
  readonly paymentId: string;
  readonly method: 'alipay' | 'wechat_pay' | 'unionpay_qr';
  readonly amountMinor: number;
  readonly currency: string;
};

export type ProviderAnswer =
  | { readonly status: 'approved'; readonly providerReference: string }
  | { readonly status: 'declined'; readonly providerReference: string | null }
  | { readonly status: 'pending' | 'unknown' };

export type PaymentProvider = {
  /** The provider's name as stored with each payment ('simulator'). */
  readonly name: string;
  request(request: ProviderRequest): Promise<ProviderAnswer>;
  /** What the provider knows of a payment id it was asked for (`unknown` when it never heard of it). */
  lookup(paymentId: string): Promise<ProviderAnswer>;
};
