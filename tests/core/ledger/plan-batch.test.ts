import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDelta, transferDeltas, ZERO_DELTA } from '../../../electron/main/core/ledger/balance-effects';
import { planBatch, type PlanInput } from '../../../electron/main/core/ledger/plan-batch';
import type { AccountSnapshot, HoldSnapshot } from '../../../electron/main/core/ledger/snapshots';
import { newId } from '../../../shared/domain/ids';
import { ACCOUNT_FLAGS, type TransferLeg } from '../../../shared/domain/ledger-types';
import { fcSeed } from '../../support/fc-seed';
import { account, byId, hold, NOW, pending, post, single, voidLeg } from './fixtures';

const { none, debitsMustNotExceedCredits: WALLET, creditsMustNotExceedDebits: CAPPED } = ACCOUNT_FLAGS;

function plan(accounts: AccountSnapshot[], legs: TransferLeg[], holds: HoldSnapshot[] = [], nowMs = NOW) {
  const input: PlanInput = { request: { id: newId(), legs }, accounts: byId(...accounts), holds: byId(...holds), nowMs };
  return planBatch(input);
}
const outcome = (result: ReturnType<typeof plan>): string => (result.ok ? 'ok' : result.error.code);
function after(result: ReturnType<typeof plan>, id: string): AccountSnapshot {
  if (!result.ok) throw new Error(`plan failed: ${result.error.code}`);
  const found = result.plan.accounts.get(id);
  if (!found) throw new Error('account not in plan');
  return found;
}

describe('planBatch — movements', () => {
  it('books a single transfer on both sides and leaves `before` untouched', () => {
    const cash = account(none);
    const wallet = account(WALLET);
    const result = plan([cash, wallet], [single(cash.id, wallet.id, 1000)]);
    expect(after(result, cash.id)).toMatchObject({ debitsPosted: 1000, creditsPosted: 0, debitsPending: 0 });
    expect(after(result, wallet.id)).toMatchObject({ creditsPosted: 1000, debitsPosted: 0 });
    expect(result.ok && result.plan.before.get(wallet.id)).toEqual(wallet);
    expect(result.ok && result.plan.transfers[0]).toMatchObject({
      leg: 0, kind: 'single', amountMinor: 1000, pendingId: null, expiresAtMs: null, currency: 'EUR',
    });
  });

  it('insufficient_funds on a flag-2 account: spending one unit more than the posted credits', () => {
    const wallet = account(WALLET, { creditsPosted: 1000 });
    const shop = account(none);
    expect(outcome(plan([wallet, shop], [single(wallet.id, shop.id, 1000)]))).toBe('ok');
    expect(outcome(plan([wallet, shop], [single(wallet.id, shop.id, 1001)]))).toBe('insufficient_funds');
    expect(outcome(plan([wallet, shop], [pending(wallet.id, shop.id, 1001)]))).toBe('insufficient_funds');
  });

  it('insufficient_funds counts reserved (pending) debits, and pending credits are not spendable', () => {
    const wallet = account(WALLET, { creditsPosted: 1000, debitsPending: 600, creditsPending: 5000 });
    const shop = account(none);
    expect(outcome(plan([wallet, shop], [single(wallet.id, shop.id, 400)]))).toBe('ok');
    expect(outcome(plan([wallet, shop], [single(wallet.id, shop.id, 401)]))).toBe('insufficient_funds');
  });

  it('limit_exceeded on a flag-4 account: crediting more than its debits', () => {
    const capped = account(CAPPED, { debitsPosted: 500 });
    const other = account(none);
    expect(outcome(plan([capped, other], [single(other.id, capped.id, 500)]))).toBe('ok');
    expect(outcome(plan([capped, other], [single(other.id, capped.id, 501)]))).toBe('limit_exceeded');
    const reserved = account(CAPPED, { debitsPosted: 500, creditsPending: 100 });
    expect(outcome(plan([reserved, other], [pending(other.id, reserved.id, 401)]))).toBe('limit_exceeded');
  });

  it('a flag-0 account may go either way without limit', () => {
    const a = account(none);
    const b = account(none);
    expect(outcome(plan([a, b], [single(a.id, b.id, 10 ** 11), single(b.id, a.id, 10 ** 11), single(b.id, a.id, 1)]))).toBe('ok');
  });

  it('ledger_mismatch when an account is on another currency ledger', () => {
    const eur = account(none);
    const usd = account(none, {}, { currency: 'USD' });
    expect(outcome(plan([eur, usd], [single(eur.id, usd.id, 1)]))).toBe('ledger_mismatch');
    expect(outcome(plan([eur, usd], [single(usd.id, eur.id, 1)]))).toBe('ledger_mismatch');
    const usd2 = account(none, {}, { currency: 'USD' });
    expect(outcome(plan([usd, usd2], [single(usd.id, usd2.id, 1)]))).toBe('ledger_mismatch');
    expect(outcome(plan([usd, usd2], [single(usd.id, usd2.id, 1, { currency: 'USD' })]))).toBe('ok');
  });

  it('account_not_found', () => {
    const a = account(none);
    expect(outcome(plan([a], [single(a.id, newId(), 1)]))).toBe('account_not_found');
  });

  it('account_closed for movements on either side', () => {
    const open = account(none);
    const closed = account(none, {}, { closed: true });
    expect(outcome(plan([open, closed], [single(open.id, closed.id, 1)]))).toBe('account_closed');
    expect(outcome(plan([open, closed], [pending(closed.id, open.id, 1)]))).toBe('account_closed');
  });

  it('a later leg sees an earlier leg: top-up then spend works, spend then top-up does not', () => {
    const cash = account(none);
    const wallet = account(WALLET);
    const shop = account(none);
    const topUp = single(cash.id, wallet.id, 500);
    const spend = single(wallet.id, shop.id, 500);
    expect(outcome(plan([cash, wallet, shop], [topUp, spend]))).toBe('ok');
    const reversed = plan([cash, wallet, shop], [spend, topUp]);
    expect(outcome(reversed)).toBe('insufficient_funds');
    expect(!reversed.ok && reversed.error.message).toContain('legs[0]');
  });

  it('a later leg sees an earlier leg: two spends that each fit but not together', () => {
    const wallet = account(WALLET, { creditsPosted: 500 });
    const shop = account(none);
    const result = plan([wallet, shop], [single(wallet.id, shop.id, 300), single(wallet.id, shop.id, 300)]);
    expect(outcome(result)).toBe('insufficient_funds');
    expect(!result.ok && result.error.message).toContain('legs[1]');
    // A hold placed by leg 0 also reserves for leg 1.
    expect(outcome(plan([wallet, shop], [pending(wallet.id, shop.id, 300), single(wallet.id, shop.id, 201)]))).toBe('insufficient_funds');
    expect(outcome(plan([wallet, shop], [pending(wallet.id, shop.id, 300), single(wallet.id, shop.id, 200)]))).toBe('ok');
  });
});

