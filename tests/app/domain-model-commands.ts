/**
 * The commands of the domain model test (fast-check `fc.commands`): each carries only picks
 * (indices, modes, amounts relative to what the model knows), shown in a counterexample as
 * `name {picks}`; it builds its requests against the model when it runs (a composite command,
 * such as a payment with its capture, sends several), sends each through the real dispatch, and
 * runs every check of domain-model-checks.ts after each.
 */
import fc from 'fast-check';
import { newId } from '../../shared/domain/ids';
import { build, canSpend, paySteps, sent, type Picks } from './domain-model-builders';
import { planReplace } from './domain-model-card-ops';
import { planCapture, planCardTopUp, planRelease } from './domain-model-pay-ops';
import { advanceClock, checkAfterCommand, sweep } from './domain-model-checks';
import { pick, type AmountSpec, type Sent } from './domain-model-plan';
import type { DomainModel, ModelCard } from './domain-model-state';
import type { World } from './domain-model-world';

type Builder = (m: DomainModel, p: Picks, world: World) => Sent | readonly Sent[] | undefined;

/** Commands whose requests carry an id: the repeat command may send them again. */
const REPEATABLE = new Set([
  'customer', 'issue', 'replace', 'cardTopUp', 'walletTopUp', 'pay', 'capture', 'release', 'refund', 'cardToWallet', 'walletTransfer',
  'convert', 'setRate', 'generate', 'sell', 'redeem', 'void',
]);

class Command implements fc.AsyncCommand<DomainModel, World> {
  constructor(
    readonly name: string,
    readonly picks: Picks,
    readonly ready: (m: DomainModel) => boolean,
    readonly builder: Builder,
  ) {}

  check(m: Readonly<DomainModel>): boolean {
    return this.ready(m as DomainModel);
  }

  /** Sends the request (or each step of a composite one) and checks everything after each. */
  async run(m: DomainModel, world: World): Promise<void> {
    const built = this.builder(m, this.picks, world);
    for (const step of built === undefined ? [] : Array.isArray(built) ? built : [built as Sent]) {
      if (step.when && !step.when(m)) continue;
      const planned = step.replan(m);
      const { changed } = await planned.execute(world);
      if (REPEATABLE.has(this.name)) m.history.push(step);
      await checkAfterCommand(m, world, planned.touch(), changed);
    }
  }

  toString(): string {
    return `${this.name} ${JSON.stringify(this.picks)}`;
  }
}

/** Sends an earlier request again, unchanged: a repeat of an operation id answers its first outcome and changes nothing. */
class Repeat implements fc.AsyncCommand<DomainModel, World> {
  constructor(readonly n: number) {}
  check = (m: Readonly<DomainModel>): boolean => m.history.length > 0;
  async run(m: DomainModel, world: World): Promise<void> {
    const earlier = pick(m.history, this.n);
    if (!earlier) return;
    const planned = earlier.replan(m);
    const { changed } = await planned.execute(world);
    await checkAfterCommand(m, world, planned.touch(), changed);
  }
  toString = (): string => `repeat {"n":${this.n}}`;
}

/**
 * An earlier operation id sent again for another amount: once the id decided something (a
 * success, or a decline the ledger stored) the answer is id_exists_with_different_content and
 * nothing changes; an id whose request was refused before any batch is free, so this is a new request.
 */
class Conflict implements fc.AsyncCommand<DomainModel, World> {
  constructor(readonly n: number) {}
  check = (m: Readonly<DomainModel>): boolean => m.history.some((s) => s.vary);
  async run(m: DomainModel, world: World): Promise<void> {
    const earlier = pick(m.history.filter((s) => s.vary), this.n);
    const other = earlier?.vary?.(1 + (this.n % 5));
    if (!other) return;
    const planned = other.replan(m);
    const { changed } = await planned.execute(world);
    await checkAfterCommand(m, world, planned.touch(), changed);
  }
  toString = (): string => `conflict {"n":${this.n}}`;
}

type AdvanceMode = 'minutes' | 'hours' | 'toExpiry' | 'toMidnight' | 'pastCardExpiry';

