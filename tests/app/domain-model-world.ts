/**
 * The real side of the domain model test: a real app (createTestApp: encrypted database in a
 * temp dir, FixedClock, cheap scrypt) with an owner and a second manager.
 *
 * What keeps 1,000 runs cheap without faking anything:
 * - Opening and setting up an app costs more than a run's commands, so an app serves up to
 *   APP_RUNS_MAX runs in a row, with its card programs made once (PROGRAMS). Each run works on
 *   customers, cards and vouchers of its own; the model starts from what the run finds that is
 *   shared (FX rates, the voucher liability). A run leaves no open hold behind
 *   (domain-model-checks.ts settles them), and an app that saw a failure is never used again, so
 *   every shrinking step starts clean.
 * - Its data directory is on the RAM disk where the host has one, as every test's
 *   (vitest.config.mts): the time measured is the app's and not the shared disk's.
 */
import { newId } from '../../shared/domain/ids';
import type { CardLimitsValue } from '../../shared/domain/cards';
import type { Output } from '../../shared/ipc/contract';
import type { snapshot } from '../db/ledger-model-invariants';
import { createTestApp, expectOk, setupWithStaff, signInAs, type StaffSeed, type TestApp } from '../support/test-app';
import { CURRENCIES, DomainModel, type Currency, type Program } from './domain-model-state';

export const MANAGER = { staffCode: 'mgr1', secret: '135792' } as const;
const APP_RUNS_MAX = 5;

const NO_LIMITS: CardLimitsValue = {
  perTransactionMinor: null, dailySpendMinor: null, dailyCount: null, monthlySpendMinor: null, monthlyCount: null,
  maxBalanceMinor: null, dailyTopUpMinor: null,
};

/**
 * The card programs of every app: one without limits, four whose limits the generated amounts
 * reach (the commands aim at a limit's room, one unit under and one over it; the day and month
 * windows matter on the ones allowing a payment or two a day, or one a month), and one whose
 * cards expire soon enough for the clock to pass it.
 */
export const PROGRAMS: readonly { readonly currency: Currency; readonly limits: CardLimitsValue; readonly expiryMonths: number }[] = [
  { currency: 'CNY', limits: NO_LIMITS, expiryMonths: 24 },
  {
    currency: 'CNY',
    limits: {
      perTransactionMinor: 3000, dailySpendMinor: 5000, dailyCount: 2, monthlySpendMinor: 12_000, monthlyCount: 6,
      maxBalanceMinor: 12_000, dailyTopUpMinor: 9000,
    },
    expiryMonths: 24,
  },
  { currency: 'JPY', limits: { ...NO_LIMITS, dailyCount: 1, monthlyCount: 3, maxBalanceMinor: 20_000 }, expiryMonths: 24 },
  { currency: 'KWD', limits: { ...NO_LIMITS, perTransactionMinor: 2500, dailySpendMinor: 4000, monthlySpendMinor: 9000, dailyTopUpMinor: 6000 }, expiryMonths: 24 },
  { currency: 'CNY', limits: { ...NO_LIMITS, monthlySpendMinor: 5000, monthlyCount: 1 }, expiryMonths: 24 },
  // Valid through the end of next month: the clock reaches its expiry within a run.
  { currency: 'CNY', limits: NO_LIMITS, expiryMonths: 1 },
];

export type World = {
  readonly t: TestApp;
  readonly owner: StaffSeed;
  readonly programs: readonly Program[];
  /** Kind, owner and currency by account id (domain-model-checks.ts fills it as accounts appear). */
  readonly accounts: Map<string, { readonly kind: string; readonly owner: string; readonly currency: string }>;
  /** What the ledger invariants were last found to hold on (domain-model-checks.ts). */
  checked?: { readonly transfers: number; readonly accounts: Awaited<ReturnType<typeof snapshot>>['accounts'] };
  runs: number;
};

async function openWorld(): Promise<World> {
  const t: TestApp = await createTestApp();
  // Holds expire when the test says: the model moves the clock, then runs the app's sweep itself.
  t.app.useCases.holdSweeper.stop();
  const { owner } = await setupWithStaff(t, [{ ...MANAGER, role: 'manager' }]);
  const programs: Program[] = [];
  for (const [i, spec] of PROGRAMS.entries()) {
    const programId = newId();
    expectOk(await t.call('cards.createProgram', {
      programId, name: `Model card ${i + 1}`, bin: '62345678', panLength: 16, expiryMonths: spec.expiryMonths, currency: spec.currency,
      limits: spec.limits,
    }));
    programs.push({ id: programId, ...spec });
  }
  return { t, owner, programs, accounts: new Map(), runs: 0 };
}

export class WorldPool {
  private world: World | undefined;
  apps = 0;

  async acquire(): Promise<World> {
    if (this.world && this.world.runs >= APP_RUNS_MAX) await this.discard();
    if (!this.world) {
      this.world = await openWorld();
      this.apps += 1;
    }
    this.world.runs += 1;
    await signedIn(this.world);
    return this.world;
  }

  /** After a failed run: whatever it left behind must not reach the next one. */
  async discard(): Promise<void> {
    const world = this.world;
    this.world = undefined;
    if (world) await world.t.close();
  }
}

/** Signs the owner in again once the idle lock (15 minutes of the fixed clock) has run. */
export async function signedIn(world: World): Promise<void> {
  if (!world.t.app.useCases.session.activeStaff()) await signInAs(world.t, world.owner);
}

/** Where a run's clock starts: as the last run left it, or a little before the shop's midnight or month end. */
export type StartAt = { readonly at: 'now' | 'beforeMidnight' | 'beforeMonthEnd'; readonly beforeMs: number };

/**
 * The model of a run over what the app holds now; `programs` are indices into PROGRAMS (the
 * first one is the prefix card's). The clock is first moved to `start`, so that the day and month
 * windows of the card limits turn during the run.
 */
export async function startRun(world: World, programs: readonly number[], start: StartAt): Promise<DomainModel> {
  const chosen = programs.map((i) => world.programs[i % world.programs.length] as Program);
  const offset = (ms: number): number => -new Date(ms).getTimezoneOffset();
  const model = new DomainModel(world.t.clock.nowMs(), chosen, offset);
  const target = start.at === 'beforeMidnight' ? model.dayStart() + 86_400_000 : start.at === 'beforeMonthEnd' ? nextMonthStart(model) : 0;
  if (target - start.beforeMs > model.now) {
    world.t.clock.advance(target - start.beforeMs - model.now);
    model.now = world.t.clock.nowMs();
    await signedIn(world);
  }
  for (const rate of expectOk<Output<'fx.listRates'>>(await world.t.call('fx.listRates', {}))) {
    model.rates.set(`${rate.base}>${rate.quote}`, {
      num: rate.rate.numerator, den: rate.rate.denominator, feeBps: rate.feeBps, asOfMs: rate.asOfMs, maxAgeMs: rate.maxAgeMs,
    });
  }
  const rows = await world.t.db.tx.read((tx) => tx.all(`SELECT l.currency, a.credits_posted - a.debits_posted AS balance
    FROM account a JOIN ledger l ON l.id = a.ledger_id WHERE a.kind = 'voucher_liability' AND a.owner_ref = 'merchant'`));
  for (const currency of CURRENCIES) model.liability.set(currency, 0);
  for (const row of rows) model.liability.set(String(row['currency']), Number(row['balance']));
  return model;
}

function nextMonthStart(m: DomainModel): number {
  const off = m.offsetMinutes(m.now) * 60_000;
  const local = new Date(m.now + off);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) - off;
}