describe('planBatch — resolving holds', () => {
  const setup = (amount = 1000, extra: Partial<HoldSnapshot> = {}) => {
    const wallet = account(WALLET, { creditsPosted: 5000, debitsPending: amount });
    const shop = account(none, { creditsPending: amount });
    return { wallet, shop, h: hold(wallet, shop, amount, extra) };
  };

  it('full post (amount omitted) moves the whole hold from pending to posted', () => {
    const { wallet, shop, h } = setup();
    const result = plan([wallet, shop], [post(h.id)], [h]);
    expect(after(result, wallet.id)).toMatchObject({ debitsPending: 0, debitsPosted: 1000, creditsPosted: 5000 });
    expect(after(result, shop.id)).toMatchObject({ creditsPending: 0, creditsPosted: 1000 });
    expect(result.ok && result.plan.transfers[0]).toMatchObject({
      kind: 'post', amountMinor: 1000, pendingId: h.id, code: 'card_auth', expiresAtMs: null,
      debitAccountId: wallet.id, creditAccountId: shop.id,
    });
  });

  it('partial post books the amount and releases the rest', () => {
    const { wallet, shop, h } = setup();
    const result = plan([wallet, shop], [post(h.id, 300, { code: 'capture' })], [h]);
    expect(after(result, wallet.id)).toMatchObject({ debitsPending: 0, debitsPosted: 300 });
    expect(after(result, shop.id)).toMatchObject({ creditsPending: 0, creditsPosted: 300 });
    expect(result.ok && result.plan.transfers[0]?.code).toBe('capture');
  });

  it('void releases everything and books nothing', () => {
    const { wallet, shop, h } = setup();
    const result = plan([wallet, shop], [voidLeg(h.id)], [h]);
    expect(after(result, wallet.id)).toMatchObject({ debitsPending: 0, debitsPosted: 0, creditsPosted: 5000 });
    expect(after(result, shop.id)).toMatchObject({ creditsPending: 0, creditsPosted: 0 });
    expect(result.ok && result.plan.transfers[0]).toMatchObject({ kind: 'void', amountMinor: 1000 });
  });

  it('post_exceeds_hold', () => {
    const { wallet, shop, h } = setup();
    expect(outcome(plan([wallet, shop], [post(h.id, 1000)], [h]))).toBe('ok');
    expect(outcome(plan([wallet, shop], [post(h.id, 1001)], [h]))).toBe('post_exceeds_hold');
  });

  it('hold_not_found, also for a hold created earlier in the same batch', () => {
    const { wallet, shop } = setup();
    expect(outcome(plan([wallet, shop], [post(newId())]))).toBe('hold_not_found');
    const p = pending(wallet.id, shop.id, 10);
    expect(outcome(plan([wallet, shop], [p, voidLeg(p.id)]))).toBe('hold_not_found');
  });

  it('hold_already_resolved: resolved before, or twice within one batch', () => {
    const { wallet, shop, h } = setup();
    const done = { ...h, resolved: true };
    expect(outcome(plan([wallet, shop], [post(h.id)], [done]))).toBe('hold_already_resolved');
    expect(outcome(plan([wallet, shop], [voidLeg(h.id)], [done]))).toBe('hold_already_resolved');
    const twice = plan([wallet, shop], [post(h.id, 100), voidLeg(h.id)], [h]);
    expect(outcome(twice)).toBe('hold_already_resolved');
    expect(!twice.ok && twice.error.message).toContain('legs[1]');
    expect(outcome(plan([wallet, shop], [voidLeg(h.id), voidLeg(h.id)], [h]))).toBe('hold_already_resolved');
  });

  it('hold_expired from the expiry instant on (before the sweeper ran)', () => {
    const { wallet, shop, h } = setup(1000, { expiresAtMs: NOW + 10 });
    expect(outcome(plan([wallet, shop], [post(h.id)], [h], NOW + 9))).toBe('ok');
    expect(outcome(plan([wallet, shop], [post(h.id)], [h], NOW + 10))).toBe('hold_expired');
    expect(outcome(plan([wallet, shop], [voidLeg(h.id)], [h], NOW + 11))).toBe('hold_expired');
    // Already resolved wins over expired: the sweeper's expire is the resolution.
    expect(outcome(plan([wallet, shop], [voidLeg(h.id)], [{ ...h, resolved: true }], NOW + 11))).toBe('hold_already_resolved');
  });

  it('a closed account: post is refused, void still releases', () => {
    const { wallet, h } = setup();
    const closedShop = account(none, { creditsPending: 1000 }, { closed: true, id: h.creditAccountId });
    expect(outcome(plan([wallet, closedShop], [post(h.id)], [h]))).toBe('account_closed');
    expect(outcome(plan([wallet, closedShop], [voidLeg(h.id)], [h]))).toBe('ok');
  });

  it('a post then a spend in the same batch sees the posted amount', () => {
    // wallet: 1000 credited, 1000 held. Posting 400 frees 600 for the next leg, not 601.
    const wallet = account(WALLET, { creditsPosted: 1000, debitsPending: 1000 });
    const shop = account(none, { creditsPending: 1000 });
    const h = hold(wallet, shop, 1000);
    expect(outcome(plan([wallet, shop], [post(h.id, 400), single(wallet.id, shop.id, 600)], [h]))).toBe('ok');
    expect(outcome(plan([wallet, shop], [post(h.id, 400), single(wallet.id, shop.id, 601)], [h]))).toBe('insufficient_funds');
  });
});

