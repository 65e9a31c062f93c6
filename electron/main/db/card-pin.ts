import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { SecretCost } from './staff-secret';

/**
 * Card PINs (security.md §4): scrypt over a keyed pre-hash, HMAC-SHA256(K_pin, cardId ‖ 0 ‖ pin),
 * with a fresh 16-byte salt; N = 2^15, r = 8, p = 1 in production (~0.1 s), lower in tests. The
 * approach of db/staff-secret.ts with its own sub-key (`tillbook/card-pin/v1`): without the key,
 * which never leaves main, a stolen database cannot be brute-forced over the 10^6 PINs. The card
 * id in the pre-hash means a hash copied onto another card's row does not match there either.
 */
export type CardPinHash = { readonly salt: Uint8Array; readonly hash: Uint8Array; readonly params: string };

export class CardPinHasher {
  constructor(
    private readonly key: Uint8Array,
    private readonly cost: SecretCost,
  ) {}

  async hash(cardId: string, pin: string): Promise<CardPinHash> {
    const salt = new Uint8Array(randomBytes(16));
    const { N, r, p } = this.cost;
    return { salt, hash: new Uint8Array(await this.derive(cardId, pin, salt, this.cost)), params: `scrypt:${N}:${r}:${p}` };
  }

  /** Constant-time; unreadable parameters never match. */
  async matches(cardId: string, pin: string, stored: CardPinHash): Promise<boolean> {
    const cost = parseParams(stored.params);
    if (!cost) return false;
    const candidate = await this.derive(cardId, pin, stored.salt, cost);
    return candidate.length === stored.hash.length && timingSafeEqual(candidate, stored.hash);
  }

  private derive(cardId: string, pin: string, salt: Uint8Array, cost: SecretCost): Promise<Buffer> {
    const prehash = createHmac('sha256', this.key).update(`${cardId}\u0000${pin}`, 'utf8').digest();
    return new Promise((resolve, reject) => {
      // 128 × N × r bytes: 32 MiB at N = 2^15, exactly Node's default cap, so the cap is raised.
      scrypt(prehash, salt, 32, { ...cost, maxmem: 128 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key)));
    });
  }
}

function parseParams(params: string): SecretCost | undefined {
  const match = /^scrypt:(\d+):(\d+):(\d+)$/.exec(params);
  if (!match) return undefined;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // A tampered row must not make us allocate gigabytes: the same bounds as a real cost.
  if (N < 2 || N > 2 ** 20 || r < 1 || r > 32 || p < 1 || p > 16) return undefined;
  return { N, r, p };
}
