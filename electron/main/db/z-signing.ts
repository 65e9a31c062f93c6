import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { deriveSubKey, SUB_KEY_LABELS } from './sub-keys';

// DER headers of an Ed25519 key (RFC 8410): PKCS#8 around a 32-byte seed, SPKI around a 32-byte public key.
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

/** The Z-report signer of this ledger: its private key never leaves main, its public key goes into every Z. */
export type ZSigner = {
  readonly publicKey: Uint8Array;
  sign(bytes: Uint8Array): Uint8Array;
};

/**
 * The signer whose seed is HKDF-SHA256(root, `tillbook/z-signing/v1`): the same key for the life
 * of the ledger (a rekey keeps the root), so every Z of a terminal verifies under one public key.
 */
export function zSignerFor(root: Uint8Array): ZSigner {
  const seed = deriveSubKey(root, SUB_KEY_LABELS.zSigning);
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const publicKey = new Uint8Array(spki.subarray(spki.length - 32));
  return {
    publicKey,
    sign: (bytes) => new Uint8Array(sign(null, bytes, privateKey)),
  };
}

function publicKeyObject(raw: Uint8Array): KeyObject | undefined {
  if (raw.length !== 32) return undefined;
  try {
    return createPublicKey({ key: Buffer.concat([SPKI_ED25519, raw]), format: 'der', type: 'spki' });
  } catch {
    return undefined;
  }
}

/** Whether `signature` is a valid Ed25519 signature of `bytes` under the raw 32-byte `publicKey`. */
export function zSignatureValid(bytes: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
  const key = publicKeyObject(publicKey);
  if (!key || signature.length !== 64) return false;
  try {
    return verify(null, bytes, key, signature);
  } catch {
    return false;
  }
}