describe('transferDeltas and applyDelta', () => {
  it('deltas by kind', () => {
    expect(transferDeltas('single', 7)).toEqual({
      debit: { ...ZERO_DELTA, debitsPosted: 7 }, credit: { ...ZERO_DELTA, creditsPosted: 7 },
    });
    expect(transferDeltas('pending', 7)).toEqual({
      debit: { ...ZERO_DELTA, debitsPending: 7 }, credit: { ...ZERO_DELTA, creditsPending: 7 },
    });
    expect(transferDeltas('post', 3, 7)).toEqual({
      debit: { ...ZERO_DELTA, debitsPending: -7, debitsPosted: 3 },
      credit: { ...ZERO_DELTA, creditsPending: -7, creditsPosted: 3 },
    });
    for (const kind of ['void', 'expire'] as const) {
      expect(transferDeltas(kind, 7, 7)).toEqual({
        debit: { ...ZERO_DELTA, debitsPending: -7 }, credit: { ...ZERO_DELTA, creditsPending: -7 },
      });
    }
  });

  it('insufficient_funds / limit_exceeded at the exact boundary', () => {
    const wallet = account(WALLET, { creditsPosted: 10 });
    expect(applyDelta(wallet, { ...ZERO_DELTA, debitsPosted: 10 }).ok).toBe(true);
    const over = applyDelta(wallet, { ...ZERO_DELTA, debitsPending: 11 });
    expect(!over.ok && over.error.code).toBe('insufficient_funds');
    const capped = account(CAPPED, { debitsPosted: 10 });
    expect(applyDelta(capped, { ...ZERO_DELTA, creditsPending: 10 }).ok).toBe(true);
    const capOver = applyDelta(capped, { ...ZERO_DELTA, creditsPosted: 11 });
    expect(!capOver.ok && capOver.error.code).toBe('limit_exceeded');
  });

  it('amount_overflow past the safe-integer range; a negative column is a bug and throws', () => {
    const big = account(none, { creditsPosted: Number.MAX_SAFE_INTEGER - 1 });
    expect(applyDelta(big, { ...ZERO_DELTA, creditsPosted: 1 }).ok).toBe(true);
    const overflow = applyDelta(big, { ...ZERO_DELTA, creditsPosted: 2 });
    expect(!overflow.ok && overflow.error.code).toBe('amount_overflow');
    expect(() => applyDelta(account(none), { ...ZERO_DELTA, debitsPending: -1 })).toThrow(/invariant/);
  });

  it('does not mutate its input', () => {
    const wallet = account(WALLET, { creditsPosted: 10 });
    const copy = { ...wallet };
    applyDelta(wallet, { ...ZERO_DELTA, debitsPosted: 5 });
    expect(wallet).toEqual(copy);
  });
});

