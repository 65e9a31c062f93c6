/**
 * Commands for the model-based ledger test (tests/db/ledger-model.test.ts).
 * Commands are generated without a model, so they carry picks (indices, modes) that are resolved
 * against the model when they run.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { bytesToUuid, newId, uuidToBytes } from '../../shared/domain/ids';
import { AMOUNT_MINOR_MAX } from '../../shared/domain/limits';
import type { BatchRequest, MovementLeg, ResolveLeg, TransferLeg } from '../../shared/domain/ledger-types';
import type { Result } from '../../shared/domain/result';
import { TEST_ACTOR } from '../support/test-db';
import { checkInvariants, snapshot, type Real } from './ledger-model-invariants';
import { reorderKeys, type LedgerModel, type ModelAccount } from './ledger-model-state';

type Cmd = fc.AsyncCommand<LedgerModel, Real>;

// ---------------------------------------------------------------------------------------------
// Specs: what a command wants, independent of the state it will meet.

type AmountSpec = { readonly kind: 'small' | 'large' | 'zero' | 'max' | 'above_max'; readonly n: number };
type MovementSpec = {
  readonly kind: 'single' | 'pending';
  readonly debit: number;
  readonly credit: number;
  readonly creditMode: 'normal' | 'same' | 'cross' | 'unknown';
  readonly currencyMode: 'debit' | 'no_ledger';
  readonly amount: AmountSpec;
  readonly expiresIn: number;
  readonly memo: boolean;
};
type ResolveSpec = {
  readonly kind: 'post' | 'void';
  readonly hold: number;
  readonly holdMode: 'existing' | 'open' | 'unknown' | 'same_batch';
  readonly postMode: 'full' | 'partial' | 'exceed' | 'zero';
  readonly n: number;
  readonly code: boolean;
};
type LegSpec = MovementSpec | ResolveSpec;
const isMovementSpec = (spec: LegSpec): spec is MovementSpec => spec.kind === 'single' || spec.kind === 'pending';

const amountArb: fc.Arbitrary<AmountSpec> = fc.record({
  kind: fc.oneof(
    { arbitrary: fc.constant('small' as const), weight: 80 },
    { arbitrary: fc.constant('large' as const), weight: 10 },
    { arbitrary: fc.constant('zero' as const), weight: 3 },
    { arbitrary: fc.constant('max' as const), weight: 4 },
    { arbitrary: fc.constant('above_max' as const), weight: 1 },
  ),
  n: fc.nat(),
});

/** `faults: false` gives legs that can only fail on balances (used to let more batches commit). */
export const movementArb = (kind?: 'single' | 'pending', faults = true): fc.Arbitrary<MovementSpec> => fc.record({
  kind: kind ? fc.constant(kind) : fc.constantFrom('single' as const, 'pending' as const),
  debit: fc.nat(),
  credit: fc.nat(),
  creditMode: faults
    ? fc.oneof(
      { arbitrary: fc.constant('normal' as const), weight: 85 },
      { arbitrary: fc.constant('same' as const), weight: 4 },
      { arbitrary: fc.constant('cross' as const), weight: 6 },
      { arbitrary: fc.constant('unknown' as const), weight: 3 },
    )
    : fc.constant('normal' as const),
  currencyMode: faults
    ? fc.oneof(
      { arbitrary: fc.constant('debit' as const), weight: 97 },
      { arbitrary: fc.constant('no_ledger' as const), weight: 3 },
    )
    : fc.constant('debit' as const),
  amount: faults ? amountArb : fc.record({ kind: fc.constant('small' as const), n: fc.nat() }),
  // Some holds are born already expired (expiresAt ≤ now); small values probe the expiry instant.
  expiresIn: fc.oneof(
    { arbitrary: fc.integer({ min: -500, max: 8000 }), weight: 4 },
    { arbitrary: fc.constantFrom(-1, 0, 1, 1000), weight: 1 },
  ),
  memo: fc.boolean(),
});

