import type { Clock } from '../../core/ports';
import { AttemptBuckets, DEFAULT_ATTEMPT_LIMITS, type AttemptLimits } from '../../core/staff/attempt-bucket';
import { deriveSubKey, SUB_KEY_LABELS } from '../../db/sub-keys';
import type { DenialAudit } from '../audit/denial-audit';
import type { CheckSecretPorts } from './check-secret';
import { codeDigest } from './code-digest';
import { hashingSlots } from './hashing-slots';

export type SecretGuards = Pick<CheckSecretPorts, 'codeDigest' | 'attempts' | 'hashing' | 'denials'>;

/**
 * What stands in front of every secret check (docs/security.md §7.3): one attempt bucket per
 * origin, one scrypt slot, the keyed digest for unknown codes and the coalescing denial audit.
 * Built once per app, so sign-in, unlock and approvals share the same limits.
 */
export function secretGuards(deps: {
  readonly root: Uint8Array; readonly clock: Clock; readonly denials: DenialAudit; readonly limits?: AttemptLimits;
}): SecretGuards {
  return {
    codeDigest: codeDigest(deriveSubKey(deps.root, SUB_KEY_LABELS.auditCode)),
    attempts: new AttemptBuckets(deps.clock, deps.limits ?? DEFAULT_ATTEMPT_LIMITS),
    hashing: hashingSlots(),
    denials: deps.denials,
  };
}
