import { z } from '../zod';

const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const currency = z.string().length(3);

/**
 * A customer as chained after every change. Phone and email are personal data: they live in the
 * encrypted database and its chain, and never in logs or push events. The search key is derived
 * from the other fields; it is chained too, so a customer hidden from search (or found under
 * another name) by an edit made with the database key alone is named by verify.
 */
export const customerState = z.strictObject({
  displayName: z.string().min(1).max(120),
  phone: z.string().max(40).nullable(),
  email: z.string().max(254).nullable(),
  note: z.string().max(500).nullable(),
  searchKey: z.string().max(1000),
  createdAtMs: z.int().min(0),
});

/** A wallet: whose it is and the address a till scans. Its balances are ledger accounts. */
export const walletState = z.strictObject({
  customerId: id,
  address: z.string().min(1).max(20),
  createdAtMs: z.int().min(0),
});

/**
 * The current rate of one currency pair (base → quote), as a manager last set it: the exact
 * ratio and the text it was entered as, where it came from and when it was quoted, the fee and the
 * maximum age a conversion accepts, and who set it when. Every change is a snapshot in the chain,
 * which is also the pair's history.
 */
export const fxRateState = z.strictObject({
  base: currency,
  quote: currency,
  rateNumerator: z.int().min(1),
  rateDenominator: z.int().min(1),
  rateText: z.string().min(1).max(64),
  source: z.string().min(1).max(80),
  asOfMs: z.int().min(0),
  feeBps: z.int().min(0).max(9_999),
  maxAgeMs: z.int().min(1),
  setByStaffId: z.string().min(1).max(64),
  setAtMs: z.int().min(0),
});

/** Guarded state of the customers-and-wallets domain, by journal kind. */
export const WALLET_STATE_SCHEMAS = {
  'customer.state': customerState,
  'wallet.state': walletState,
  'fx_rate.state': fxRateState,
} as const;
