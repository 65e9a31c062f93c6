import { ROUNDING_MODES } from '../../domain/fx-rate';
import { tender } from '../../domain/tender';
import type { MethodSpec } from '../method';
import { amountMinor, currencyCode, text, timeMs, uuidV7 } from '../schemas';
import { z } from '../zod';
import { walletBalance } from './customers';

/** Typed or scanned text; its check symbol is verified by the handler (`invalid_wallet_address`). */
export const walletAddressText = text(64);

const rateRatio = z.strictObject({ numerator: z.int().min(1), denominator: z.int().min(1) });
const roundingMode = z.enum(ROUNDING_MODES);

/** Every money operation answers with its operation id, when it was recorded and whether this is a repeat. */
const operationFacts = { operationId: uuidV7, atMs: timeMs, replayed: z.boolean() };

export const topUpView = z.strictObject({
  ...operationFacts,
  walletId: uuidV7,
  currency: currencyCode,
  amountMinor,
  tender,
  /** The wallet's balance in that currency as it is now (after the top-up, or later for a repeat). */
  balanceNow: walletBalance,
});

export const transferView = z.strictObject({
  ...operationFacts,
  fromWalletId: uuidV7,
  toWalletId: uuidV7,
  currency: currencyCode,
  amountMinor,
});

/** Every figure of a conversion, for the receipt: debited = converted + fee; credited = converted at the rate. */
export const conversionView = z.strictObject({
  ...operationFacts,
  walletId: uuidV7,
  fromCurrency: currencyCode,
  toCurrency: currencyCode,
  debitedMinor: amountMinor,
  feeMinor: z.int().min(0),
  convertedMinor: amountMinor,
  creditedMinor: amountMinor,
  feeBps: z.int().min(0).max(9_999),
  rate: rateRatio,
  rateText: z.string().max(64),
  rateSource: z.string().max(80),
  rateAsOfMs: timeMs,
  roundingMode,
});

export const walletMoneyContract = {
  /** The wallet with this address (typed or scanned): who it belongs to, for paying or receiving. */
  'wallets.lookup': {
    input: z.strictObject({ address: walletAddressText }),
    output: z.strictObject({ walletId: uuidV7, customerId: uuidV7, displayName: z.string().max(120), address: z.string().max(20), addressText: z.string().max(20) }),
    access: 'signedIn',
    errors: ['invalid_wallet_address', 'not_found'],
  },
  /**
   * Money paid in at the till: one batch (tender's merchant account → the wallet's account in that
   * currency) and a `wallet.topup` record. Idempotent by operationId.
   */
  'wallets.topUp': {
    input: z.strictObject({ operationId: uuidV7, walletId: uuidV7, currency: currencyCode, amountMinor, tender }),
    output: topUpView,
    access: 'signedIn',
    errors: ['not_found', 'id_exists_with_different_content'],
  },
  /**
   * Wallet to wallet in one currency, the receiver named by id or by address (exactly one).
   * Idempotent by operationId; a declined transfer repeats its decline.
   */
  'wallets.transfer': {
    input: z
      .strictObject({
        operationId: uuidV7,
        fromWalletId: uuidV7,
        toWalletId: uuidV7.optional(),
        toAddress: walletAddressText.optional(),
        currency: currencyCode,
        amountMinor,
      })
      .refine((v) => (v.toWalletId === undefined) !== (v.toAddress === undefined), 'name the receiver by toWalletId or by toAddress, not both'),
    output: transferView,
    access: 'signedIn',
    errors: ['not_found', 'invalid_wallet_address', 'same_wallet', 'insufficient_funds', 'id_exists_with_different_content'],
  },
  /**
   * Converts inside one wallet at the pair's current rate (fx.setRate): debitMinor leaves the
   * `fromCurrency` balance (fee included), the converted amount arrives in `toCurrency`, rounded
   * once by `roundingMode` (default half_even). Idempotent by operationId.
   */
  'wallets.convert': {
    input: z
      .strictObject({
        operationId: uuidV7,
        walletId: uuidV7,
        fromCurrency: currencyCode,
        toCurrency: currencyCode,
        debitMinor: amountMinor,
        roundingMode: roundingMode.optional(),
      })
      .refine((v) => v.fromCurrency !== v.toCurrency, 'a conversion needs two different currencies'),
    output: conversionView,
    access: 'signedIn',
    errors: [
      'not_found', 'fx_rate_not_found', 'fx_rate_stale', 'fx_rate_from_future', 'fx_amount_too_small', 'amount_overflow',
      'insufficient_funds', 'id_exists_with_different_content',
    ],
  },
} as const satisfies Record<string, MethodSpec>;
