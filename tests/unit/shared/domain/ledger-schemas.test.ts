import { describe, expect, it } from 'vitest';
import { validateBatch } from '../../../../electron/main/core/ledger/validate-batch';
import { newId } from '../../../../shared/domain/ids';
import { batchRequest } from '../../../../shared/domain/ledger-schemas';
import { AMOUNT_MINOR_MAX } from '../../../../shared/domain/limits';

const [A, B] = [newId(), newId()];
const single = (over: Record<string, unknown> = {}) =>
  ({ kind: 'single', id: newId(), currency: 'EUR', debitAccountId: A, creditAccountId: B, amountMinor: 100, code: 'sale', ...over });

/** The schema (shape) and the core's validateBatch (shape + rules, precise codes) agree. */
describe('batchRequest schema', () => {
  const cases: [string, unknown, boolean][] = [
    ['a single leg', { id: newId(), legs: [single()] }, true],
    ['a hold with expiry', { id: newId(), legs: [single({ kind: 'pending', expiresAtMs: 10 })] }, true],
    ['a post of part of a hold', { id: newId(), legs: [{ kind: 'post', id: newId(), pendingId: newId(), amountMinor: 5 }] }, true],
    ['a void', { id: newId(), legs: [{ kind: 'void', id: newId(), pendingId: newId() }] }, true],
    ['no legs', { id: newId(), legs: [] }, false],
    ['zero amount', { id: newId(), legs: [single({ amountMinor: 0 })] }, false],
    ['amount above the maximum', { id: newId(), legs: [single({ amountMinor: AMOUNT_MINOR_MAX + 1 })] }, false],
    ['fractional amount', { id: newId(), legs: [single({ amountMinor: 1.5 })] }, false],
    ['amount as text', { id: newId(), legs: [single({ amountMinor: '100' })] }, false],
    ['an unknown kind', { id: newId(), legs: [single({ kind: 'refund' })] }, false],
    ['an id that is not a UUIDv7', { id: 'x', legs: [single()] }, false],
    ['a code too long', { id: newId(), legs: [single({ code: 'x'.repeat(41) })] }, false],
  ];
  it.each(cases)('%s', (_name, request, valid) => {
    expect(batchRequest.safeParse(request).success).toBe(valid);
    expect(validateBatch(request as never) === undefined).toBe(valid);
  });
});
