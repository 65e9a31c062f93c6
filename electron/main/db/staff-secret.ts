import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { PRIVILEGED_PIN_DIGITS_MIN } from '../../../shared/ipc/contract/staff';

/**
 * Staff PINs and passwords: scrypt over a keyed pre-hash, HMAC-SHA256(K_staff, staffId ‖ secret).
 * Without K_staff (derived from the root key, which never leaves main) a stolen database cannot
 * be brute-forced offline, which matters for 4-digit PINs. N = 2^15, r = 8, p = 1 (~0.1 s).
 */
export type SecretCost = { readonly N: number; readonly r: number; readonly p: number };
export const PRODUCTION_SECRET_COST: SecretCost = { N: 2 ** 15, r: 8, p: 1 };

export type SecretHash = { readonly salt: Uint8Array; readonly hash: Uint8Array; readonly params: string };

export class StaffSecretHasher {
  constructor(
    private readonly key: Uint8Array,
    private readonly cost: SecretCost = PRODUCTION_SECRET_COST,
  ) {}

  async hash(staffId: string, secret: string): Promise<SecretHash> {
    const salt = randomBytes(16);
    const hash = await this.derive(staffId, secret, salt, this.cost);
    const { N, r, p } = this.cost;
    return { salt, hash, params: `scrypt:${N}:${r}:${p}${fitsPrivileged(secret) ? PRIVILEGED_MARK : ''}` };
  }

  async matches(staffId: string, secret: string, stored: SecretHash): Promise<boolean> {
    const cost = parseParams(stored.params);
    if (!cost) return false;
    const candidate = await this.derive(staffId, secret, stored.salt, cost);
    return candidate.length === stored.hash.length && timingSafeEqual(candidate, stored.hash);
  }

  private derive(staffId: string, secret: string, salt: Uint8Array, cost: SecretCost): Promise<Buffer> {
    const prehash = createHmac('sha256', this.key).update(`${staffId}\u0000${secret.normalize('NFC')}`).digest();
    return new Promise((resolve, reject) => {
      scrypt(prehash, salt, 32, { ...cost, maxmem: 128 * 1024 * 1024 }, (error, key) =>
        error ? reject(error) : resolve(key),
      );
    });
  }
}

/**
 * Whether a secret is strong enough for a manager or owner (a password, or a PIN of 6+ digits),
 * recorded beside the hash when it is set: a promotion cannot see the secret, only this mark.
 * It tells no more than "6 digits or more"; the mark is chained with the rest of the staff state.
 */
const PRIVILEGED_MARK = ':privileged';
function fitsPrivileged(secret: string): boolean {
  return !/^[0-9]+$/.test(secret) || secret.length >= PRIVILEGED_PIN_DIGITS_MIN;
}

/** Whether the stored secret was set strong enough for a manager or owner. */
export function secretFitsPrivileged(stored: SecretHash): boolean {
  return stored.params.endsWith(PRIVILEGED_MARK);
}

function parseParams(params: string): SecretCost | undefined {
  const match = /^scrypt:(\d+):(\d+):(\d+)(?::privileged)?$/.exec(params);
  if (!match) return undefined;
  return { N: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
}
