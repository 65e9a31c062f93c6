import type { MethodSpec } from '../method';
import { checkSecretForRole } from './staff';
import { currencyCode, locale, name, role, secret, secretKind, staffCode, uuidV7 } from '../schemas';
import { z } from '../zod';

/** First run: the merchant, this terminal and its owner, in one call. Refused once done. */
export const setupInput = z.strictObject({
  merchantName: name,
  terminalName: name,
  currency: currencyCode,
  locale,
  taxProfile: z.literal('none'),
  /** A demo shop (issue 9 §7): flagged in the ledger's merchant facts, its sales marked demo. */
  demo: z.boolean().optional(),
  owner: z.strictObject({
    displayName: name,
    staffCode,
    secretKind,
    secret,
  }).superRefine((owner, ctx) => checkSecretForRole({ ...owner, role: 'owner' }, ctx)),
});

export const setupContract = {
  'setup.complete': {
    input: setupInput,
    output: z.strictObject({ ownerId: uuidV7 }),
    access: 'public',
    // invalid_input (from dispatch) also covers a PIN or password the secret rules refuse (an
    // owner PIN has at least 6 digits).
    errors: ['setup_already_done'],
  },
  /**
   * First run's other choice (issue 9 §7): this empty terminal becomes a demo shop, flagged in
   * the ledger, with a week of sales. The staff codes and PINs come back once, to be shown once;
   * they are new for every demo shop.
   */
  'setup.loadDemo': {
    input: z.strictObject({ locale }),
    output: z.strictObject({
      staff: z.array(z.strictObject({ role, displayName: name, staffCode, pin: secret })),
      customers: z.array(z.strictObject({ displayName: name, walletAddress: z.string().max(20) })),
      products: z.number().int().nonnegative(),
      sales: z.number().int().nonnegative(),
      zReports: z.number().int().nonnegative(),
    }),
    access: 'public',
    // a step of the seeding that fails is a bug, not an outcome: dispatch answers internal
    errors: ['setup_already_done'],
  },
} as const satisfies Record<string, MethodSpec>;
