import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { APPROVAL_TTL_MS, ApprovalBook } from '../../../electron/main/core/staff/approval-book';
import { FixedClock } from '../../support/test-db';

const REQUEST = { action: 'sale.refund', subject: '{"saleId":"s1"}', approverId: 'mgr', requesterId: 'cashier' };

function make() {
  const clock = new FixedClock();
  let n = 0;
  const book = new ApprovalBook(clock, () => `approval-${(n += 1)}`);
  return { clock, book };
}

describe('ApprovalBook', () => {
  it('grants with a fresh id and a 60 s expiry, recording approver and requester', () => {
    const { book, clock } = make();
    const a = book.grant(REQUEST);
    const b = book.grant(REQUEST);
    expect(a).toEqual({ ...REQUEST, approvalId: 'approval-1', expiresAtMs: clock.nowMs() + APPROVAL_TTL_MS });
    expect(b.approvalId).not.toBe(a.approvalId);
  });

  it('is one-shot: the second consume fails', () => {
    const { book } = make();
    const a = book.grant(REQUEST);
    expect(book.consume(a.approvalId, REQUEST.action, REQUEST.subject, REQUEST.requesterId)).toEqual(a);
    expect(book.consume(a.approvalId, REQUEST.action, REQUEST.subject, REQUEST.requesterId)).toBeUndefined();
  });

  it('refuses a forged id', () => {
    const { book } = make();
    book.grant(REQUEST);
    for (const id of [newId(), 'approval-2', '', 'approval-1 ', 'APPROVAL-1', '__proto__', 'constructor']) {
      expect(book.consume(id, REQUEST.action, REQUEST.subject, REQUEST.requesterId), id).toBeUndefined();
    }
    expect(book.consume('approval-1', REQUEST.action, REQUEST.subject, REQUEST.requesterId)).toBeDefined();
  });

  it.each([
    ['action', { action: 'sale.void' }],
    ['action case', { action: 'sale.Refund' }],
    ['subject', { subject: '{"saleId":"s2"}' }],
    ['subject whitespace', { subject: '{"saleId": "s1"}' }],
    ['requester', { requesterId: 'mgr' }],
  ] as const)('is bound to the exact %s; a mismatch burns the grant', (_label, change) => {
    const { book } = make();
    const a = book.grant(REQUEST);
    const tried = { ...REQUEST, ...change };
    expect(book.consume(a.approvalId, tried.action, tried.subject, tried.requesterId)).toBeUndefined();
    expect(book.consume(a.approvalId, REQUEST.action, REQUEST.subject, REQUEST.requesterId)).toBeUndefined();
  });

  it('expires at 60 s: usable at 59.999 s, refused at 60 s', () => {
    const { book, clock } = make();
    const a = book.grant(REQUEST);
    const b = book.grant(REQUEST);
    clock.advance(APPROVAL_TTL_MS - 1);
    expect(book.consume(a.approvalId, REQUEST.action, REQUEST.subject, REQUEST.requesterId)).toBeDefined();
    clock.advance(1);
    expect(book.consume(b.approvalId, REQUEST.action, REQUEST.subject, REQUEST.requesterId)).toBeUndefined();
  });

  it('expired grants are swept on the next grant (no unbounded growth)', () => {
    const { book, clock } = make();
    for (let i = 0; i < 100; i += 1) book.grant(REQUEST);
    clock.advance(APPROVAL_TTL_MS);
    book.grant(REQUEST);
    expect((book as unknown as { open: Map<string, unknown> }).open.size).toBe(1);
  });

  it('a clock stepping back does not extend a grant past its original expiry', () => {
    const { book, clock } = make();
    const a = book.grant(REQUEST);
    clock.advance(-10 * APPROVAL_TTL_MS);
    expect(book.consume(a.approvalId, REQUEST.action, REQUEST.subject, REQUEST.requesterId)?.expiresAtMs).toBe(a.expiresAtMs);
  });
});
