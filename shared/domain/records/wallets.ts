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
    schema: z.strictObject({ walletId: id, currency, amountMinor: minor, tender }),
  },
  /** Wallet to wallet in one currency: debit the sender's account, credit the receiver's. */
  'wallet.transfer': {
    version: 1,
    schema: z.strictObject({ fromWalletId: id, toWalletId: id, currency, amountMinor: minor }),
  },
} as const satisfies Record<string, RecordSpec>;