describe('planBatch — properties', () => {
  it('a successful plan keeps Σdebits = Σcredits and every limit; no plan mutates its input', () => {
    const flags = fc.constantFrom(none, WALLET, CAPPED);
    const legArb = fc.record({
      kind: fc.constantFrom('single' as const, 'pending' as const),
      from: fc.nat(5),
      to: fc.nat(5),
      amount: fc.integer({ min: 1, max: 2000 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(flags, fc.nat(3000)), { minLength: 2, maxLength: 6 }),
        fc.array(legArb, { minLength: 1, maxLength: 8 }),
        (specs, legSpecs) => {
          // Start balanced: a funded wallet got its credit from somewhere, a capped account its debit.
          const accounts = specs.map(([f, funds]) =>
            f === WALLET ? account(f, { creditsPosted: funds }) : f === CAPPED ? account(f, { debitsPosted: funds }) : account(f));
          const legs = legSpecs
            .map((l) => ({ ...l, from: l.from % accounts.length, to: l.to % accounts.length }))
            .filter((l) => l.from !== l.to)
            .map((l) => l.kind === 'single'
              ? single(accounts[l.from]!.id, accounts[l.to]!.id, l.amount)
              : pending(accounts[l.from]!.id, accounts[l.to]!.id, l.amount));
          fc.pre(legs.length > 0);
          const input = byId(...accounts);
          const frozen = JSON.stringify([...input.values()]);
          const result = planBatch({ request: { id: newId(), legs }, accounts: input, holds: new Map(), nowMs: NOW });
          expect(JSON.stringify([...input.values()])).toBe(frozen);
          if (!result.ok) {
            expect(['insufficient_funds', 'limit_exceeded']).toContain(result.error.code);
            return;
          }
          const sum = (key: keyof AccountSnapshot, map: ReadonlyMap<string, AccountSnapshot>) =>
            [...map.values()].reduce((s, a) => s + (a[key] as number), 0);
          const deltaOf = (key: keyof AccountSnapshot) => sum(key, result.plan.accounts) - sum(key, input);
          expect(deltaOf('debitsPosted')).toBe(deltaOf('creditsPosted'));
          expect(deltaOf('debitsPending')).toBe(deltaOf('creditsPending'));
          expect(deltaOf('debitsPosted') + deltaOf('debitsPending')).toBe(legs.reduce((s, l) => s + l.amountMinor, 0));
          for (const a of result.plan.accounts.values()) {
            if (a.flags === WALLET) expect(a.debitsPending + a.debitsPosted).toBeLessThanOrEqual(a.creditsPosted);
            if (a.flags === CAPPED) expect(a.creditsPending + a.creditsPosted).toBeLessThanOrEqual(a.debitsPosted);
          }
          expect(result.plan.transfers.map((t) => t.leg)).toEqual(legs.map((_, i) => i));
        },
      ),
      { seed: fcSeed('planBatch balance'), numRuns: 500 },
    );
  });
});
