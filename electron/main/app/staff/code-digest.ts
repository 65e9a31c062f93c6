import { createHmac } from 'node:crypto';

/** A typed staff code that matched nobody, as it may appear in the audit trail. */
export type CodeDigest = (typedCode: string) => string;

/**
 * HMAC-SHA256 under the audit-code sub-key (db/sub-keys.ts), 128 bits in hex. People type PINs
 * into the staff-code field, so the typed text is never stored; the digest still lets an auditor
 * see that one code was tried many times. Codes are compared without regard to case, so the digest
 * is too. Without the key, which derives from the root key, a short PIN cannot be guessed back.
 */
export function codeDigest(key: Uint8Array): CodeDigest {
  return (typedCode) => createHmac('sha256', key).update(typedCode.toLowerCase(), 'utf8').digest('hex').slice(0, 32);
}
