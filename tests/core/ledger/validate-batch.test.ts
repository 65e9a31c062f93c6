import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidAmount, validateBatch } from '../../../electron/main/core/ledger/validate-batch';
import { newId } from '../../../shared/domain/ids';
import { AMOUNT_MINOR_MAX } from '../../../shared/domain/limits';
import {
  CODE_MAX_CHARS,
  MAX_LEGS_PER_BATCH,
  MEMO_MAX_CHARS,
  type BatchRequest,
  type MovementLeg,
  type TransferLeg,
} from '../../../shared/domain/ledger-types';
import { fcSeed } from '../../support/fc-seed';
import { NOW, pending, post, single, voidLeg } from './fixtures';

const A = newId();
const B = newId();
const batch = (...legs: TransferLeg[]): BatchRequest => ({ id: newId(), legs });
const codeOf = (request: BatchRequest): string | undefined => validateBatch(request)?.code;
/** Requests as they could arrive from outside the type system (IPC, HTTP, outbox). */
const loose = (value: unknown): BatchRequest => value as BatchRequest;

describe('validateBatch', () => {
  it('accepts well-formed requests of every leg kind', () => {
    const hold = newId();
    expect(validateBatch(batch(single(A, B, 1)))).toBeUndefined();
    expect(validateBatch(batch(single(A, B, AMOUNT_MINOR_MAX, { memo: 'x'.repeat(MEMO_MAX_CHARS) })))).toBeUndefined();
    expect(validateBatch(batch(pending(A, B, 500, NOW + 1)))).toBeUndefined();
    expect(validateBatch(batch(post(hold), post(newId(), 1), voidLeg(newId(), { code: 'void' })))).toBeUndefined();
    expect(validateBatch(batch(single(A, B, 5, { code: 'c'.repeat(CODE_MAX_CHARS) })))).toBeUndefined();
  });

  describe('invalid_input', () => {
    const cases: [string, () => BatchRequest][] = [
      ['batch id is not a UUID', () => ({ id: 'batch-1', legs: [single(A, B, 1)] })],
      ['batch id is a UUIDv4', () => ({ id: '0b7c9a3e-1f2d-4c5b-8a9e-1234567890ab', legs: [single(A, B, 1)] })],
      ['batch id is upper case', () => ({ id: newId().toUpperCase(), legs: [single(A, B, 1)] })],
      ['leg id is not a UUIDv7', () => batch(single(A, B, 1, { id: 'leg' }))],
      ['leg id repeats', () => {
        const leg = single(A, B, 1);
        return batch(leg, { ...leg, amountMinor: 2 });
      }],
      ['leg id equals the batch id', () => {
        const id = newId();
        return { id, legs: [single(A, B, 1, { id })] };
      }],
      ['memo too long', () => batch(single(A, B, 1, { memo: 'm'.repeat(MEMO_MAX_CHARS + 1) }))],
      ['memo not a string', () => batch(single(A, B, 1, { memo: 42 as unknown as string }))],
      ['code empty', () => batch(single(A, B, 1, { code: '' }))],
      ['code too long', () => batch(single(A, B, 1, { code: 'c'.repeat(CODE_MAX_CHARS + 1) }))],
      ['debit account id not a UUIDv7', () => batch(single('cash', B, 1))],
      ['credit account id not a UUIDv7', () => batch(single(A, '', 1))],
      ['hold without expiry', () => batch(single(A, B, 1, { kind: 'pending' }))],
      ['hold expiry zero', () => batch(pending(A, B, 1, 0))],
      ['hold expiry fractional', () => batch(pending(A, B, 1, NOW + 0.5))],
      ['expiry on a plain transfer', () => batch(single(A, B, 1, { expiresAtMs: NOW }))],
      ['pendingId not a UUIDv7', () => batch(post('hold-1'))],
      ['void with an amount', () => batch(voidLeg(newId(), { amountMinor: 5 }))],
      ['resolve code empty', () => batch(post(newId(), undefined, { code: '' }))],
      ['unknown leg kind', () => batch({ ...single(A, B, 1), kind: 'refund' } as unknown as TransferLeg)],
      ['a leg that is not an object', () => loose({ id: newId(), legs: [null] })],
    ];
    it.each(cases)('%s', (_name, make) => {
      expect(codeOf(make())).toBe('invalid_input');
    });

    it('names the failing leg in the message', () => {
      const error = validateBatch(batch(single(A, B, 1), single(A, B, 1, { code: '' })));
      expect(error?.message).toContain('legs[1]');
    });
  });

  it('batch_empty', () => {
    expect(codeOf(batch())).toBe('batch_empty');
    expect(codeOf(loose({ id: newId(), legs: undefined }))).toBe('batch_empty');
  });

  it('batch_too_large above MAX_LEGS_PER_BATCH, not at it', () => {
    const legs = Array.from({ length: MAX_LEGS_PER_BATCH }, () => single(A, B, 1));
    expect(codeOf(batch(...legs))).toBeUndefined();
    expect(codeOf(batch(...legs, single(A, B, 1)))).toBe('batch_too_large');
  });

  describe('invalid_amount', () => {
    const bad: [string, number][] = [
      ['0', 0],
      ['-5', -5],
      ['19.99', 19.99],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['2**53+2', 2 ** 53 + 2],
      ['AMOUNT_MINOR_MAX+1', AMOUNT_MINOR_MAX + 1],
    ];
    it.each(bad)('movement amount %s', (_name, amount) => {
      expect(codeOf(batch(single(A, B, amount)))).toBe('invalid_amount');
      expect(codeOf(batch(pending(A, B, amount)))).toBe('invalid_amount');
      expect(isValidAmount(amount)).toBe(false);
    });
    it.each(bad)('post amount %s', (_name, amount) => {
      expect(codeOf(batch(post(newId(), amount)))).toBe('invalid_amount');
    });
    it('rejects amounts that are not numbers', () => {
      expect(codeOf(batch(single(A, B, '1999' as unknown as number)))).toBe('invalid_amount');
      expect(codeOf(batch(single(A, B, 10n as unknown as number)))).toBe('invalid_amount');
      expect(codeOf(batch(single(A, B, null as unknown as number)))).toBe('invalid_amount');
    });
    it('bounds are inclusive: 1 and AMOUNT_MINOR_MAX pass', () => {
      expect(isValidAmount(1)).toBe(true);
      expect(isValidAmount(AMOUNT_MINOR_MAX)).toBe(true);
    });
  });

  it.each(['eur', 'XXX', 'ZZZ', 'EURO', '', '__proto__', 'constructor', 'HRK'])('unknown_currency %j', (currency) => {
    expect(codeOf(batch(single(A, B, 1, { currency })))).toBe('unknown_currency');
  });

  it('same_account', () => {
    expect(codeOf(batch(single(A, A, 1)))).toBe('same_account');
    expect(codeOf(batch(pending(B, B, 1)))).toBe('same_account');
  });

  it('the first failing leg decides, and a later good leg does not hide it', () => {
    expect(codeOf(batch(single(A, B, 0), single(A, A, 1)))).toBe('invalid_amount');
    expect(codeOf(batch(single(A, B, 1), single(A, A, 0)))).toBe('same_account');
  });

  it('property: generated valid requests pass; one corrupted leg fails with its code', () => {
    const uuid = fc.constant(null).map(() => newId());
    const movement = fc.record({
      kind: fc.constantFrom('single' as const, 'pending' as const),
      amount: fc.integer({ min: 1, max: AMOUNT_MINOR_MAX }),
      currency: fc.constantFrom('EUR', 'JPY', 'KWD', 'CLF', 'USD'),
      code: fc.string({ minLength: 1, maxLength: CODE_MAX_CHARS }),
      expiresIn: fc.integer({ min: 1, max: 10 ** 9 }),
    });
    const corruption = fc.constantFrom('none', 'amount', 'same', 'currency', 'code');
    fc.assert(
      fc.property(fc.array(movement, { minLength: 1, maxLength: 20 }), corruption, fc.nat(), uuid, (legs, corrupt, at, debit) => {
        const credit = newId();
        const built: MovementLeg[] = legs.map((l) => ({
          kind: l.kind, id: newId(), currency: l.currency, debitAccountId: debit, creditAccountId: credit,
          amountMinor: l.amount, code: l.code, ...(l.kind === 'pending' ? { expiresAtMs: NOW + l.expiresIn } : {}),
        }));
        const index = at % built.length;
        const leg = built[index]!;
        const expected = {
          none: undefined,
          amount: 'invalid_amount',
          same: 'same_account',
          currency: 'unknown_currency',
          code: 'invalid_input',
        }[corrupt];
        const patch = {
          none: {},
          amount: { amountMinor: -leg.amountMinor },
          same: { creditAccountId: debit },
          currency: { currency: 'eur' },
          code: { code: '' },
        }[corrupt];
        built[index] = { ...leg, ...patch };
        expect(validateBatch({ id: newId(), legs: built })?.code).toBe(expected);
      }),
      { seed: fcSeed('validateBatch corruption'), numRuns: 300 },
    );
  });
});