/**
 * Time passes on the till (the FixedClock); the shop's midnight (the limits' day), a hold's expiry
 * and the end of a card's expiry month (for a card that expires within two months) are hit to
 * the millisecond (one before, at, one after). After a hold's expiry instant a capture is refused
 * (hold_expired) and the sweep gives its money back; before it, it is captured.
 */
class Advance implements fc.AsyncCommand<DomainModel, World> {
  constructor(readonly mode: AdvanceMode, readonly n: number) {}
  check = (): boolean => true;
  async run(m: DomainModel, world: World): Promise<void> {
    const delta = (this.n % 3) - 1;
    const hold = pick([...m.holds.values()].filter((h) => m.isLive(h)), this.n >> 2);
    const soon = (c: ModelCard): boolean => m.effective(c) !== 'expired' && c.state !== 'closed' && c.pastExpiry - m.now < 62 * 86_400_000;
    const card = pick([...m.cards.values()].filter(soon), this.n >> 2);
    let ms: number;
    switch (this.mode) {
      case 'minutes': ms = 60_000 * (1 + (this.n % 10)); break;
      case 'hours': ms = 3_600_000 * (1 + (this.n % 6)) + (this.n % 1000); break;
      case 'toExpiry': ms = (hold?.expiresAt ?? m.now) + delta - m.now; break;
      case 'toMidnight': ms = m.dayStart() + 86_400_000 + delta - m.now; break;
      case 'pastCardExpiry': ms = (card?.pastExpiry ?? m.now) + delta - m.now; break;
    }
    if (ms <= 0) return;
    await advanceClock(m, world, ms);
    await checkAfterCommand(m, world, { wallets: [], cards: card ? [card.id] : [] });
    if (this.mode === 'toExpiry' && hold) await resolveThenSweep(m, world, hold.authId, false);
    if (this.mode !== 'pastCardExpiry' || !card) return;
    // Past its expiry month the card refuses a top-up and is reissued (its balance moves on).
    await send(m, world, sent('cards.topUp', { operationId: newId(), cardId: card.id, amountMinor: 100, tender: { kind: 'cash' } }, planCardTopUp));
    await send(m, world, sent('cards.replace', { cardId: card.id, newCardId: newId(), reason: 'expired' }, planReplace));
  }
  toString = (): string => `advance {"mode":"${this.mode}","n":${this.n}}`;
}

/**
 * Two payments with one card around the shop's midnight or the turn of the month (the clock set
 * to the boundary one millisecond before, at or after it): the day's and the month's limits count
 * the first payment only while it is in the same window.
 */
class AcrossBoundary implements fc.AsyncCommand<DomainModel, World> {
  constructor(readonly picks: Picks, readonly month: boolean) {}
  check = (m: Readonly<DomainModel>): boolean => m.cards.size > 0;
  async run(m: DomainModel, world: World): Promise<void> {
    const p = { ...this.picks, b: 0, flag: false, fault: false };
    const card = pick([...m.cards.values()].filter((c) => canSpend(m)(c) && m.available(c.id) > 1), this.picks.a);
    if (!card) return;
    await new Command('pay', p, () => true, () => paySteps(m, card, p)).run(m, world);
    const boundary = this.month ? monthAfter(m) : m.dayStart() + 86_400_000;
    const ms = boundary + (this.picks.b % 3) - 1 - m.now;
    if (ms > 0) await advanceClock(m, world, ms);
    await new Command('pay', p, () => true, () => paySteps(m, card, p)).run(m, world);
  }
  toString = (): string => `acrossBoundary ${JSON.stringify({ ...this.picks, month: this.month })}`;
}

/**
 * A hold left to expire: an authorisation with a short life, the clock set to its expiry one
 * millisecond before, at or after it, a capture or a release (refused from the expiry instant on:
 * hold_expired), and the app's sweep, which gives the money of a hold past its expiry back.
 */
