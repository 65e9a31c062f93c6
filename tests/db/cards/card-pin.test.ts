import { describe, expect, it } from 'vitest';
import { CardPinHasher } from '../../../electron/main/db/card-pin';
import { deriveSubKey, SUB_KEY_LABELS } from '../../../electron/main/db/sub-keys';

const ROOT = new Uint8Array(32).fill(0x33);
const CARD = '019ae0a4-4b4b-7c3d-8a5e-1f2e3d4c5b6a';
const OTHER_CARD = '019ae0a4-4b4b-7c3d-8a5e-1f2e3d4c5b6b';
const hasher = new CardPinHasher(deriveSubKey(ROOT, SUB_KEY_LABELS.cardPin), { N: 1024, r: 8, p: 1 });

describe('card PIN hasher', () => {
  it('a salted slow hash: the same PIN hashes differently twice, and matches only itself on its own card', async () => {
    const first = await hasher.hash(CARD, '1234');
    const second = await hasher.hash(CARD, '1234');
    expect(first.params).toBe('scrypt:1024:8:1');
    expect(first.salt.length).toBe(16);
    expect(first.hash.length).toBe(32);
    expect(Buffer.from(first.hash).equals(Buffer.from(second.hash))).toBe(false);
    expect(await hasher.matches(CARD, '1234', first)).toBe(true);
    for (const wrong of ['1235', '12345', '0000', '123', '1234 ']) expect(await hasher.matches(CARD, wrong, first)).toBe(false);
    // Copied onto another card's row, it does not match there.
    expect(await hasher.matches(OTHER_CARD, '1234', first)).toBe(false);
  });

  it('is keyed: another root key, or another sub-key label, does not match', async () => {
    const stored = await hasher.hash(CARD, '246810');
    const otherRoot = new CardPinHasher(deriveSubKey(new Uint8Array(32).fill(0x44), SUB_KEY_LABELS.cardPin), { N: 1024, r: 8, p: 1 });
    const staffKey = new CardPinHasher(deriveSubKey(ROOT, SUB_KEY_LABELS.staffSecret), { N: 1024, r: 8, p: 1 });
    expect(await otherRoot.matches(CARD, '246810', stored)).toBe(false);
    expect(await staffKey.matches(CARD, '246810', stored)).toBe(false);
  });

  it('unreadable or oversized parameters never match (a tampered row cannot make it allocate)', async () => {
    const stored = await hasher.hash(CARD, '1234');
    for (const params of ['scrypt:1024:8', 'bcrypt:10', 'scrypt:1073741824:8:1', 'scrypt:1024:64:1', '']) {
      expect(await hasher.matches(CARD, '1234', { ...stored, params })).toBe(false);
    }
  });
});
