import { describe, expect, it } from 'vitest';
import { anchorsWithBatch, JOURNAL_KINDS } from '../../../../shared/domain/journal-kinds';

// The rollback window (docs/security.md §6.1): only money may wait for the anchor's schedule.
// A kind added to this list widens what a put-back database copy can lose undetected.
describe('which journal kinds the chain anchor follows on its schedule', () => {
  it('is exactly the batches, the declines and the records of the money they move', () => {
    expect(JOURNAL_KINDS.filter(anchorsWithBatch).sort()).toEqual([
      'card.payment.authorized', 'card.payment.captured', 'card.payment.released', 'card.refund', 'card.topup', 'card.transfer',
      'ledger.batch', 'ledger.rejection', 'sale.completed', 'voucher.redeemed', 'voucher.sold',
      'wallet.convert', 'wallet.topup', 'wallet.transfer',
    ]);
  });

  it('anchors at once after staff, state, audit, shift, closure and external payment entries', () => {
    const prompt = ['staff.state', 'meta.state', 'card.state', 'account.open', 'audit.lockout', 'audit.approvalUsed', 'audit.cardPinFailed',
      'shift.closed', 'closure.z', 'sale.refunded', 'sale.voided', 'payment.requested', 'payment.resolved', 'card.event', 'drawer.opened'];
    expect(prompt.filter(anchorsWithBatch)).toEqual([]);
    expect(anchorsWithBatch('not.a.kind')).toBe(false);
  });
});