class ExpireHold implements fc.AsyncCommand<DomainModel, World> {
  constructor(readonly picks: Picks) {}
  check = (m: Readonly<DomainModel>): boolean => m.cards.size > 0;
  async run(m: DomainModel, world: World): Promise<void> {
    // b ≡ 1 (mod 4): paySteps gives the hold a life of 1 to 121 seconds.
    const p = { ...this.picks, flag: false, fault: false, b: 1 + 4 * (this.picks.b % 30_000) };
    const card = pick([...m.cards.values()].filter(canSpend(m)), p.a);
    if (!card) return;
    const [authorize] = paySteps(m, card, p);
    if (!authorize) return;
    await new Command('pay', p, () => true, () => authorize).run(m, world);
    const hold = [...m.holds.values()].at(-1);
    if (!hold || hold.status !== 'open' || hold.cardId !== card.id) return;
    const ms = hold.expiresAt + (this.picks.a % 3) - 1 - m.now;
    if (ms > 0) await advanceClock(m, world, ms);
    await resolveThenSweep(m, world, hold.authId, this.picks.flag);
  }
  toString = (): string => `expireHold ${JSON.stringify(this.picks)}`;
}

/** One request, planned now, sent, kept for the repeat command, and checked after. */
async function send(m: DomainModel, world: World, step: Sent): Promise<void> {
  const planned = step.replan(m);
  const { changed } = await planned.execute(world);
  m.history.push(step);
  await checkAfterCommand(m, world, planned.touch(), changed);
}

/** A capture (or release) of a hold around its expiry instant, then the app's sweep. */
async function resolveThenSweep(m: DomainModel, world: World, authorizationId: string, release: boolean): Promise<void> {
  const input = { operationId: newId(), authorizationId };
  const planned = release ? planRelease(m, input) : planCapture(m, input);
  const { changed } = await planned.execute(world);
  await checkAfterCommand(m, world, planned.touch(), changed);
  const due = [...new Set(m.dueHolds().map((h) => h.cardId))];
  await sweep(m, world);
  await checkAfterCommand(m, world, { wallets: [], cards: due });
}

function monthAfter(m: DomainModel): number {
  const off = m.offsetMinutes(m.now) * 60_000;
  const local = new Date(m.now + off);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) - off;
}

/** The app's hold sweep, run through its use case as its timer would. */
class Sweep implements fc.AsyncCommand<DomainModel, World> {
  check = (m: Readonly<DomainModel>): boolean => m.holds.size > 0;
  async run(m: DomainModel, world: World): Promise<void> {
    const cards = [...new Set(m.dueHolds().map((h) => h.cardId))];
    await sweep(m, world);
    await checkAfterCommand(m, world, { wallets: [], cards });
  }
  toString = (): string => 'sweep';
}

const amountArb: fc.Arbitrary<AmountSpec> = fc.record({
  mode: fc.oneof(
    { arbitrary: fc.constant('small' as const), weight: 5 },
    { arbitrary: fc.constant('big' as const), weight: 1 },
    { arbitrary: fc.constant('exact' as const), weight: 2 },
    { arbitrary: fc.constant('under' as const), weight: 1 },
    { arbitrary: fc.constant('over' as const), weight: 2 },
  ),
  n: fc.nat(),
});

/** `flag` is a command's own either/or; `fault` (one time in six) asks for a request the app must refuse. */
const picksArb: fc.Arbitrary<Picks> = fc.record({
  a: fc.nat(), b: fc.nat(), flag: fc.boolean(), fault: fc.nat(5).map((n) => n === 0), amount: amountArb,
});
/** For payments: the wrong PIN one time in eight. */
const payPicksArb: fc.Arbitrary<Picks> = fc.record({
  a: fc.nat(), b: fc.nat(), flag: fc.nat(7).map((n) => n === 0), fault: fc.nat(5).map((n) => n === 0), amount: amountArb,
});

const has = (what: 'customers' | 'cards' | 'vouchers' | 'holds' | 'captures') => (m: DomainModel): boolean => {
  switch (what) {
    case 'customers': return m.customers.length > 0;
    case 'cards': return m.cards.size > 0;
    case 'vouchers': return m.vouchers.size > 0;
    case 'holds': return m.holds.size > 0;
    case 'captures': return m.captures.size > 0;
  }
};

type Spec = { readonly name: keyof typeof build; readonly weight: number; readonly ready: (m: DomainModel) => boolean; readonly pays?: boolean };

