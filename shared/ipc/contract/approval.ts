import type { MethodSpec } from '../method';
import { NOTE_CHARS_MAX } from '../limits';
import { name, secret, staffCode, text, timeMs, uuidV7 } from '../schemas';
import { z } from '../zod';

/**
 * A manager approves one exact action at the cashier's terminal. The grant is a one-shot token
 * held in main, bound to a digest of the action, valid for 60 s; a later call presents it.
 */
export const approvalAction = z.strictObject({
  action: z.string().regex(/^[a-z]+\.[a-zA-Z]+$/).max(64),
  /** The action's own input, canonicalised by main; this is what the grant is bound to. */
  subject: text(NOTE_CHARS_MAX),
});

export const approvalContract = {
  'approval.grant': {
    input: z.strictObject({ request: approvalAction, managerCode: staffCode, managerSecret: secret }),
    output: z.strictObject({ approvalId: uuidV7, approverName: name, expiresAtMs: timeMs }),
    access: 'signedIn',
    // bad_credentials: one answer for an unknown code, a wrong secret, a disabled or a locked
    // approver (the reply never tells whether a code exists); forbidden: the approver is not a
    // manager, or is the requester (four eyes) while the owner's policy does not allow that;
    // rate_limited: too many secret checks from this origin.
    errors: ['bad_credentials', 'forbidden', 'rate_limited'],
  },
} as const satisfies Record<string, MethodSpec>;
