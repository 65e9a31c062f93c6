import { describe, expect, it } from 'vitest';
import { oneSidedDeltas, planWithoutReads } from '../../../electron/main/core/ledger/transfers';
import { newId } from '../../../shared/domain/ids';
import type { PostedTransfer } from '../../../shared/domain/ledger-types';

const [a, b, c] = [newId(), newId(), newId()];
const t = (debit: string, credit: string, amountMinor: number, kind: PostedTransfer['kind'] = 'single'): PostedTransfer => ({
  id: newId(), leg: 0, kind, currency: 'EUR', debitAccountId: debit, creditAccountId: credit, amountMinor, code: 'x',
  pendingId: kind === 'post' ? newId() : null, expiresAtMs: kind === 'pending' ? 1 : null,
});

describe('oneSidedDeltas', () => {
  it('nets movements per account when every account is on one side only', () => {
    const deltas = oneSidedDeltas([t(a, b, 100), t(a, c, 5), t(a, b, 7, 'pending')]);
    expect(deltas?.get(a)).toEqual({ debitsPending: 7, debitsPosted: 105, creditsPending: 0, creditsPosted: 0 });
    expect(deltas?.get(b)).toEqual({ debitsPending: 0, debitsPosted: 0, creditsPending: 7, creditsPosted: 100 });
    expect(deltas?.get(c)).toEqual({ debitsPending: 0, debitsPosted: 0, creditsPending: 0, creditsPosted: 5 });
  });

  it('refuses when an account is debited and credited in one batch (leg order decides then)', () => {
    expect(oneSidedDeltas([t(a, b, 100), t(b, c, 100)])).toBeUndefined();
    expect(oneSidedDeltas([t(b, a, 1), t(a, b, 1)])).toBeUndefined();
  });

  it('refuses resolutions, whose effect depends on the held amount', () => {
    expect(oneSidedDeltas([t(a, b, 1, 'post')])).toBeUndefined();
  });
});

describe('planWithoutReads', () => {
  it('plans movements from the request alone, and nothing that needs the database', () => {
    const leg = { kind: 'single' as const, id: newId(), currency: 'EUR', debitAccountId: a, creditAccountId: b, amountMinor: 3, code: 'sale' };
    expect(planWithoutReads({ id: newId(), legs: [leg] }, 0)?.[0]).toMatchObject({ id: leg.id, leg: 0, pendingId: null });
    expect(planWithoutReads({ id: newId(), legs: [{ kind: 'void', id: newId(), pendingId: newId() }] }, 0)).toBeUndefined();
    const bornExpired = { ...leg, kind: 'pending' as const, expiresAtMs: 10 };
    expect(planWithoutReads({ id: newId(), legs: [bornExpired] }, 10)).toBeUndefined();
  });
});