export const resolveArb = (kind?: 'post' | 'void'): fc.Arbitrary<ResolveSpec> => fc.record({
  kind: kind ? fc.constant(kind) : fc.constantFrom('post' as const, 'void' as const),
  hold: fc.nat(),
  holdMode: fc.oneof(
    { arbitrary: fc.constant('open' as const), weight: 60 },
    { arbitrary: fc.constant('existing' as const), weight: 30 },
    { arbitrary: fc.constant('unknown' as const), weight: 5 },
    { arbitrary: fc.constant('same_batch' as const), weight: 5 },
  ),
  postMode: fc.oneof(
    { arbitrary: fc.constant('full' as const), weight: 40 },
    { arbitrary: fc.constant('partial' as const), weight: 45 },
    { arbitrary: fc.constant('exceed' as const), weight: 12 },
    { arbitrary: fc.constant('zero' as const), weight: 3 },
  ),
  n: fc.nat(),
  code: fc.boolean(),
});

function amountOf(spec: AmountSpec): number {
  switch (spec.kind) {
    case 'small': return 1 + (spec.n % 2000);
    case 'large': return 2001 + (spec.n % 20_000);
    case 'zero': return 0;
    case 'max': return AMOUNT_MINOR_MAX;
    case 'above_max': return AMOUNT_MINOR_MAX + 1;
  }
}

const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(items.length, 1)];

function buildMovement(model: LedgerModel, spec: MovementSpec, memoTag: string): MovementLeg {
  const all = [...model.accounts.values()];
  const debit = pick(all, spec.debit) as ModelAccount;
  const sameLedger = model.accountsIn(debit.currency).filter((a) => a.id !== debit.id);
  const otherLedger = all.filter((a) => a.currency !== debit.currency);
  let credit: string;
  if (spec.creditMode === 'same' || sameLedger.length === 0) credit = debit.id;
  else if (spec.creditMode === 'cross' && otherLedger.length > 0) credit = (pick(otherLedger, spec.credit) as ModelAccount).id;
  else if (spec.creditMode === 'unknown') credit = newId();
  else credit = (pick(sameLedger, spec.credit) as ModelAccount).id;
  const noLedger = ['USD', 'GBP', 'CHF'].find((c) => !model.currencies.includes(c)) ?? 'USD';
  const leg: MovementLeg = {
    kind: spec.kind,
    id: newId(),
    currency: spec.currencyMode === 'no_ledger' ? noLedger : debit.currency,
    debitAccountId: debit.id,
    creditAccountId: credit,
    amountMinor: amountOf(spec.amount),
    code: spec.kind === 'pending' ? 'card_auth' : 'sale',
    ...(spec.memo ? { memo: `memo ${memoTag}` } : {}),
    ...(spec.kind === 'pending' ? { expiresAtMs: model.now + spec.expiresIn } : {}),
  };
  return leg;
}

function buildResolve(model: LedgerModel, spec: ResolveSpec, earlier: readonly TransferLeg[]): ResolveLeg {
  let pendingId: string;
  let held = 1;
  const open = model.holds.filter((h) => h.resolution === 'open');
  const sameBatch = earlier.filter((l) => l.kind === 'pending');
  if (spec.holdMode === 'same_batch' && sameBatch.length > 0) {
    pendingId = (pick(sameBatch, spec.hold) as TransferLeg).id;
  } else if (spec.holdMode === 'unknown' || model.holds.length === 0) {
    pendingId = newId();
  } else {
    const hold = pick(spec.holdMode === 'open' && open.length > 0 ? open : model.holds, spec.hold);
    pendingId = hold?.id ?? newId();
    held = hold?.amount ?? 1;
  }
  const code = spec.code ? { code: spec.kind === 'post' ? 'capture' : 'release' } : {};
  if (spec.kind === 'void') return { kind: 'void', id: newId(), pendingId, ...code };
  const amount = {
    full: undefined,
    partial: 1 + (spec.n % held),
    exceed: held + (spec.n % 2 === 0 ? 1 : 1 + (spec.n % 50)),
    zero: 0,
  }[spec.postMode];
  return { kind: 'post', id: newId(), pendingId, ...(amount === undefined ? {} : { amountMinor: amount }), ...code };
}

