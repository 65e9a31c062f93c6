import { tender } from '../tender';
import { z } from '../zod';
import type { RecordSpec } from './record-spec';

const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const currency = z.string().length(3);
const minor = z.int().min(1).max(100_000_000_000);

/**
 * Records of the wallets domain, by journal kind: the wire format a settlement backend applies
 * (with the header of shared/domain/outbox-kinds.ts, whose operationId is the batch id that
 * moved the money). Ids, currencies and integer minor units only: never a phone, an email or
 * any card data.
 */
export const WALLET_RECORDS = {
  /** Money paid in at the till: debit the tender's merchant account, credit the wallet. */
  'wallet.topup': {
    version: 1,
    anchor: 'withBatch',
    schema: z.strictObject({ walletId: id, currency, amountMinor: minor, tender }),
  },
  /** Wallet to wallet in one currency: debit the sender's account, credit the receiver's. */
  'wallet.transfer': {
    version: 1,
    anchor: 'withBatch',
    schema: z.strictObject({ fromWalletId: id, toWalletId: id, currency, amountMinor: minor }),
  },
  /**
   * A conversion inside one wallet (core/fx/convert.ts): debitedMinor = convertedMinor + feeMinor
   * in the source currency; creditedMinor = convertedMinor at the rate, rounded once by
   * roundingMode, in the target currency. The rate is the exact ratio (and the text the manager
   * entered), with its source and quote time.
   */
  'wallet.convert': {
    version: 1,
    anchor: 'withBatch',
    schema: z.strictObject({
      walletId: id,
      fromCurrency: currency,
      toCurrency: currency,
      debitedMinor: minor,
      feeMinor: z.int().min(0).max(100_000_000_000),
      convertedMinor: minor,
      creditedMinor: minor,
      feeBps: z.int().min(0).max(9_999),
      rate: z.strictObject({ numerator: z.int().min(1), denominator: z.int().min(1) }),
      rateText: z.string().min(1).max(64),
      rateSource: z.string().min(1).max(80),
      rateAsOfMs: z.int().min(0),
      roundingMode: z.enum(['half_up', 'half_even', 'down', 'up']),
    }),
  },
} as const satisfies Record<string, RecordSpec>;
