import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { zContent, type ZContent } from '../../../shared/domain/records/shifts';
import { decodeCanonical } from '../../../shared/domain/canonical';
import { zCanonicalBytes, Z_CANONICAL_TAG } from '../../../electron/main/core/shifts/closure-canonical';
import { zSignatureValid, zSignerFor } from '../../../electron/main/db/z-signing';
import { ZERO_GRAND_TOTALS } from '../../../electron/main/core/shifts/shift-figures';

const content: ZContent = zContent.parse({
  zNumber: 7, terminalId: 'till-1', shiftId: '01890000-0000-7000-8000-0000000000d1', currency: 'CNY', openedAtMs: 1, closedAtMs: 2,
  openedBy: '01890000-0000-7000-8000-0000000000a1', closedBy: '01890000-0000-7000-8000-0000000000a2', firstSeq: 10, lastSeq: 20,
  headMac: 'ab'.repeat(32),
  period: { saleCount: 1, refundCount: 0, voidCount: 0, grossMinor: 100, discountMinor: 0, netMinor: 88, taxMinor: 12, totalMinor: 100, refundsMinor: 0,
    byTax: [{ taxClass: 'standard', rateBp: 1300, netMinor: 88, taxMinor: 12, totalMinor: 100 }], byTender: [{ kind: 'cash', salesMinor: 100, refundsMinor: 0 }] },
  drawer: { floatMinor: 0, cashTakenMinor: 100, cashRefundedMinor: 0, paidInMinor: 0, paidOutMinor: 0, otherCashMinor: 0, expectedMinor: 100,
    countedMinor: 100, overShortMinor: 0, paidInCount: 0, paidOutCount: 0, noSaleCount: 0 },
  grandTotals: ZERO_GRAND_TOTALS, unsynced: { count: 3, ackedSeq: 0 },
});

describe('Z canonical bytes and Ed25519 signature', () => {
  it('the bytes open with the tag and name every key and value in schema order', () => {
    const fields = decodeCanonical(zCanonicalBytes(content));
    expect(fields.slice(0, 6)).toEqual([Z_CANONICAL_TAG, '{', Object.keys(content).length, 'zNumber', 7, 'terminalId']);
    expect(fields).toContain('unsynced');
  });

  it('the same root gives the same key; the signature verifies, and fails for one changed figure or another key', () => {
    const root = new Uint8Array(randomBytes(32));
    const signer = zSignerFor(root);
    expect(zSignerFor(root).publicKey).toEqual(signer.publicKey);
    const bytes = zCanonicalBytes(content);
    const signature = signer.sign(bytes);
    expect(signature).toHaveLength(64);
    expect(zSignatureValid(bytes, signature, signer.publicKey)).toBe(true);
    const changed = zCanonicalBytes({ ...content, grandTotals: { ...content.grandTotals, totalMinor: 1 } });
    expect(zSignatureValid(changed, signature, signer.publicKey)).toBe(false);
    expect(zSignatureValid(bytes, signature, zSignerFor(new Uint8Array(randomBytes(32))).publicKey)).toBe(false);
    expect(zSignatureValid(bytes, signature.slice(1), signer.publicKey)).toBe(false);
    expect(zSignatureValid(bytes, signature, new Uint8Array(31))).toBe(false);
  });
});