function buildLegs(model: LedgerModel, specs: readonly LegSpec[], tag: string): TransferLeg[] {
  const legs: TransferLeg[] = [];
  for (const [i, spec] of specs.entries()) {
    legs.push(isMovementSpec(spec)
      ? buildMovement(model, spec, `${tag}.${i}`)
      : buildResolve(model, spec, legs));
  }
  return legs;
}

// ---------------------------------------------------------------------------------------------
// Checks.

// ---------------------------------------------------------------------------------------------
// Commands.

const codeOf = (r: Result<unknown>): string => (r.ok ? 'ok' : r.error.code);
let tagCounter = 0;

/** Outcome tallies across all runs, printed by the test so coverage of each path is visible. */
export const outcomeStats = new Map<string, number>();
const tally = (key: string): void => {
  outcomeStats.set(key, (outcomeStats.get(key) ?? 0) + 1);
};

async function submitFresh(model: LedgerModel, real: Real, name: string, legs: TransferLeg[]): Promise<void> {
  const request: BatchRequest = { id: newId(), legs };
  const expected = model.predict(request);
  tally(`${name} → ${expected.ok ? 'ok' : expected.code}`);
  const actual = await real.ledger.store.submitBatch(request, TEST_ACTOR);
  if (expected.ok) {
    expect(actual, `request ${JSON.stringify(request)}`).toEqual({
      ok: true,
      value: { batchId: request.id, seq: expected.seq, createdAtMs: expected.createdAtMs, transfers: expected.transfers, replayed: false },
    });
  } else {
    expect(codeOf(actual), `request ${JSON.stringify(request)}`).toBe(expected.code);
  }
  model.commit(request, expected);
  await checkInvariants(model, real);
}

class SubmitCommand implements Cmd {
  constructor(private readonly name: string, private readonly specs: readonly LegSpec[]) {}
  /** A post/void meant for an existing hold waits until there is one. */
  check(model: LedgerModel): boolean {
    return model.holds.length > 0 || this.specs.every((s) =>
      isMovementSpec(s) || s.holdMode === 'unknown' || s.holdMode === 'same_batch');
  }
  async run(model: LedgerModel, real: Real): Promise<void> {
    tagCounter += 1;
    await submitFresh(model, real, this.name, buildLegs(model, this.specs, String(tagCounter)));
  }
  toString(): string {
    return `${this.name}(${JSON.stringify(this.specs)})`;
  }
}

/** Funds a flagged account from its ledger's house account (a wallet top-up, or the mirror). */
class TopUpCommand implements Cmd {
  constructor(private readonly account: number, private readonly amount: AmountSpec) {}
  check(): boolean {
    return true;
  }
  async run(model: LedgerModel, real: Real): Promise<void> {
    const all = [...model.accounts.values()];
    const target = pick(all, this.account) as ModelAccount;
    const house = model.accountsIn(target.currency)[0] as ModelAccount;
    if (house.id === target.id) return;
    const [debit, credit] = target.flags === 4 ? [target.id, house.id] : [house.id, target.id];
    const leg: MovementLeg = {
      kind: 'single', id: newId(), currency: target.currency, debitAccountId: debit, creditAccountId: credit,
      amountMinor: amountOf(this.amount), code: 'topup',
    };
    await submitFresh(model, real, 'top-up', [leg]);
  }
  toString(): string {
    return `topUp(${this.account}, ${JSON.stringify(this.amount)})`;
  }
}

