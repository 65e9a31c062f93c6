import type { MethodSpec } from '../method';
import { amountMinor, currencyCode, text, timeMs, uuidV7 } from '../schemas';
import { z } from '../zod';
import { PAYMENT_STATUSES, paymentMethod } from './sales-schemas';

/** The outcomes the simulator provider gives its next request, on command (tests, demo mode). */
export const SIMULATOR_OUTCOMES = ['approve', 'decline', 'timeout'] as const;

export const paymentView = z.strictObject({
  paymentId: uuidV7,
  saleId: uuidV7,
  method: paymentMethod,
  amountMinor,
  currency: currencyCode,
  /** unknown: the provider did not answer in time; payments.lookup resolves it (never pay twice). */
  status: z.enum(PAYMENT_STATUSES),
  providerReference: text(64).nullable(),
  /** The sale that took this payment as a tender, once completed. */
  usedBySaleId: uuidV7.nullable(),
  requestedAtMs: timeMs,
  replayed: z.boolean(),
});

/**
 * External payment providers (Alipay, WeChat Pay, UnionPay QuickPass) behind one interface:
 * request → pending → approved / declined / unknown, the provider's reference recorded. Only the
 * local simulator provider exists; it answers as payments.simulatorNext told it.
 */
export const paymentsContract = {
  /** Asks the provider once per payment id: a repeat answers the stored payment (looked up again while unresolved). */
  'payments.request': {
    input: z.strictObject({ paymentId: uuidV7, saleId: uuidV7, method: paymentMethod, amountMinor, currency: currencyCode }),
    output: paymentView,
    access: 'signedIn',
    errors: ['id_exists_with_different_content'],
  },
  /** The payment as the provider now knows it: an unknown or pending one is asked again. */
  'payments.lookup': {
    input: z.strictObject({ paymentId: uuidV7 }),
    output: paymentView,
    access: 'signedIn',
    errors: ['payment_not_found'],
  },
  /** What the simulator provider answers next (the queue is in memory; a restart empties it: approve). */
  'payments.simulatorNext': {
    input: z.strictObject({ outcome: z.enum(SIMULATOR_OUTCOMES) }),
    output: z.strictObject({ outcome: z.enum(SIMULATOR_OUTCOMES), queued: z.int().min(1) }),
    access: 'signedIn',
    errors: [],
  },
} as const satisfies Record<string, MethodSpec>;
