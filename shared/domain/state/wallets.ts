import { z } from '../zod';

const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

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

/** Guarded state of the customers-and-wallets domain, by journal kind. */
export const WALLET_STATE_SCHEMAS = {
  'customer.state': customerState,
  'wallet.state': walletState,
} as const;
