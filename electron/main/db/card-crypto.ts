import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { uuidToBytes } from '../../../shared/domain/ids';
import { deriveSubKey, SUB_KEY_LABELS } from './sub-keys';

/**
 * Card data at rest (security.md §10, design ledger.md §7):
 * - the PAN is stored only as AES-256-GCM ciphertext, field level on top of SQLCipher, with a
 *   fresh 12-byte nonce per encryption and AAD = card id (16 bytes) ‖ key version (uint32 BE), so
 *   a ciphertext copied onto another card's row, or relabelled with another key version, fails;
 * - lookup and uniqueness go through a keyed HMAC-SHA256 of the PAN (PCI DSS 3.5.1.1: never a
 *   plain hash, which the stored BIN + last 4 would let anyone brute-force);
 * - the card security code is derived on demand from PAN + expiry with its own key and never
 *   stored anywhere.
 * All three keys derive from the root key (db/sub-keys.ts), so a rekey of the database file
 * leaves them valid; a rotated PAN key is a new label and a new key version.
 */

/** Key version → HKDF label. A rotation appends a version; old ones stay to decrypt old rows. */
const PAN_KEY_LABELS: ReadonlyMap<number, string> = new Map([[1, SUB_KEY_LABELS.panEncryption]]);
export const PAN_KEY_VERSION_CURRENT = 1;

export type CardKeys = {
  readonly panEncryption: ReadonlyMap<number, Uint8Array>;
  readonly currentVersion: number;
  readonly panIndex: Uint8Array;
  readonly securityCode: Uint8Array;
};

export function cardKeysFromRoot(root: Uint8Array): CardKeys {
  const panEncryption = new Map<number, Uint8Array>();
  for (const [version, label] of PAN_KEY_LABELS) panEncryption.set(version, deriveSubKey(root, label));
  return {
    panEncryption,
    currentVersion: PAN_KEY_VERSION_CURRENT,
    panIndex: deriveSubKey(root, SUB_KEY_LABELS.panIndex),
    securityCode: deriveSubKey(root, SUB_KEY_LABELS.cardSecurityCode),
  };
}

export type EncryptedPan = { readonly keyVersion: number; readonly ciphertext: Uint8Array };
export type CardExpiry = { readonly month: number; readonly year: number };
export type PanDecryptError = { readonly code: 'unknown_key_version' | 'pan_decrypt_failed'; readonly message: string };
export type PanDecryptResult = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly error: PanDecryptError };

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const PAN_TEXT = /^[0-9]{13,19}$/;

function requirePan(pan: string): void {
  // Callers pass PANs they generated or parsed (core/cards/pan.ts); anything else is a bug.
  if (!PAN_TEXT.test(pan)) throw new TypeError('card crypto expects a PAN of 13 to 19 digits');
}

function aad(cardId: string, keyVersion: number): Buffer {
  const version = Buffer.alloc(4);
  version.writeUInt32BE(keyVersion);
  return Buffer.concat([uuidToBytes(cardId), version]);
}

function expiryText(expiry: CardExpiry): string {
  const { month, year } = expiry;
  if (!Number.isSafeInteger(month) || month < 1 || month > 12 || !Number.isSafeInteger(year) || year < 2000 || year > 9999) {
    throw new TypeError('card expiry is a month 1–12 and a four-digit year');
  }
  return `${year}-${String(month).padStart(2, '0')}`;
}

export class CardCrypto {
  constructor(
    private readonly keys: CardKeys,
    private readonly random: (length: number) => Uint8Array = randomBytes,
  ) {}

  /** nonce ‖ ciphertext ‖ tag under the current key version. */
  encryptPan(cardId: string, pan: string): EncryptedPan {
    requirePan(pan);
    const keyVersion = this.keys.currentVersion;
    const key = this.keys.panEncryption.get(keyVersion);
    if (key === undefined) throw new Error(`no PAN key for the current version ${keyVersion}`);
    const nonce = this.random(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad(cardId, keyVersion));
    const body = Buffer.concat([cipher.update(pan, 'ascii'), cipher.final()]);
    return { keyVersion, ciphertext: new Uint8Array(Buffer.concat([nonce, body, cipher.getAuthTag()])) };
  }

  /**
   * The PAN back, or a typed refusal: an unknown key version, or any ciphertext that does not
   * authenticate under this card id and version (tampered, truncated, moved from another row).
   */
  decryptPan(cardId: string, keyVersion: number, ciphertext: Uint8Array): PanDecryptResult {
    const key = this.keys.panEncryption.get(keyVersion);
    if (key === undefined) {
      return { ok: false, error: { code: 'unknown_key_version', message: `no PAN key for version ${keyVersion}` } };
    }
    const refused: PanDecryptResult = {
      ok: false,
      error: { code: 'pan_decrypt_failed', message: 'the stored card number does not authenticate' },
    };
    if (ciphertext.length < NONCE_BYTES + 13 + TAG_BYTES || ciphertext.length > NONCE_BYTES + 19 + TAG_BYTES) return refused;
    const bytes = Buffer.from(ciphertext);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES), { authTagLength: TAG_BYTES });
      decipher.setAAD(aad(cardId, keyVersion));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      const pan = Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString('ascii');
      return PAN_TEXT.test(pan) ? { ok: true, value: pan } : refused;
    } catch {
      // GCM's final() throws when the tag does not match: that is the refusal, not a crash.
      return refused;
    }
  }

  /** HMAC-SHA256(K_pan_index, PAN): the unique lookup column. */
  panHmac(pan: string): Uint8Array {
    requirePan(pan);
    return new Uint8Array(createHmac('sha256', this.keys.panIndex).update(pan, 'ascii').digest());
  }

  /**
   * The 3-digit security code: HMAC-SHA256(K_cvv, PAN ‖ 0 ‖ "YYYY-MM"), first 4 bytes as an
   * unsigned integer mod 1000 (2^32 mod 1000 = 296, so the bias is below 10^-7). Like any 3-digit
   * code, a different card matches it 1 time in 1,000; the PIN try counter is what limits guessing.
   */
  securityCode(pan: string, expiry: CardExpiry): string {
    requirePan(pan);
    const digest = createHmac('sha256', this.keys.securityCode).update(`${pan}\u0000${expiryText(expiry)}`, 'ascii').digest();
    return String(digest.readUInt32BE(0) % 1000).padStart(3, '0');
  }

  /** Constant-time comparison with the derived code; anything but three ASCII digits is false. */
  verifySecurityCode(pan: string, expiry: CardExpiry, code: string): boolean {
    if (!/^[0-9]{3}$/.test(code)) return false;
    return timingSafeEqual(Buffer.from(this.securityCode(pan, expiry), 'ascii'), Buffer.from(code, 'ascii'));
  }
}
