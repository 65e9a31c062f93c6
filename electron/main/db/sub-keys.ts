import { hkdfSync } from 'node:crypto';

/** Versioned labels: a rotated sub-key gets a new label, never a new meaning for an old one. */
export const SUB_KEY_LABELS = {
  chain: 'tillbook/chain/v1',
  staffSecret: 'tillbook/staff-secret/v1',
  /** MACs the chain anchor kept outside the database file (db/chain-anchor.ts). */
  anchor: 'tillbook/anchor/v1',
  /** Keyed digests of unknown staff codes in the audit trail (never the typed text). */
  auditCode: 'tillbook/audit-code/v1',
  /** AES-256-GCM field encryption of card PANs, key version 1 (db/card-crypto.ts). */
  panEncryption: 'tillbook/pan-enc/v1',
  /** Keyed HMAC of the PAN: lookup and uniqueness without decrypting (db/card-crypto.ts). */
  panIndex: 'tillbook/pan-index/v1',
  /** Derives closed-loop card security codes on demand; they are never stored (db/card-crypto.ts). */
  cardSecurityCode: 'tillbook/card-cvv/v1',
  /** Keys the slow salted hash of card PINs (the staff secret's approach, its own key). */
  cardPin: 'tillbook/card-pin/v1',
  /** Keyed hash of voucher codes: stored and looked up only as this, never in clear. */
  voucherCode: 'tillbook/voucher-code/v1',
  /** Seed of the Ed25519 key that signs Z reports (db/z-signing.ts). */
  zSigning: 'tillbook/z-signing/v1',
} as const;

/** HKDF-SHA256 from the root key; distinct labels give independent keys. */
export function deriveSubKey(root: Uint8Array, label: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', root, new Uint8Array(0), label, 32));
}
