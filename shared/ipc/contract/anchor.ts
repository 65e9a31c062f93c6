import type { MethodSpec } from '../method';
import { secret, staffCode } from '../schemas';
import { z } from '../zod';

/** What accepting a rolled-back database did: the head it was accepted at, the anchor it had. */
export const anchorReset = z.strictObject({
  headSeq: z.int(),
  anchorSeq: z.int().nullable(),
});

/**
 * The chain anchor (docs/security.md §6.1). `anchor.acceptRollback` is the in-app way forward
 * from a database older than its anchor: public (nobody can sign in to a refused database), but
 * the owner's secret goes through the same check, lockout and rate limit as a sign-in. Only the
 * recovery dispatch acts on it; on a healthy ledger it is `invalid_input` before any secret check.
 */
export const anchorContract = {
  'anchor.acceptRollback': {
    input: z.strictObject({ staffCode, secret }),
    output: anchorReset,
    access: 'public',
    errors: ['bad_credentials', 'rate_limited', 'forbidden'],
  },
} as const satisfies Record<string, MethodSpec>;
