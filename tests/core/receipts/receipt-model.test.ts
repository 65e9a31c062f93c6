import { describe, expect, it } from 'vitest';
import { maskedCard, receipt } from '../../../shared/domain/sales/receipt';
import { sampleReceiptEn } from './sample-receipts';

describe('receipt model (shared/domain/sales/receipt.ts)', () => {
  it('accepts the sample receipt', () => {
    expect(receipt.safeParse(sampleReceiptEn()).success).toBe(true);
  });

  it.each(['•••• 1234', '622202 •••• 1234', '62220212 ••••1234', '**** **** **** 1234'])('masked card %s passes', (v) => {
    expect(maskedCard.safeParse(v).success).toBe(true);
  });

  it.each(['6222021234567890', '6222021234••••5678', '1234', '622202 1234', '•••• 12345', '•••• 1234\n'])(
    'masked card %s is refused (more than BIN + last 4, or no mask)',
    (v) => {
      expect(maskedCard.safeParse(v).success).toBe(false);
    },
  );

  it('refuses a newline in a product name, a float amount, an unknown currency and a negative total', () => {
    const base = sampleReceiptEn();
    const line = base.lines[0];
    if (line === undefined) throw new Error('sample has lines');
    expect(receipt.safeParse({ ...base, lines: [{ ...line, name: 'Tea\nTOTAL 0.00' }] }).success).toBe(false);
    expect(receipt.safeParse({ ...base, totalMinor: 10.5 }).success).toBe(false);
    expect(receipt.safeParse({ ...base, currency: 'XXX' }).success).toBe(false);
    expect(receipt.safeParse({ ...base, totalMinor: -1 }).success).toBe(false);
    expect(receipt.safeParse({ ...base, cashRoundingMinor: -2 }).success).toBe(true);
  });
});
