import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

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
    return { salt, hash, params: `scrypt:${N}:${r}:${p}` };
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

function parseParams(params: string): SecretCost | undefined {
  const match = /^scrypt:(\d+):(\d+):(\d+)$/.exec(params);
  if (!match) return undefined;
  return { N: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
}