class AdvanceCommand implements Cmd {
  constructor(private readonly ms: number, private readonly sweep: boolean) {}
  check(): boolean {
    return true;
  }
  async run(model: LedgerModel, real: Real): Promise<void> {
    model.now += this.ms;
    real.ledger.clock.advance(this.ms);
    if (this.sweep) {
      const due = model.expire();
      const swept = await real.ledger.store.expireHolds(TEST_ACTOR);
      if (!swept.ok) throw new Error(`expireHolds failed: ${swept.error.code}`);
      tally(`sweep → ${due.length === 0 ? 'none' : 'expired'}`);
      expect(swept.value.expired).toBe(due.length);
      expect(swept.value.batchId === null).toBe(due.length === 0);
      if (swept.value.batchId !== null) {
        const rows = await real.ledger.db.tx.read((tx) => tx.all(
          `SELECT t.pending_id, t.kind, t.amount FROM transfer t JOIN journal j ON j.seq = t.seq
           WHERE j.ref_id = ? AND j.kind = 'ledger.batch' ORDER BY t.key`, [uuidToBytes(swept.value.batchId ?? '')]));
        expect(rows.map((r) => [bytesToUuid(r['pending_id'] as Uint8Array), r['kind'], r['amount']]))
          .toEqual(due.map((h) => [h.id, 'expire', h.amount]));
      }
    }
    await checkInvariants(model, real);
  }
  toString(): string {
    return `advance(${this.ms}${this.sweep ? ', sweep' : ''})`;
  }
}

/** Sends an earlier request again: the first outcome comes back and nothing changes. */
class ReplayCommand implements Cmd {
  constructor(private readonly index: number, private readonly reorder: boolean) {}
  check(model: LedgerModel): boolean {
    return model.history.length > 0;
  }
  async run(model: LedgerModel, real: Real): Promise<void> {
    const entry = model.history[this.index % model.history.length];
    if (!entry) throw new Error('no history');
    const before = await snapshot(real);
    const request = this.reorder ? reorderKeys(entry.request) : entry.request;
    const actual = await real.ledger.store.submitBatch(request, TEST_ACTOR);
    const { expected } = entry;
    tally(`replay → ${expected.ok ? 'ok' : expected.code}`);
    if (expected.ok) {
      expect(actual).toEqual({
        ok: true,
        value: { batchId: entry.request.id, seq: expected.seq, createdAtMs: expected.createdAtMs, transfers: expected.transfers, replayed: true },
      });
    } else {
      expect(codeOf(actual)).toBe(expected.code);
    }
    expect(await checkInvariants(model, real)).toEqual(before);
  }
  toString(): string {
    return `replay(#${this.index}${this.reorder ? ', keys reordered' : ''})`;
  }
}

/** Same id, other content: id_exists_with_different_content, and nothing changes. */
class ConflictCommand implements Cmd {
  constructor(private readonly index: number, private readonly change: 'memo' | 'code' | 'drop_leg' | 'add_leg') {}
  check(model: LedgerModel): boolean {
    return model.stored.size > 0;
  }
  async run(model: LedgerModel, real: Real): Promise<void> {
    const stored = [...model.stored.values()];
    const entry = stored[this.index % stored.length];
    if (!entry) throw new Error('nothing stored');
    const { request } = entry;
    const [first, ...rest] = request.legs;
    if (!first) throw new Error('stored request without legs');
    let legs: TransferLeg[];
    switch (this.change) {
      case 'memo': legs = [{ ...first, memo: `changed ${first.memo ?? ''}` }, ...rest]; break;
      case 'code': legs = [{ ...first, code: `${first.code ?? 'x'}2` }, ...rest]; break;
      case 'drop_leg': legs = rest.length > 0 ? rest : [{ ...first, memo: 'dropped' }]; break;
      case 'add_leg': legs = [...request.legs, { ...first, id: newId() }]; break;
    }
    const before = await snapshot(real);
    const actual = await real.ledger.store.submitBatch({ id: request.id, legs }, TEST_ACTOR);
    tally(`conflict(${this.change}) → id_exists_with_different_content`);
    expect(codeOf(actual)).toBe('id_exists_with_different_content');
    expect(await checkInvariants(model, real)).toEqual(before);
  }
  toString(): string {
    return `conflict(#${this.index}, ${this.change})`;
  }
}

