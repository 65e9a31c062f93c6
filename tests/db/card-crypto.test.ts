import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePan } from '../../electron/main/core/cards/pan';
import { CardCrypto, cardKeysFromRoot, PAN_KEY_VERSION_CURRENT, type CardExpiry, type CardKeys } from '../../electron/main/db/card-crypto';
import { deriveSubKey, SUB_KEY_LABELS } from '../../electron/main/db/sub-keys';
import { newId } from '../../shared/domain/ids';
import { fcSeed } from '../support/fc-seed';
import { prng } from '../support/prng';

const ROOT = new Uint8Array(32).fill(0x11);
const OTHER_ROOT = new Uint8Array(32).fill(0x22);
const PAN = '6234567812345679';
const EXPIRY: CardExpiry = { month: 7, year: 2029 };
const CARD = '019ae0a4-4b4b-7c3d-8a5e-1f2e3d4c5b6a';
const crypto = new CardCrypto(cardKeysFromRoot(ROOT));

function seededSource(seed: number): (n: number) => Uint8Array {
  const next = prng(seed);
  return (n) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
}

function withVersions(versions: Record<number, Uint8Array>, current: number): CardKeys {
  const base = cardKeysFromRoot(ROOT);
  return { ...base, panEncryption: new Map(Object.entries(versions).map(([v, k]) => [Number(v), k])), currentVersion: current };
}