// A command whose picks find nothing to work on does nothing and costs nothing, so the weights
// favour what chains of operations need (payments, captures, refunds, vouchers sold then redeemed).
const SPECS: readonly Spec[] = [
  { name: 'customer', weight: 1, ready: (m) => m.customers.length < 4 },
  { name: 'issue', weight: 2, ready: (m) => has('customers')(m) && m.cards.size < 6 },
  { name: 'activate', weight: 2, ready: has('cards') },
  { name: 'freeze', weight: 3, ready: has('cards') },
  { name: 'close', weight: 1, ready: has('cards') },
  { name: 'replace', weight: 2, ready: has('cards') },
  { name: 'pin', weight: 2, ready: has('cards') },
  { name: 'unblock', weight: 1, ready: has('cards') },
  { name: 'cardTopUp', weight: 4, ready: has('cards') },
  { name: 'walletTopUp', weight: 3, ready: has('customers') },
  { name: 'pay', weight: 6, ready: has('cards'), pays: true },
  { name: 'capture', weight: 3, ready: has('holds') },
  { name: 'release', weight: 1, ready: has('holds') },
  { name: 'refund', weight: 4, ready: has('captures') },
  { name: 'cardToWallet', weight: 2, ready: (m) => has('cards')(m) && has('customers')(m), pays: true },
  { name: 'walletTransfer', weight: 3, ready: has('customers') },
  { name: 'setRate', weight: 2, ready: () => true },
  { name: 'convert', weight: 4, ready: has('customers') },
  { name: 'generate', weight: 2, ready: () => true },
  { name: 'sell', weight: 2, ready: has('vouchers') },
  { name: 'redeem', weight: 5, ready: (m) => has('vouchers')(m) && has('customers')(m) },
  { name: 'void', weight: 1, ready: has('vouchers') },
];

export function commandArbs(): fc.Arbitrary<fc.AsyncCommand<DomainModel, World>>[] {
  const arbs: fc.Arbitrary<fc.AsyncCommand<DomainModel, World>>[] = [];
  for (const spec of SPECS) {
    const builder = build[spec.name] as Builder;
    const arb = (spec.pays ? payPicksArb : picksArb).map((p) => new Command(spec.name, p, spec.ready, builder));
    for (let i = 0; i < spec.weight; i += 1) arbs.push(arb);
  }
  // A jump to a hold's expiry does nothing (and costs nothing) when no hold is running.
  const advance = fc.record({ mode: fc.constantFrom<AdvanceMode>('minutes', 'minutes', 'hours', 'toExpiry', 'toExpiry', 'toExpiry', 'toMidnight'), n: fc.nat() })
    .map(({ mode, n }) => new Advance(mode, n));
  const across = fc.record({ picks: picksArb, month: fc.boolean() }).map(({ picks, month }) => new AcrossBoundary(picks, month));
  const expire = picksArb.map((picks) => new ExpireHold(picks));
  // Only cards of the one-month program are that close to their expiry; otherwise it does nothing.
  const cardExpiry = fc.nat().map((n) => new Advance('pastCardExpiry', n));
  arbs.push(across, across, expire, expire, cardExpiry, cardExpiry, advance, advance, advance, advance, fc.constant(new Sweep()), fc.nat().map((n) => new Repeat(n)), fc.nat().map((n) => new Repeat(n)),
    fc.nat().map((n) => new Conflict(n)));
  return arbs;
}

/**
 * Every run starts the same way, through the same commands: two customers, a card of the first
 * program for the first one, activated with `pin` and topped up, and a top-up of the second
 * customer's wallet, so that short sequences reach payments, transfers and conversions. (These
 * are not shrunk; the generated commands after them are.)
 */
export function prefixCommands(n: number): fc.AsyncCommand<DomainModel, World>[] {
  const p = (a: number, b: number): Picks => ({ a, b, flag: false, fault: false, amount: { mode: 'small', n: 2000 + (n % 8000) } });
  const find = (name: keyof typeof build): Spec => SPECS.find((s) => s.name === name) as Spec;
  const make = (name: keyof typeof build, picks: Picks): Command => new Command(name, picks, find(name).ready, build[name] as Builder);
  return [
    make('customer', p(0, 0)), make('customer', p(1, 0)), make('issue', p(0, 0)), make('activate', p(0, n)), make('cardTopUp', p(0, 0)),
    make('walletTopUp', p(1, n >> 4)),
  ];
}