/**
 * A new batch id whose legs reuse a committed transfer's id (after a fresh copy of that leg):
 * refused as id_exists_with_different_content whatever the balances say, and nothing is written.
 * Because transfers are append-only the answer can never change, so a retry gets it again.
 */
class LegIdReuseCommand implements Cmd {
  constructor(private readonly index: number, private readonly leg: number, private readonly withCopy: boolean) {}
  check(model: LedgerModel): boolean {
    return [...model.stored.values()].some((e) => e.expected.ok);
  }
  async run(model: LedgerModel, real: Real): Promise<void> {
    const committed = [...model.stored.values()].filter((e) => e.expected.ok);
    const entry = committed[this.index % committed.length];
    if (!entry) throw new Error('nothing committed');
    const reused = entry.request.legs[this.leg % entry.request.legs.length] as TransferLeg;
    const legs = this.withCopy ? [{ ...reused, id: newId() }, reused] : [reused];
    const request: BatchRequest = { id: newId(), legs };
    const expected = { ok: false as const, code: 'id_exists_with_different_content' as const, stored: false };
    tally(`reuse leg id → ${expected.code}`);
    const before = await snapshot(real);
    const actual = await real.ledger.store.submitBatch(request, TEST_ACTOR);
    expect(codeOf(actual)).toBe(expected.code);
    model.commit(request, expected);
    expect(await checkInvariants(model, real)).toEqual(before);
  }
  toString(): string {
    return `reuseLegId(#${this.index}, leg ${this.leg}${this.withCopy ? ', after a copy' : ''})`;
  }
}

export function commandArbs(): fc.Arbitrary<Cmd>[] {
  const submit = (name: string, arb: fc.Arbitrary<readonly LegSpec[]>): fc.Arbitrary<Cmd> =>
    arb.map((specs) => new SubmitCommand(name, specs));
  const anyLeg: fc.Arbitrary<LegSpec> = fc.oneof(
    { arbitrary: movementArb(undefined, false), weight: 4 },
    { arbitrary: movementArb(), weight: 1 },
    { arbitrary: resolveArb(), weight: 2 },
  );
  return [
    fc.record({ account: fc.nat(), amount: amountArb }).map((a) => new TopUpCommand(a.account, a.amount)),
    submit('transfer', movementArb('single').map((s) => [s])),
    submit('transfer', movementArb('single').map((s) => [s])),
    submit('hold', movementArb('pending').map((s) => [s])),
    submit('hold', movementArb('pending').map((s) => [s])),
    submit('post', resolveArb('post').map((s) => [s])),
    submit('void', resolveArb('void').map((s) => [s])),
    submit('batch', fc.array(anyLeg, { minLength: 2, maxLength: 4 })),
    submit('batch', fc.array(anyLeg, { minLength: 2, maxLength: 4 })),
    fc.record({
      ms: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 4000 }), weight: 3 }, { arbitrary: fc.constantFrom(1, 1000), weight: 1 }),
      sweep: fc.boolean(),
    }).map((a) => new AdvanceCommand(a.ms, a.sweep)),
    fc.record({ i: fc.nat(), reorder: fc.boolean() }).map((a) => new ReplayCommand(a.i, a.reorder)),
    fc.record({ i: fc.nat(), change: fc.constantFrom('memo' as const, 'code' as const, 'drop_leg' as const, 'add_leg' as const) })
      .map((a) => new ConflictCommand(a.i, a.change)),
    fc.record({ i: fc.nat(), leg: fc.nat(), copy: fc.boolean() }).map((a) => new LegIdReuseCommand(a.i, a.leg, a.copy)),
  ];
}