describe('card keys', () => {
  it('derive three distinct keys from the root, with the new labels', () => {
    const keys = cardKeysFromRoot(ROOT);
    const pan = keys.panEncryption.get(PAN_KEY_VERSION_CURRENT);
    expect(pan).toEqual(deriveSubKey(ROOT, 'tillbook/pan-enc/v1'));
    expect(keys.panIndex).toEqual(deriveSubKey(ROOT, 'tillbook/pan-index/v1'));
    expect(keys.securityCode).toEqual(deriveSubKey(ROOT, 'tillbook/card-cvv/v1'));
    const hex = [pan, keys.panIndex, keys.securityCode, deriveSubKey(ROOT, SUB_KEY_LABELS.chain)].map((k) => Buffer.from(k ?? []).toString('hex'));
    expect(new Set(hex).size).toBe(4);
  });

  it('every sub-key label is distinct', () => {
    const labels = Object.values(SUB_KEY_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('PAN encryption (AES-256-GCM, AAD = card id ‖ key version)', () => {
  it('round-trips, with a fresh nonce each time and no clear digits in the ciphertext', () => {
    const a = crypto.encryptPan(CARD, PAN);
    const b = crypto.encryptPan(CARD, PAN);
    expect(a.keyVersion).toBe(1);
    expect(a.ciphertext).toHaveLength(12 + 16 + 16);
    expect(Buffer.from(a.ciphertext).equals(Buffer.from(b.ciphertext))).toBe(false);
    expect(Buffer.from(a.ciphertext.subarray(0, 12)).equals(Buffer.from(b.ciphertext.subarray(0, 12)))).toBe(false);
    expect(Buffer.from(a.ciphertext).includes(Buffer.from(PAN.slice(-8), 'ascii'))).toBe(false);
    expect(crypto.decryptPan(CARD, a.keyVersion, a.ciphertext)).toEqual({ ok: true, value: PAN });
    expect(crypto.decryptPan(CARD, b.keyVersion, b.ciphertext)).toEqual({ ok: true, value: PAN });
  });

  it('refuses the ciphertext under another card id (a row copied onto another card)', () => {
    const { keyVersion, ciphertext } = crypto.encryptPan(CARD, PAN);
    expect(crypto.decryptPan(newId(), keyVersion, ciphertext)).toMatchObject({ ok: false, error: { code: 'pan_decrypt_failed' } });
  });

  it('refuses another key version, even when both versions had the same key (the version is in the AAD)', () => {
    const key = deriveSubKey(ROOT, SUB_KEY_LABELS.panEncryption);
    const sameKey = new CardCrypto(withVersions({ 1: key, 2: key }, 1));
    const { ciphertext } = sameKey.encryptPan(CARD, PAN);
    expect(sameKey.decryptPan(CARD, 1, ciphertext)).toEqual({ ok: true, value: PAN });
    expect(sameKey.decryptPan(CARD, 2, ciphertext)).toMatchObject({ ok: false, error: { code: 'pan_decrypt_failed' } });

    const rotated = new CardCrypto(withVersions({ 1: key, 2: deriveSubKey(ROOT, 'tillbook/pan-enc/v2') }, 2));
    const v2 = rotated.encryptPan(CARD, PAN);
    expect(v2.keyVersion).toBe(2);
    expect(rotated.decryptPan(CARD, 2, v2.ciphertext)).toEqual({ ok: true, value: PAN });
    expect(rotated.decryptPan(CARD, 1, v2.ciphertext)).toMatchObject({ ok: false, error: { code: 'pan_decrypt_failed' } });
    expect(rotated.decryptPan(CARD, 1, sameKey.encryptPan(CARD, PAN).ciphertext)).toEqual({ ok: true, value: PAN });
  });

  it('names an unknown key version', () => {
    const { ciphertext } = crypto.encryptPan(CARD, PAN);
    expect(crypto.decryptPan(CARD, 9, ciphertext)).toMatchObject({ ok: false, error: { code: 'unknown_key_version' } });
  });

  it('refuses under the keys of another root', () => {
    const { keyVersion, ciphertext } = crypto.encryptPan(CARD, PAN);
    const other = new CardCrypto(cardKeysFromRoot(OTHER_ROOT));
    expect(other.decryptPan(CARD, keyVersion, ciphertext)).toMatchObject({ ok: false, error: { code: 'pan_decrypt_failed' } });
  });

  it('refuses every single flipped bit of nonce, body and tag, and every truncation', () => {
    const { keyVersion, ciphertext } = crypto.encryptPan(CARD, PAN);
    for (let i = 0; i < ciphertext.length; i += 1) {
      for (let bit = 0; bit < 8; bit += 1) {
        const tampered = Uint8Array.from(ciphertext);
        tampered[i] = (tampered[i] as number) ^ (1 << bit);
        expect(crypto.decryptPan(CARD, keyVersion, tampered).ok).toBe(false);
      }
    }
    for (let length = 0; length < ciphertext.length; length += 1) {
      expect(crypto.decryptPan(CARD, keyVersion, ciphertext.subarray(0, length)).ok).toBe(false);
    }
    expect(crypto.decryptPan(CARD, keyVersion, Uint8Array.from([...ciphertext, 0])).ok).toBe(false);
  });

  it('property: every PAN length round-trips and never decrypts under another card id', () => {
    const seed = fcSeed('card crypto round trip');
    fc.assert(
      fc.property(fc.integer({ min: 13, max: 19 }), fc.integer(), (length, s) => {
        const generated = generatePan({ bin: '623456', panLength: length }, seededSource(s));
        if (!generated.ok) throw new Error(generated.error.message);
        const cardId = newId();
        const { keyVersion, ciphertext } = crypto.encryptPan(cardId, generated.value);
        expect(ciphertext).toHaveLength(12 + length + 16);
        expect(crypto.decryptPan(cardId, keyVersion, ciphertext)).toEqual({ ok: true, value: generated.value });
        expect(crypto.decryptPan(CARD, keyVersion, ciphertext).ok).toBe(false);
      }),
      { seed, numRuns: 300 },
    );
  });

  it('refuses to encrypt or index something that is not a PAN', () => {
    expect(() => crypto.encryptPan(CARD, '1234')).toThrow(TypeError);
    expect(() => crypto.panHmac('4111 1111 1111 1111')).toThrow(TypeError);
    expect(() => crypto.encryptPan('not-a-uuid', PAN)).toThrow(TypeError);
  });
});

describe('PAN index (keyed HMAC)', () => {
  it('is deterministic, keyed, and not a plain hash', () => {
    const mac = crypto.panHmac(PAN);
    expect(mac).toHaveLength(32);
    expect(crypto.panHmac(PAN)).toEqual(mac);
    expect(new CardCrypto(cardKeysFromRoot(OTHER_ROOT)).panHmac(PAN)).not.toEqual(mac);
    expect(Buffer.from(mac).equals(createHash('sha256').update(PAN).digest())).toBe(false);
    expect(crypto.panHmac('4111111111111111')).not.toEqual(mac);
  });
});

describe('card security code (derived, never stored)', () => {
  it('is three digits, stable, verifies, and depends on the key', () => {
    const code = crypto.securityCode(PAN, EXPIRY);
    expect(code).toMatch(/^[0-9]{3}$/);
    expect(crypto.securityCode(PAN, EXPIRY)).toBe(code);
    expect(crypto.verifySecurityCode(PAN, EXPIRY, code)).toBe(true);
    // Another root key gives another code for at least one of a handful of cards.
    const other = new CardCrypto(cardKeysFromRoot(OTHER_ROOT));
    const pans = ['6234567812345679', '4111111111111111', '5555555555554444', '378282246310005'];
    expect(pans.some((p) => other.securityCode(p, EXPIRY) !== crypto.securityCode(p, EXPIRY))).toBe(true);
  });

  it('fails for every changed digit of the code, and anything but three digits', () => {
    const code = crypto.securityCode(PAN, EXPIRY);
    for (let i = 0; i < 3; i += 1) {
      for (let d = 0; d <= 9; d += 1) {
        if (String(d) === code[i]) continue;
        expect(crypto.verifySecurityCode(PAN, EXPIRY, code.slice(0, i) + String(d) + code.slice(i + 1))).toBe(false);
      }
    }
    for (const bad of ['', code.slice(0, 2), `${code}0`, ` ${code}`, '１２３', 'abc']) {
      expect(crypto.verifySecurityCode(PAN, EXPIRY, bad)).toBe(false);
    }
  });

  it('fails for every changed digit of the PAN and every other expiry month and year (these vectors)', () => {
    // A 3-digit code matches a different card 1 time in 1,000 (see the next test), so "every
    // change fails" can only hold for given keys and cards; these are fixed, so the test is exact.
    const code = crypto.securityCode(PAN, EXPIRY);
    let checked = 0;
    for (let i = 0; i < PAN.length; i += 1) {
      for (let d = 0; d <= 9; d += 1) {
        if (String(d) === PAN[i]) continue;
        expect(crypto.verifySecurityCode(PAN.slice(0, i) + String(d) + PAN.slice(i + 1), EXPIRY, code)).toBe(false);
        checked += 1;
      }
    }
    for (let month = 1; month <= 12; month += 1) {
      if (month !== EXPIRY.month) expect(crypto.verifySecurityCode(PAN, { month, year: EXPIRY.year }, code)).toBe(false);
    }
    for (let year = 2020; year <= 2040; year += 1) {
      if (year !== EXPIRY.year) expect(crypto.verifySecurityCode(PAN, { month: EXPIRY.month, year }, code)).toBe(false);
    }
    expect(checked).toBe(16 * 9);
  });

  it('property: a changed PAN digit or expiry matches the old code about 1 time in 1,000, no more', () => {
    // A derivation that ignored a digit or the expiry would match far more often (1 in 10 or worse).
    const seed = fcSeed('card security code collisions');
    const next = prng(seed);
    const source = seededSource(seed);
    let trials = 0;
    let matches = 0;
    for (let n = 0; n < 2000; n += 1) {
      const generated = generatePan({ bin: '62345678', panLength: 16 }, source);
      if (!generated.ok) throw new Error(generated.error.message);
      const pan = generated.value;
      const expiry = { month: 1 + Math.floor(next() * 12), year: 2026 + Math.floor(next() * 10) };
      const code = crypto.securityCode(pan, expiry);
      const i = Math.floor(next() * pan.length);
      const digit = (Number(pan[i]) + 1 + Math.floor(next() * 9)) % 10;
      const changedPan = pan.slice(0, i) + String(digit) + pan.slice(i + 1);
      const changedExpiry = { month: (expiry.month % 12) + 1, year: expiry.year };
      for (const [p, e] of [[changedPan, expiry], [pan, changedExpiry]] as const) {
        trials += 1;
        if (crypto.verifySecurityCode(p, e, code)) matches += 1;
      }
    }
    expect(trials).toBe(4000);
    // Expected 4; P(≥ 16 | p = 1/1000) < 10^-5.
    expect(matches).toBeLessThan(16);
  });

  it('refuses an impossible expiry as a bug', () => {
    expect(() => crypto.securityCode(PAN, { month: 13, year: 2029 })).toThrow(TypeError);
    expect(() => crypto.securityCode(PAN, { month: 0, year: 2029 })).toThrow(TypeError);
    expect(() => crypto.securityCode(PAN, { month: 1, year: 29 })).toThrow(TypeError);
  });

  it('uses the injected nonce source', () => {
    const fixed = new CardCrypto(cardKeysFromRoot(ROOT), (n) => new Uint8Array(n).fill(7));
    const { ciphertext } = fixed.encryptPan(CARD, PAN);
    expect(Array.from(ciphertext.subarray(0, 12))).toEqual(new Array(12).fill(7));
    expect(crypto.decryptPan(CARD, 1, ciphertext)).toEqual({ ok: true, value: PAN });
  });
});
