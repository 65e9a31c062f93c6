/**
 * Model-based test of the ledger (docs/ledger.md §8): random command sequences against a real in-memory
 * ledger and a plain-JS model (ledger-model-state.ts). Every command's outcome (ok and the exact
 * transfers, or the exact error code) and every balance must match the model; after every command
 * the SQL sums, cached balances, fold of the transfers, limits and row counts are checked
 * (ledger-model-commands.ts); after every run verifyLedger must pass.
 *
 * LEDGER_MODEL_RUNS sets the number of runs (default 1,000); FC_SEED replays a seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyLedger } from '../../electron/main/db/verify';
import { newId } from '../../shared/domain/ids';
import { ACCOUNT_FLAGS, type AccountFlags } from '../../shared/domain/ledger-types';
import { fcSeed } from '../support/fc-seed';
import { openTestLedger, TEST_ACTOR } from '../support/test-db';
import { commandArbs, outcomeStats } from './ledger-model-commands';
import { checkInvariants, type Real } from './ledger-model-invariants';
import { LedgerModel } from './ledger-model-state';

const RUNS = Number(process.env['LEDGER_MODEL_RUNS'] ?? 1000);
const MAX_COMMANDS = 25;

const setupArb = fc.record({
  currencies: fc.shuffledSubarray(['EUR', 'JPY', 'KWD'], { minLength: 1, maxLength: 2 }),
  accounts: fc.array(
    fc.record({
      ledger: fc.nat(1),
      flags: fc.constantFrom<AccountFlags>(
        ACCOUNT_FLAGS.none, ACCOUNT_FLAGS.debitsMustNotExceedCredits, ACCOUNT_FLAGS.debitsMustNotExceedCredits,
        ACCOUNT_FLAGS.creditsMustNotExceedDebits),
    }),
    { minLength: 2, maxLength: 5 },
  ),
});

type Setup = typeof setupArb extends fc.Arbitrary<infer T> ? T : never;

async function openRun(setup: Setup): Promise<{ model: LedgerModel; real: Real }> {
  const ledger = await openTestLedger();
  for (const currency of setup.currencies) {
    const created = await ledger.store.createLedger(currency, TEST_ACTOR);
    if (!created.ok) throw new Error(created.error.message);
  }
  // Each ledger gets an unlimited house account, then the generated ones (wallets: flag 2, capped: flag 4).
  const specs = [
    ...setup.currencies.map((currency) => ({ currency, flags: ACCOUNT_FLAGS.none as AccountFlags })),
    ...setup.accounts.map((a) => ({ currency: setup.currencies[a.ledger % setup.currencies.length] ?? 'EUR', flags: a.flags })),
  ];
  const accounts = [];
  for (const spec of specs) {
    const id = newId();
    const kind = spec.flags === 2 ? 'wallet' : spec.flags === 4 ? 'capped' : 'house';
    const opened = await ledger.store.openAccount({ id, currency: spec.currency, kind, flags: spec.flags }, TEST_ACTOR);
    if (!opened.ok) throw new Error(opened.error.message);
    accounts.push({ id, ...spec });
  }
  const journal = setup.currencies.length + specs.length; // one entry per ledger and per account
  const model = new LedgerModel(setup.currencies, accounts, ledger.clock.nowMs(), journal, {
    // Every account opening is an outbox item too (the backend learns the accounts it settles).
    batch: 0, transfer: 0, transfer_rejection: 0, journal, outbox: specs.length,
  });
  return { model, real: { ledger } };
}

describe('ledger model', () => {
  it(`${RUNS} random command sequences agree with the model`, async () => {
    const seed = fcSeed('ledger model');
    const started = performance.now();
    let commands = 0;
    await fc.assert(
      fc.asyncProperty(setupArb, fc.commands(commandArbs(), { maxCommands: MAX_COMMANDS, size: 'max' }), async (setup, cmds) => {
        const { model, real } = await openRun(setup);
        try {
          await checkInvariants(model, real);
          await fc.asyncModelRun(() => ({ model, real }), cmds);
          commands += [...cmds].length;
          const report = await verifyLedger(real.ledger.db, real.ledger.mac);
          expect(report.problems).toEqual([]);
          expect(report.ok).toBe(true);
          expect(report.headSeq).toBe(model.seq);
        } finally {
          await real.ledger.db.close();
        }
      }),
      { seed, numRuns: RUNS },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`ledger model: ${RUNS} runs, ${commands} commands in ${seconds.toFixed(1)} s (seed=${seed})`);
    console.log([...outcomeStats].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `  ${k}: ${n}`).join('\n'));
  }, 600_000);
});
